import { rename, rm, stat } from "node:fs/promises";
import type { Logger } from "../../core/logger.js";
import type { EnvironmentCache } from "../bandit/provision.js";
import { packEnvironment } from "../bandit/pack.js";

/**
 * The scan cache persisted across workflow runs with GitHub's cache service (@actions/cache).
 * Entries are keyed by content inside the directory, so restoring any earlier run's directory
 * is safe; the cache service key only decides which one is fetched. Outside a runner, or when
 * the service fails, the gate simply scans more: a cache problem is never a gate failure.
 */
export interface CacheKeys {
  /** Unique for this job run: caches are immutable per key. */
  key: string;
  /** Prefixes to fall back on: the newest earlier run's directory. */
  restoreKeys: string[];
}

export function scanCacheKeys(env: NodeJS.ProcessEnv, shard: string | undefined): CacheKeys {
  const prefix = `bandit-gate-scans-v1-${env.RUNNER_OS ?? process.platform}-`;
  const job = [env.GITHUB_JOB, shard?.replace("/", "of")].filter(Boolean).join("-");
  return { key: `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${job}`, restoreKeys: [prefix] };
}

export async function restoreScanCache(dir: string, keys: CacheKeys, logger: Logger): Promise<boolean> {
  try {
    const cache = await import("@actions/cache");
    if (!cache.isFeatureAvailable()) return false;
    const hit = await cache.restoreCache([dir], keys.key, keys.restoreKeys);
    logger.info(hit ? `Restored Bandit results cached by ${hit}` : "No cached Bandit results yet");
    return hit !== undefined;
  } catch (error) {
    logger.warning(`Could not restore the scan cache (${(error as Error).message}); scanning without it`);
    return false;
  }
}

export async function saveScanCache(dir: string, keys: CacheKeys, logger: Logger): Promise<void> {
  try {
    const cache = await import("@actions/cache");
    if (!cache.isFeatureAvailable()) return;
    await cache.saveCache([dir], keys.key);
  } catch (error) {
    logger.warning(`Could not save the scan cache (${(error as Error).message}); the next run scans more`);
  }
}

/**
 * The provisioned Bandit environment kept by GitHub's cache service. `key` names everything a
 * venv depends on (see environmentKey); each save adds this run's id to it and a restore takes
 * the newest entry under the key, so an entry found broken is replaced by the next good one
 * instead of being fetched forever (entries are immutable; unused ones expire after 7 days).
 * Saved at the end of the job, so that it holds the bytecode the run's imports compiled.
 *
 * What is saved is the environment's packed form (pack.ts: its pure-Python packages in one zip),
 * written beside it at `PATH.packed` so that the environment in use is never changed under a
 * running Bandit. A restore unpacks it there and renames it to `PATH`, where its scripts and
 * `pyvenv.cfg` expect it.
 */
export class ActionsEnvironmentCache implements EnvironmentCache {
  private pending: { path: string; key: string } | undefined;

  constructor(
    private readonly logger: Logger,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private entryKey(key: string): string {
    return `${key}-${this.env.GITHUB_RUN_ID ?? "local"}-${this.env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  }

  anticipate(): void {
    void import("@actions/cache").catch(() => undefined);
  }

  async restore(path: string, key: string): Promise<boolean> {
    const staging = packedPath(path);
    try {
      const cache = await import("@actions/cache");
      if (!cache.isFeatureAvailable()) return false;
      await rm(staging, { recursive: true, force: true });
      const hit = await cache.restoreCache([staging], this.entryKey(key), [`${key}-`]);
      if (!hit) this.logger.info(`No cached Bandit environment for ${key} yet`);
      // A hit whose archive held something else leaves nothing at the staging path; a failed
      // unpack may leave half of it.
      if (!hit || !(await stat(staging).catch(() => undefined))?.isDirectory()) {
        await rm(staging, { recursive: true, force: true });
        return false;
      }
      await rm(path, { recursive: true, force: true });
      await rename(staging, path);
      return true;
    } catch (error) {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      this.logger.warning(`Could not restore the Bandit environment (${(error as Error).message}); installing it`);
      return false;
    }
  }

  installed(path: string, key: string): void {
    this.pending = { path, key };
  }

  /** Save what this run installed, if anything; a failure only costs the next run an install. */
  async saveInstalled(): Promise<void> {
    if (!this.pending) return;
    const { path, key } = this.pending;
    this.pending = undefined;
    const staging = packedPath(path);
    try {
      const cache = await import("@actions/cache");
      if (!cache.isFeatureAvailable()) return;
      const packed = await packEnvironment(path, staging);
      this.logger.debug(`packed ${packed.files} files of ${packed.packages} packages of ${path} into one zip for the cache`);
      const id = await cache.saveCache([staging], this.entryKey(key));
      if (id !== -1) this.logger.info(`Saved the Bandit environment as ${this.entryKey(key)}`);
    } catch (error) {
      this.logger.warning(`Could not save the Bandit environment (${(error as Error).message}); the next run installs it again`);
    } finally {
      await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** Where the packed form of the environment at `path` is written and unpacked (beside it, on the same file system: a rename away). */
export function packedPath(path: string): string {
  return `${path}.packed`;
}
