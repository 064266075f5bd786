import { describeIntroducedIn } from "../gate/blame.js";
import { placeOf } from "./cells.js";
import { describeBaseline, headline, testAssertsLine, type ReportDocument } from "./report.js";

/** GitHub caps a step summary at 1 MiB; stay well inside it and say what was left out. */
const MAX_ROWS = 1000;

/** The job summary: a table of every regression (annotations are capped; this is not). */
export function renderMarkdown(report: ReportDocument): string {
  const failed = report.counts.regressions > 0;
  const out: string[] = [];
  out.push(`## bandit-gate: ${failed ? "❌" : report.scan_errors.length > 0 ? "⚠️" : "✅"} ${escapeCell(headline(report))}`);
  out.push("");
  out.push(
    `Baseline: ${escapeCell(describeBaseline(report.baseline))} · head: ${escapeCell(report.scanned.head)}` +
      `${report.scanned.shard ? ` · shard ${report.scanned.shard}` : ""} · Bandit ${escapeCell(report.bandit_version)}`,
  );
  out.push("");
  if (failed) {
    // The commit column appears only when the baseline is a git revision (blame needs one).
    const commits = report.regressions.some((r) => r.introduced_in);
    out.push(`| Kind | Location | Rule | Severity | Confidence | Issue |${commits ? " Introduced in |" : ""}`);
    out.push(`| --- | --- | --- | --- | --- | --- |${commits ? " --- |" : ""}`);
    for (const r of report.regressions.slice(0, MAX_ROWS)) {
      const kind = r.kind === "escalated" ? `escalated (was ${r.baseline_severity ?? "?"})` : r.kind;
      const scope = r.function ? ` in \`${escapeCode(r.function)}\`` : "";
      const code = r.code.map((l) => l.trim()).filter(Boolean).join(" ");
      out.push(
        `| ${kind} | \`${escapeCode(placeOf(r.path, r.line, r))}\`${scope} | ${r.test_id} ${escapeCell(r.test_name)} | ` +
          `${r.severity} | ${r.confidence} | ${escapeCell(r.text)}${r.cwe ? ` (CWE-${r.cwe})` : ""}` +
          `${code ? `<br>\`${escapeCode(truncate(code, 160))}\`` : ""} |` +
          (commits ? ` ${r.introduced_in ? escapeCell(truncate(describeIntroducedIn(r.introduced_in), 80)) : ""} |` : ""),
      );
    }
    if (report.regressions.length > MAX_ROWS) {
      out.push("");
      out.push(`…and ${report.regressions.length - MAX_ROWS} more: see the JSON report for the complete list.`);
    }
    out.push("");
    out.push(
      "Each row is a finding the branch introduced (**new**), made more severe (**escalated**) or hid " +
        "behind a `# nosec` comment that was not there at the baseline (**suppressed**). Fix the code; " +
        "do not silence it.",
    );
    out.push("");
  }
  if (report.scan_errors.length > 0) {
    out.push("### Files Bandit could not scan");
    for (const f of report.scan_errors) out.push(`- \`${escapeCode(f.path)}\`: ${escapeCell(f.reason)}`);
    out.push("");
  }
  const relocated = [...(report.moved ?? []).map((r) => ["moved", r] as const), ...(report.changed ?? []).map((r) => ["changed", r] as const)];
  if (relocated.length > 0) {
    out.push("<details><summary>Moved or edited in place (not regressions)</summary>");
    out.push("");
    out.push("| | Rule | From | To |");
    out.push("|---|---|---|---|");
    for (const [kind, r] of relocated.slice(0, MAX_ROWS)) {
      out.push(`| ${kind} | ${r.test_id} | \`${escapeCode(r.from.path)}${r.from.line !== undefined ? `:${r.from.line}` : ""}\` | \`${escapeCode(placeOf(r.to.path, r.to.line, r.to))}\` |`);
    }
    out.push("");
    out.push("</details>");
    out.push("");
  }
  out.push(
    `Fixed: ${report.counts.fixed} · unchanged: ${report.counts.unchanged} · moved: ${report.counts.moved ?? 0} · changed: ${report.counts.changed ?? 0} · files judged: ${report.scanned.files.length}`,
  );
  const tests = testAssertsLine(report);
  if (tests) out.push(`\n${escapeCell(tests)}`);
  for (const note of report.notes) out.push(`\n> ${escapeCell(note)}`);
  return `${out.join("\n")}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeCode(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/`/g, "'").replace(/\r?\n/g, " ");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
