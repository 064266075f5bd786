import { availableParallelism } from "node:os";
import { BanditRunner, type BanditCommand, type Scanner } from "../adapters/bandit/run.js";
import { ProvingScanner } from "../adapters/bandit/proving.js";
import { BanditDrivers } from "../adapters/bandit/driver.js";
import { Git } from "../adapters/git.js";
import { CachingScanner, pruneScanCache } from "../adapters/caches/scan-cache.js";
import type { Logger } from "../core/logger.js";
import type { LoadedConfig } from "../adapters/bandit/config.js";
import type { GateDeps } from "./check.js";
import { likelyBanditArgv, locateBanditEarly, type BanditLocation } from "../adapters/bandit/locate.js";
import type { GateSettings } from "./settings.js";
import { childEnvironment } from "../core/child-env.js";
import { PythonStatementReader, type StatementReader } from "../adapters/python/statements.js";
import { CachingStatementReader } from "../adapters/caches/facts-cache.js";
import { pythonForBandit } from "../adapters/python/ast.js";
import type { PhaseTimer } from "../core/timings.js";

export interface GateDepsOptions {
  /**
   * Keep each file's Bandit result in this directory and reuse it (src/adapters/caches/scan-cache.ts).
   * The CLI and the hook use the user's cache directory; absent, every file is scanned.
   */
  scanCacheDir?: string;
  /** Settles when `scanCacheDir` holds what it will hold (the Action restores it while git and the Bandit search work). */
  scanCacheReady?: Promise<unknown>;
  /** Where phase times go (the Action's summary, `check --verbose`). */
  timer?: PhaseTimer;
  /** The repository, when the entry point opened it already (one `git rev-parse` less). */
  git?: Git;
}

/** Wire the real adapters together for one run. Bandit is located lazily: only if a scan is needed. */
export async function realGateDeps(
  settings: GateSettings,
  location: BanditLocation,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
  options: GateDepsOptions = {},
): Promise<GateDeps> {
  const early = locateBanditEarly(location, logger);
  const bandit = early.command;
  const toolEnv = childEnvironment(env);
  // Bandit's Python, importing Bandit while git works (driver.ts): started at once for the
  // command the search will most likely find, and again if it finds another; only for a Bandit
  // that is there already (found, on disk, restored), never one a scan may not need installed.
  let pool: BanditDrivers | undefined;
  const driversFor = (argv: readonly string[]): BanditDrivers | undefined => {
    const fresh = BanditDrivers.for(argv, toolEnv, settings.jobs);
    if (fresh && pool && fresh.interpreter === pool.interpreter) return pool;
    void pool?.close();
    pool = fresh?.warm();
    return pool;
  };
  const guess = likelyBanditArgv(location);
  if (guess) driversFor(guess);
  const drivers = early.located.then((found) => {
    if (found) return { command: found, drivers: driversFor(found.argv) };
    void pool?.close();
    return undefined;
  });
  const git = options.git ?? (await Git.open(settings.cwd, env));
  const timer = options.timer;
  return {
    git,
    logger,
    bandit,
    close: async () => {
      await drivers;
      await pool?.close();
    },
    statements: async (): Promise<StatementReader> => {
      const command = await bandit();
      // Bandit's drivers run the reader too, when they run this Bandit: the same interpreter.
      const warm = await drivers;
      const reader = new PythonStatementReader(pythonForBandit(command.argv), warm?.command === command ? warm.drivers : undefined);
      if (options.scanCacheDir === undefined) return reader;
      // What Python's parser said about each file is kept beside the scan results: a warm run parses only what changed.
      await options.scanCacheReady;
      return new CachingStatementReader(reader, { dir: options.scanCacheDir, python: command.details ?? `bandit ${command.version}`, logger });
    },
    timer,
    scanner: async (config: LoadedConfig): Promise<Scanner> => {
      // The time the gate waited for Bandit: found while git worked, restored, or installed.
      const command = timer ? await timer.time("provision", bandit) : await bandit();
      const warm = await drivers;
      const runnerFor = (bandit: BanditCommand): Scanner => {
        const started = warm?.command === bandit ? warm.drivers : undefined;
        return new BanditRunner(bandit, { config: config.config, jobs: settings.jobs, timeoutMs: settings.banditTimeoutMs, env: toolEnv, ...(started ? { drivers: started } : {}) });
      };
      // A Bandit restored from the cache is proven by its first scan (and replaced if that fails).
      const replace = command.replace;
      const runner = replace ? new ProvingScanner(runnerFor(command), { ...command, replace }, runnerFor) : runnerFor(command);
      if (options.scanCacheDir === undefined) return runner;
      await options.scanCacheReady;
      // Once a day, in the background of the scan: entries unused for 30 days go.
      void pruneScanCache(options.scanCacheDir);
      return new CachingScanner(runner, {
        dir: options.scanCacheDir,
        configDigest: config.digest,
        // Excludes and B101's skips in a configuration match paths; Bandit's defaults match none.
        pathDependent: config.config.kind !== "none",
        logger,
      });
    },
  };
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}
