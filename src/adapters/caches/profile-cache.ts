import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "../../core/logger.js";
import type { CacheKeys } from "./actions-cache.js";

/**
 * The learned security profile kept by GitHub's cache service instead of in the repository: one
 * key prefix per repository, with no branch in it, so every run (whatever branch it gates)
 * restores the newest profile its branch can see and saves its own under a new key (entries are
 * immutable). A cache problem only costs the run its learning: the defaults are used.
 */
export function profileCacheKeys(env: NodeJS.ProcessEnv): CacheKeys {
  const repository = (env.GITHUB_REPOSITORY ?? "local").replace(/[^A-Za-z0-9._-]+/g, "_");
  const prefix = `bandit-gate-profile-v1-${repository}-`;
  return { key: `${prefix}${env.GITHUB_RUN_ID ?? "local"}-${env.GITHUB_RUN_ATTEMPT ?? "1"}`, restoreKeys: [prefix] };
}

export class ActionsProfileCache {
  /** The profile file the fix loop reads and the run's learning is written to. */
  readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly keys: CacheKeys,
    private readonly logger: Logger,
  ) {
    this.file = join(dir, "profile.yml");
  }

  /**
   * Fetch the newest cached profile. With none yet, start from `seed` (a profile committed by
   * an earlier version at the default path) when it exists, else from the defaults.
   */
  async restore(seed?: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    let hit: string | undefined;
    try {
      const cache = await import("@actions/cache");
      if (cache.isFeatureAvailable()) hit = await cache.restoreCache([this.dir], this.keys.key, this.keys.restoreKeys);
    } catch (error) {
      this.logger.warning(`Could not restore the security profile from the cache (${(error as Error).message}); starting from the defaults`);
    }
    if (hit && existsSync(this.file)) {
      this.logger.info(`Restored the security profile cached by ${hit}`);
      return;
    }
    if (seed && existsSync(seed)) {
      await copyFile(seed, this.file);
      this.logger.info(`No cached security profile yet: starting from ${seed}`);
    } else {
      this.logger.info("No cached security profile yet: starting from the defaults");
    }
  }

  /** Keep this run's profile for the next run. */
  async save(yaml: string): Promise<void> {
    await writeFile(this.file, yaml);
    try {
      const cache = await import("@actions/cache");
      if (!cache.isFeatureAvailable()) return;
      const id = await cache.saveCache([this.dir], this.keys.key);
      if (id !== -1) this.logger.info(`Saved the security profile as ${this.keys.key}`);
    } catch (error) {
      this.logger.warning(`Could not save the security profile to the cache (${(error as Error).message}); the next run starts from the last saved one`);
    }
  }
}
