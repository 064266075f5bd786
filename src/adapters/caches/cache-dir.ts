import { isAbsolute, join, resolve } from "node:path";

/** Where a developer machine keeps bandit-gate's files: the provisioned Bandit and the scan cache. */
export interface UserCache {
  /** The directory itself. */
  dir: string;
  /** Per-file Bandit results (src/adapters/scan-cache.ts); undefined when the cache is turned off. */
  scans?: string;
}

/**
 * `$BANDIT_GATE_CACHE_DIR`, else `$XDG_CACHE_HOME/bandit-gate` (an absolute one: the XDG spec
 * says to ignore a relative one), else `%LOCALAPPDATA%\bandit-gate` on Windows, else
 * `~/.cache/bandit-gate`. The scan cache is on unless `--no-cache` or `BANDIT_GATE_NO_CACHE`.
 */
export function userCache(
  env: NodeJS.ProcessEnv,
  context: { cwd: string; home: string; platform: NodeJS.Platform; noCacheFlag: boolean },
): UserCache {
  const dir = userCacheDir(env, context);
  return scanCacheEnabled(context.noCacheFlag, env) ? { dir, scans: join(dir, "scans") } : { dir };
}

function userCacheDir(env: NodeJS.ProcessEnv, context: { cwd: string; home: string; platform: NodeJS.Platform }): string {
  const explicit = env.BANDIT_GATE_CACHE_DIR?.trim();
  if (explicit) return resolve(context.cwd, explicit);
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg && isAbsolute(xdg)) return join(xdg, "bandit-gate");
  const local = env.LOCALAPPDATA?.trim();
  if (context.platform === "win32" && local) return join(local, "bandit-gate");
  return join(context.home, ".cache", "bandit-gate");
}

/** `BANDIT_GATE_NO_CACHE` turns the scan cache off when set to anything but "", "0", "false" or "no". */
export function scanCacheEnabled(noCacheFlag: boolean, env: NodeJS.ProcessEnv): boolean {
  if (noCacheFlag) return false;
  const value = env.BANDIT_GATE_NO_CACHE?.trim().toLowerCase();
  return value === undefined || value === "" || value === "0" || value === "false" || value === "no";
}
