import { resolve } from "node:path";
import { writeOutputFile } from "../adapters/files/output-file.js";
import { renderReport, type ReportFormat } from "../core/report/render.js";
import { headline, type ReportDocument } from "../core/report/report.js";
import { TOOL_VERSION } from "../core/version.js";
import type { CliIo } from "./io.js";

/** Where the CLI's Bandit comes from: the flag, else BANDIT_GATE_BANDIT, else found on PATH or provisioned. */
export function banditLocation(flag: string | undefined, env: NodeJS.ProcessEnv) {
  return { explicit: flag, fromEnv: env.BANDIT_GATE_BANDIT, env };
}

/** Write the report in `format` to `output` (the terminal then gets the text report) or stdout. */
export async function emitReport(report: ReportDocument, format: ReportFormat, output: string | undefined, io: CliIo): Promise<void> {
  const options = { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION };
  if (output === undefined) {
    io.stdout(renderReport(report, format, options));
    return;
  }
  await writeOutputFile(resolve(io.cwd, output), renderReport(report, format, options), "--output");
  io.stdout(format === "text" ? `bandit-gate: ${headline(report)}\n` : renderReport(report, "text", options));
}
