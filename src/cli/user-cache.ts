import { homedir } from "node:os";
import { userCache, type UserCache } from "../adapters/caches/cache-dir.js";
import type { GateDepsOptions } from "../app/compose.js";
import { ensureWritableDirectory } from "../adapters/files/directories.js";

/** `--no-cache`, for the commands that scan (check, baseline, hook). */
export const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } } as const;

/** The user's cache directory, with the scan cache unless --no-cache or BANDIT_GATE_NO_CACHE. */
export function userCacheFor(noCacheFlag: boolean | undefined, io: { cwd: string; env: NodeJS.ProcessEnv }): UserCache {
  return userCache(io.env, { cwd: io.cwd, home: homedir(), platform: process.platform, noCacheFlag: noCacheFlag === true });
}

/**
 * The scan cache's options, once its directory is known to be writable: a cache directory that
 * cannot be written (below /proc, read-only) is the user's to fix, and is said at once (exit 2).
 */
export async function scanCacheDeps(cache: UserCache): Promise<GateDepsOptions> {
  if (cache.scans === undefined) return {};
  await ensureWritableDirectory(cache.scans, "BANDIT_GATE_CACHE_DIR (or XDG_CACHE_HOME), or turn the scan cache off with --no-cache");
  return { scanCacheDir: cache.scans };
}
