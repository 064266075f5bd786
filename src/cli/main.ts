import { EXIT, exitCodeFor } from "../core/errors.js";
import { TOOL_VERSION } from "../core/version.js";
import { HELP } from "./help.js";
import { checkCommand } from "./commands/check.js";
import { baselineCommand } from "./commands/baseline.js";
import { mergeCommand } from "./commands/merge.js";
import { hookCommand } from "./commands/hook.js";
import type { CliIo } from "./io.js";

export type { CliIo } from "./io.js";

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  check: checkCommand,
  baseline: baselineCommand,
  hook: hookCommand,
  merge: mergeCommand,
  // Loaded on demand: the model SDK is most of the bundle, and the gate and hook never need it.
  fix: async (argv, io) => (await import("./commands/fix.js")).fixCommand(argv, io),
};

/** Translate argv into a command run and its exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout(HELP.main);
    return name === undefined ? EXIT.configuration : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`bandit-gate ${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`bandit-gate: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(", ")} (see --help)\n`);
    return EXIT.configuration;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const code = exitCodeFor(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(code === EXIT.internal ? `bandit-gate: internal error: ${(error as Error)?.stack ?? message}\n` : `bandit-gate: ${message}\n`);
    return code;
  }
}

