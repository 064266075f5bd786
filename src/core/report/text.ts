import { groupBy } from "../group.js";
import { placeOf } from "./cells.js";
import { describeIntroducedIn } from "../gate/blame.js";
import { describeBaseline, headline, testAssertsLine, type RegressionRecord, type ReportDocument } from "./report.js";

export interface TextOptions {
  /** ANSI colour; the CLI turns it on only for a TTY. */
  colour: boolean;
}

const ANSI = { red: "\x1b[31m", yellow: "\x1b[33m", green: "\x1b[32m", dim: "\x1b[2m", bold: "\x1b[1m", reset: "\x1b[0m" };

/** For a terminal: regressions grouped by file, each with its flagged source. */
export function renderText(report: ReportDocument, options: TextOptions): string {
  const paint = (code: keyof typeof ANSI, text: string) => (options.colour ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const out: string[] = [];
  const byFile = groupByPath(report.regressions);
  for (const [path, list] of byFile) {
    out.push(paint("bold", path));
    for (const r of list) {
      const where = r.cell !== undefined ? `cell ${r.cell}, line ${r.cell_line ?? "?"}` : `${r.line}${r.column !== undefined ? `:${r.column + 1}` : ""}`;
      const kind = r.kind === "escalated" ? `escalated from ${r.baseline_severity ?? "?"}` : r.kind;
      const scope = r.function ? ` in ${r.function}()` : "";
      out.push(
        `  ${where.padEnd(7)} ${paint(r.severity === "HIGH" ? "red" : "yellow", `${r.test_id} ${r.severity}`)} ` +
          `(confidence ${r.confidence}) [${kind}]${scope}`,
      );
      out.push(`          ${r.text}${r.cwe ? ` (CWE-${r.cwe})` : ""}`);
      if (r.introduced_in) out.push(`          ${r.introduced_in.commit === null ? "" : "introduced in "}${describeIntroducedIn(r.introduced_in)}`);
      for (const line of r.code) out.push(paint("dim", `          > ${line.trim()}`));
    }
    out.push("");
  }
  for (const [label, list] of [["moved", report.moved ?? []], ["changed in place", report.changed ?? []]] as const) {
    if (list.length === 0) continue;
    out.push(paint("dim", `${list.length} finding(s) ${label}, not regressions:`));
    for (const r of list) out.push(paint("dim", `  ${r.test_id} ${r.from.path}${r.from.line !== undefined ? `:${r.from.line}` : ""} -> ${placeOf(r.to.path, r.to.line, r.to)}`));
  }
  for (const failure of report.scan_errors) {
    out.push(paint("red", `could not scan ${failure.path}: ${failure.reason}`));
  }
  for (const note of report.notes) out.push(paint("dim", `note: ${note}`));
  const tests = testAssertsLine(report);
  if (tests) out.push(paint("dim", `note: ${tests}`));
  const verdict = report.counts.regressions > 0 ? paint("red", "FAIL") : paint("green", "PASS");
  out.push(`bandit-gate ${verdict}: ${headline(report)}; baseline ${describeBaseline(report.baseline)}`);
  return `${out.join("\n")}\n`;
}

function groupByPath(list: readonly RegressionRecord[]): Map<string, RegressionRecord[]> {
  return groupBy(list, (r) => r.path);
}
