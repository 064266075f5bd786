import { BanditDrivers } from "./driver.js";
import { splitCommand } from "../process.js";
import { childEnvironment } from "../../core/child-env.js";

/**
 * For the entry points, before they load the rest of the program: start importing the Bandit a
 * run will most likely use (the configured command, else BANDIT_GATE_BANDIT, else `bandit` on
 * PATH), so that Python's start-up overlaps Node's. A guess only: the run's own search decides,
 * and drivers it does not take are closed (driver.ts `prestart`).
 */
export function prestartBandit(configured: string | undefined, env: NodeJS.ProcessEnv): void {
  const command = [configured, env.BANDIT_GATE_BANDIT].find((value) => value?.trim());
  BanditDrivers.prestart(command ? splitCommand(command) : ["bandit"], childEnvironment(env));
}

/** The commands that scan with Bandit. */
const SCANNING = new Set(["check", "hook", "baseline", "fix"]);

/** The CLI's guess, from its arguments alone: a scanning command, and its `--bandit` if given. */
export function prestartBanditForCli(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  const [command, ...rest] = argv;
  if (!command || !SCANNING.has(command)) return;
  let flag: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] as string;
    if (word === "--") break;
    if (word === "--help" || word === "-h") return;
    if (word === "--bandit") flag = rest[i + 1];
    else if (word.startsWith("--bandit=")) flag = word.slice("--bandit=".length);
  }
  prestartBandit(flag, env);
}
