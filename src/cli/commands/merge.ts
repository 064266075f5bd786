import { resolve } from "node:path";
import { EXIT } from "../../core/errors.js";
import { exitCodeOf } from "../../core/report/report.js";
import { mergeReportFiles } from "../../app/merge.js";
import { GATE_OPTIONS, OUTPUT_OPTIONS, parseCommandLine, parseFormat } from "../args.js";
import { HELP } from "../help.js";
import type { CliIo } from "../io.js";
import { emitReport } from "../report-output.js";

/** `bandit-gate merge REPORT...`: one report from the shards' JSON reports. */
export async function mergeCommand(argv: string[], io: CliIo): Promise<number> {
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
