import { availableParallelism } from "node:os";
import { BanditRunner, type Scanner } from "../adapters/bandit.js";
import { Git } from "../adapters/git.js";
import type { Logger } from "../core/logger.js";
import type { LoadedConfig } from "./bandit-config.js";
import type { GateDeps } from "./check.js";
import { locateBandit, type BanditLocation } from "./locate-bandit.js";
import type { GateSettings } from "./settings.js";

/** Wire the real adapters together for one run. Bandit is located lazily: only if a scan is needed. */
export async function realGateDeps(
  settings: GateSettings,
  bandit: BanditLocation,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GateDeps> {
  const git = await Git.open(settings.cwd, env);
  return {
    git,
    logger,
    scanner: async (config: LoadedConfig): Promise<Scanner> => {
      const command = await locateBandit(bandit, logger);
      return new BanditRunner(command, { config: config.config, jobs: settings.jobs });
    },
  };
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}
