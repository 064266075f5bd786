import { homedir } from "node:os";
import { userCache, type UserCache } from "../adapters/caches/cache-dir.js";
import type { GateDepsOptions } from "../app/compose.js";

/** `--no-cache`, for the commands that scan (check, baseline, hook). */
export const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } } as const;

/** The user's cache directory, with the scan cache unless --no-cache or BANDIT_GATE_NO_CACHE. */
export function userCacheFor(noCacheFlag: boolean | undefined, io: { cwd: string; env: NodeJS.ProcessEnv }): UserCache {
  return userCache(io.env, { cwd: io.cwd, home: homedir(), platform: process.platform, noCacheFlag: noCacheFlag === true });
}

export function scanCacheDeps(cache: UserCache): GateDepsOptions {
  return cache.scans !== undefined ? { scanCacheDir: cache.scans } : {};
}
