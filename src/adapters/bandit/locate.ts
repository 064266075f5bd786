import { probeBandit, type BanditCommand } from "./run.js";
import { BanditEnvironment, type EnvironmentCache, type ProvisionMethod } from "./provision.js";
import { findExecutable, readInstalledBandit } from "./metadata.js";
import { splitCommand } from "../process.js";
import { ConfigurationError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { messages, PINNED_BANDIT_VERSION } from "../../core/messages.js";

export interface BanditLocation {
  /** `--bandit CMD` / input `bandit`. */
  explicit?: string;
  /** `BANDIT_GATE_BANDIT`. */
  fromEnv?: string;
  /**
   * When nothing is found: install this version into a venv under `dir`. Absent: fail.
   * `logger` says that it is installing even when progress messages are off (the hook).
   */
  provision?: {
    dir: string;
    version: string;
    logger?: Logger;
    /** Keep the installed environment between runs (the Action: GitHub's cache service). */
    cache?: EnvironmentCache;
    /** Told how Bandit was made ready (timings). */
    onReady?: (method: ProvisionMethod) => void;
  };
  /** The environment whose PATH is searched. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Order of the search: the configured command, then $BANDIT_GATE_BANDIT, then `bandit` on PATH,
 * then `python3 -m bandit`; then (Action, hook) a pinned install of our own; else a clear error.
 */
/**
 * The command the search below will most likely settle on, known at once without starting or
 * reading anything but PATH: the configured one, else `bandit` (found on PATH by whoever starts
 * it). A guess to start Bandit's Python early (driver.ts); the search has the last word.
 */
export function likelyBanditArgv(location: BanditLocation): string[] | undefined {
  for (const configured of [location.explicit, location.fromEnv]) {
    if (configured?.trim()) return splitCommand(configured);
  }
  return ["bandit"];
}

/** The first Bandit that answers, without installing one; a configured command that does not answer is an error. */
export async function findBandit(location: BanditLocation): Promise<BanditCommand | undefined> {
  for (const configured of [location.explicit, location.fromEnv]) {
    if (!configured?.trim()) continue;
    const found = await ask(splitCommand(configured), location.env);
    if (!found) throw new ConfigurationError(messages.banditUnusable(configured));
    return found;
  }
  for (const argv of [["bandit"], ["python3", "-m", "bandit"]]) {
    const found = await ask(argv, location.env);
    if (found) return found;
  }
  return undefined;
}

/** Its installation's metadata when that is unambiguous, else `bandit --version`. */
async function ask(argv: string[], env: NodeJS.ProcessEnv | undefined): Promise<BanditCommand | undefined> {
  return (await readInstalledBandit(argv, env)) ?? probeBandit(argv, env);
}

/** Where the pinned Bandit goes when none is found (Action, hook); undefined where none may be installed. */
function pinnedEnvironment(location: BanditLocation, logger: Logger): BanditEnvironment | undefined {
  const provision = location.provision;
  if (!provision) return undefined;
  return new BanditEnvironment(provision.dir, provision.version, provision.logger ?? logger, { cache: provision.cache, onReady: provision.onReady, env: location.env });
}

/**
 * Start looking for Bandit now, while git does its part, and hand the answer over when a scan
 * needs it (`bandit --version` costs a Python start-up). When none is found, the pinned
 * environment is looked for on disk and restored from the cache at once, still in git's time
 * (a restore is most of a warm start). Nothing is installed, and no error is raised, unless a
 * scan actually asks: a change with no Python files never needs Bandit.
 */
export function locateBanditEarly(location: BanditLocation, logger: Logger): EarlyBandit {
  // With no Bandit configured, the pinned one is likely (a runner without Bandit): what its
  // restore needs first is started alongside the search of PATH, not after it.
  const configured = [location.explicit, location.fromEnv].some((c) => c?.trim());
  const pinned = configured ? undefined : pinnedEnvironment(location, logger);
  if (pinned?.restorable) {
    pinned.anticipate();
    // No `bandit` on PATH: all the search can still find is `python3 -m bandit` (a Python start
    // away, and rare where `bandit` is not on PATH). The restore starts now rather than after it,
    // and is simply left unused if that answers: the order of preference is unchanged.
    void findExecutable("bandit", location.env ?? process.env).then((onPath) => {
      if (!onPath) void pinned.prepare();
    });
  }
  const search = findBandit(location).then(
    (found) => {
      if (found) return { found };
      // Started now; its failures (none expected: it never throws) wait for the scan that asks.
      void pinned?.prepare();
      return { pinned };
    },
    (error: unknown) => ({ error }),
  );
  const command = async () => {
    const outcome = await search;
    if ("error" in outcome) throw outcome.error;
    if (outcome.found) return outcome.found;
    if (!outcome.pinned) throw new ConfigurationError(messages.banditMissing(PINNED_BANDIT_VERSION));
    return outcome.pinned.command();
  };
  const located = search.then((outcome) => ("error" in outcome ? undefined : (outcome.found ?? outcome.pinned?.prepare())));
  return { command, located: located.catch(() => undefined) };
}

export interface EarlyBandit {
  /** The Bandit to scan with: found, restored, or (when none is) installed. Throws when none can be. */
  command: () => Promise<BanditCommand>;
  /** What is there without installing anything (found, or on disk, or restored); undefined otherwise. Never throws. */
  located: Promise<BanditCommand | undefined>;
}
