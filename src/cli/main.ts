import { dirname, resolve } from "node:path";
import { ensureWritableDirectory } from "../adapters/files/directories.js";
import { runBaselineCommand } from "../app/baseline.js";
import { runGate } from "../app/check.js";
import { realGateDeps } from "../app/compose.js";
import { messages } from "../core/messages.js";
import { EXIT, exitCodeFor, ConfigurationError } from "../core/errors.js";
import { renderReport, type ReportFormat } from "../core/report/render.js";
import { exitCodeOf, headline, type ReportDocument } from "../core/report/report.js";
import { mergeReportFiles } from "../app/merge.js";
import { TOOL_VERSION } from "../core/version.js";
import { Git } from "../adapters/git.js";
import { GATE_OPTIONS, OUTPUT_OPTIONS, gateSettingsFromFlags, parseCommandLine, parseFormat } from "./args.js";
import { ConsoleLogger } from "./console-logger.js";
import { HELP } from "./help.js";
import { writeOutputFile } from "../adapters/files/output-file.js";
import { hookCommand } from "./commands/hook.js";
import { NO_CACHE_OPTION, scanCacheDeps, userCacheFor } from "./user-cache.js";
import { PhaseRecorder, renderTimingsText } from "../core/timings.js";

/** What the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
}

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


function banditLocation(flag: string | undefined, env: NodeJS.ProcessEnv) {
  return { explicit: flag, fromEnv: env.BANDIT_GATE_BANDIT, env };
}

async function checkCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...GATE_OPTIONS,
    ...OUTPUT_OPTIONS,
    ...NO_CACHE_OPTION,
    quiet: { type: "boolean", short: "q" },
    verbose: { type: "boolean", short: "v" },
  });
  if (values.help) {
    io.stdout(HELP.check);
    return EXIT.ok;
  }
  if (values.verbose && values.quiet) throw new ConfigurationError("--verbose and --quiet contradict each other; pass one of them");
  const started = performance.now();
  const timer = values.verbose ? new PhaseRecorder(() => performance.now()) : undefined;
  const format = parseFormat(values.format, "text");
  const git = await Git.open(io.cwd, io.env);
  const settings = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
  if (values.output !== undefined) await ensureWritableDirectory(dirname(resolve(io.cwd, values.output)), "--output");
  const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
  const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env, { ...(await scanCacheDeps(userCacheFor(values["no-cache"], io))), timer });
  const report = await runGate(settings, deps);
  if (timer) await timer.time("report", () => emitReport(report, format, values.output, io));
  else await emitReport(report, format, values.output, io);
  if (timer) io.stderr(renderTimingsText(timer.timings(), timer.counts(), performance.now() - started));
  if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
    io.stderr(`bandit-gate: ${messages.scanFailed(report.scan_errors)}\n`);
  }
  if (settings.strictConfig && report.gate_changes?.length) io.stderr(`bandit-gate: ${messages.strictConfig(report.gate_changes)}\n`);
  return exitCodeOf(report, settings.allowScanErrors, settings.strictConfig);
}

async function baselineCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    include: GATE_OPTIONS.include,
    exclude: GATE_OPTIONS.exclude,
    bandit: GATE_OPTIONS.bandit,
    jobs: GATE_OPTIONS.jobs,
    "allow-scan-errors": GATE_OPTIONS["allow-scan-errors"],
    help: GATE_OPTIONS.help,
    output: OUTPUT_OPTIONS.output,
    ...NO_CACHE_OPTION,
    quiet: { type: "boolean", short: "q" },
  });
  if (values.help) {
    io.stdout(HELP.baseline);
    return EXIT.ok;
  }
  if (values.output === undefined) throw new ConfigurationError("baseline needs --output FILE (for example --output .bandit-baseline.json)");
  const git = await Git.open(io.cwd, io.env);
  const settings = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
  await ensureWritableDirectory(dirname(resolve(io.cwd, values.output)), "--output");
  const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: false });
  const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env, await scanCacheDeps(userCacheFor(values["no-cache"], io)));
  const result = await runBaselineCommand(settings, deps);
  for (const f of result.failures) io.stderr(`bandit-gate: could not scan ${f.path}: ${f.reason}\n`);
  if (result.failures.length > 0 && !settings.allowScanErrors) {
    io.stderr("bandit-gate: baseline not written: fix the file(s) above or pass --allow-scan-errors\n");
    return EXIT.scan;
  }
  await writeOutputFile(resolve(io.cwd, values.output), result.text, "--output");
  io.stdout(`bandit-gate: wrote ${values.output}: ${result.findings} finding(s) in ${result.files} Python file(s), Bandit ${result.banditVersion}\n`);
  return EXIT.ok;
}

async function mergeCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    ...OUTPUT_OPTIONS,
    "allow-scan-errors": GATE_OPTIONS["allow-scan-errors"],
    help: GATE_OPTIONS.help,
  });
  if (values.help) {
    io.stdout(HELP.merge);
    return EXIT.ok;
  }
  const format = parseFormat(values.format, "text");
  const report = await mergeReportFiles(positionals.map((p) => resolve(io.cwd, p)));
  await emitReport(report, format, values.output, io);
  return exitCodeOf(report, values["allow-scan-errors"] === true);
}

/** Write the report in `format` to `output` (the terminal then gets the text report) or stdout. */
async function emitReport(report: ReportDocument, format: ReportFormat, output: string | undefined, io: CliIo): Promise<void> {
  const options = { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION };
  if (output === undefined) {
    io.stdout(renderReport(report, format, options));
    return;
  }
  await writeOutputFile(resolve(io.cwd, output), renderReport(report, format, options), "--output");
  io.stdout(format === "text" ? `bandit-gate: ${headline(report)}\n` : renderReport(report, "text", options));
}


