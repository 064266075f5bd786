import type { Logger } from "../../core/logger.js";

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
