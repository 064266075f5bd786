import { dirname, resolve } from "node:path";
import { ensureWritableDirectory } from "../../adapters/files/directories.js";
import { runGate } from "../../app/check.js";
import { realGateDeps } from "../../app/compose.js";
import { messages } from "../../core/messages.js";
import { EXIT, ConfigurationError } from "../../core/errors.js";
import { exitCodeOf } from "../../core/report/report.js";
import { Git } from "../../adapters/git.js";
import { GATE_OPTIONS, OUTPUT_OPTIONS, gateSettingsFromFlags, parseCommandLine, parseFormat } from "../args.js";
import { ConsoleLogger } from "../console-logger.js";
import { HELP } from "../help.js";
import { NO_CACHE_OPTION, scanCacheDeps, userCacheFor } from "../user-cache.js";
import { PhaseRecorder, renderTimingsText } from "../../core/timings.js";
import type { CliIo } from "../io.js";
import { banditLocation, emitReport } from "../report-output.js";

/** `bandit-gate check`: the gate on the working tree (or --head) against the baseline. */
export async function checkCommand(argv: string[], io: CliIo): Promise<number> {
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
  const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env, { ...(await scanCacheDeps(userCacheFor(values["no-cache"], io))), timer, git });
  // Bandit's drivers end with the scans: the report needs none of them.
  const report = await runGate(settings, deps).finally(() => void deps.close?.());
  if (timer) await timer.time("report", () => emitReport(report, format, values.output, io));
  else await emitReport(report, format, values.output, io);
  if (timer) io.stderr(renderTimingsText(timer.timings(), timer.counts(), performance.now() - started));
  if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
    io.stderr(`bandit-gate: ${messages.scanFailed(report.scan_errors)}\n`);
  }
  if (settings.strictConfig && report.gate_changes?.length) io.stderr(`bandit-gate: ${messages.strictConfig(report.gate_changes)}\n`);
  return exitCodeOf(report, settings.allowScanErrors, settings.strictConfig);
}
