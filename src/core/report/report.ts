import type { ScanFailure } from "../gate/finding.js";
import type { BaselineEntry, } from "../gate/compare.js";
import type { Regression, RegressionKind, Relocated, Verdict } from "../gate/policy.js";
import { redactSourceLines, redactText } from "./redact.js";
import type { IntroducedIn } from "../gate/blame.js";
import type { UnmatchedRecord } from "../gate/shard-unmatched.js";

/**
 * The JSON report: the stable document every other surface (text, markdown, SARIF, the Action's
 * outputs, merging shards) is rendered from. Secrets quoted by Bandit are redacted here, once.
 */
export interface ReportDocument {
  schema: "bandit-gate/report";
  schema_version: 1;
  verdict: "pass" | "fail" | "error";
  regressions: RegressionRecord[];
  fixed: FixedRecord[];
  /** Findings that moved with their def/class or whole file: not regressions. */
  moved: RelocatedRecord[];
  /** Findings whose statement was edited in place, no more severe or confident: not regressions. */
  changed: RelocatedRecord[];
  unchanged: number;
  counts: Record<RegressionKind | "regressions" | "fixed" | "unchanged" | "moved" | "changed", number>;
  baseline: BaselineDescription;
  scanned: ScannedDescription;
  bandit_version: string;
  scan_errors: ScanFailure[];
  notes: string[];
  /** Whether B101 in test files was judged, and how many such findings were set aside. */
  test_asserts?: TestAssertsRecord;
  /** The gate's own inputs (baseline file, Bandit configuration) that the judged branch changes; absent when none. */
  gate_changes?: string[];
  /** Sharded runs only: what this shard left unmatched, for `merge` to pair across shards. */
  unmatched?: UnmatchedRecord;
}

export interface TestAssertsRecord {
  judged: boolean;
  because: string;
  /** B101 findings in test files at head left out (the baseline's are left out alike). */
  set_aside: number;
}

export interface RegressionRecord {
  path: string;
  line: number;
  end_line: number;
  column?: number;
  test_id: string;
  test_name: string;
  severity: string;
  confidence: string;
  kind: RegressionKind;
  text: string;
  cwe?: number;
  function?: string;
  baseline_severity?: string;
  more_info?: string;
  /** Identity key and occurrence: stable across line shifts, used for SARIF partialFingerprints. */
  fingerprint: string;
  /** The flagged source lines (redacted for secret tests). */
  code: string[];
  /** The branch commit that introduced the line (`commit: null`: not committed yet). */
  introduced_in?: IntroducedIn;
}

/** A finding matched across a move or an in-place edit: where it was and where it is. */
export interface RelocatedRecord {
  test_id: string;
  test_name: string;
  severity: string;
  confidence: string;
  from: { path: string; line?: number; severity: string; confidence: string };
  to: { path: string; line: number; end_line: number; function?: string };
  /** As a regression's: the head identity and occurrence. */
  fingerprint: string;
}

export interface FixedRecord {
  path: string;
  line?: number;
  test_id: string;
  test_name: string;
  severity: string;
  confidence: string;
  text?: string;
}

export type BaselineDescription =
  | { mode: "git"; ref: string; commit: string }
  | { mode: "file"; file: string; bandit_version?: string };

export interface ScannedDescription {
  /** What was judged: a ref, "working tree" or "index". */
  head: string;
  head_commit?: string;
  /** Changed Python files judged at head. */
  files: string[];
  /** Files scanned at the baseline. */
  baseline_files: number;
  /** `i/n` when this report covers one shard of the changed files. */
  shard?: string;
}

export interface ReportContext {
  baseline: BaselineDescription;
  scanned: ScannedDescription;
  banditVersion: string;
  failures: ScanFailure[];
  notes: string[];
  testAsserts?: TestAssertsRecord;
  gateChanges?: string[];
  unmatched?: UnmatchedRecord;
}

export function buildReport(verdict: Verdict, context: ReportContext): ReportDocument {
  const regressions = verdict.regressions.map(toRegressionRecord);
  const fixed = verdict.fixed.map(toFixedRecord);
  return finishReport({
    regressions,
    fixed,
    moved: (verdict.moved ?? []).map(toRelocatedRecord),
    changed: (verdict.changed ?? []).map(toRelocatedRecord),
    unchanged: verdict.unchanged,
    baseline: context.baseline,
    scanned: context.scanned,
    bandit_version: context.banditVersion,
    scan_errors: context.failures,
    notes: context.notes,
    ...(context.testAsserts ? { test_asserts: context.testAsserts } : {}),
    ...(context.gateChanges?.length ? { gate_changes: context.gateChanges } : {}),
    ...(context.unmatched ? { unmatched: context.unmatched } : {}),
  });
}

/** Fill in verdict and counts from the lists, so they can never disagree. */
export function finishReport(
  parts: Omit<ReportDocument, "schema" | "schema_version" | "verdict" | "counts" | "moved" | "changed"> &
    Partial<Pick<ReportDocument, "moved" | "changed">>,
): ReportDocument {
  const moved = parts.moved ?? [];
  const changed = parts.changed ?? [];
  const count = (kind: RegressionKind) => parts.regressions.filter((r) => r.kind === kind).length;
  return {
    schema: "bandit-gate/report",
    schema_version: 1,
    verdict: parts.regressions.length > 0 ? "fail" : parts.scan_errors.length > 0 ? "error" : "pass",
    ...parts,
    moved,
    changed,
    counts: {
      regressions: parts.regressions.length,
      new: count("new"),
      escalated: count("escalated"),
      suppressed: count("suppressed"),
      fixed: parts.fixed.length,
      moved: moved.length,
      changed: changed.length,
      unchanged: parts.unchanged,
    },
  };
}

function toRegressionRecord(r: Regression): RegressionRecord {
  const f = r.finding;
  const record: RegressionRecord = {
    path: f.path,
    line: f.line,
    end_line: f.lineRange[f.lineRange.length - 1] ?? f.line,
    test_id: f.testId,
    test_name: f.testName,
    severity: f.severity,
    confidence: f.confidence,
    kind: r.kind,
    text: redactText(f.testId, f.text),
    fingerprint: `${r.key}:${r.occurrence}`,
    code: redactSourceLines(f.testId, r.source, { ...(r.lead ? { lead: r.lead } : {}), text: f.text }),
  };
  // Bandit's column belongs to the statement's first line, which is not always the reported one.
  if (f.column !== undefined && f.lineRange[0] === f.line) record.column = f.column;
  if (f.cwe !== undefined) record.cwe = f.cwe;
  if (r.function !== undefined) record.function = r.function;
  if (r.baselineSeverity !== undefined) record.baseline_severity = r.baselineSeverity;
  if (f.moreInfo !== undefined) record.more_info = f.moreInfo;
  if (r.introducedIn !== undefined) record.introduced_in = r.introducedIn;
  return record;
}

export function toRelocatedRecord(r: Relocated): RelocatedRecord {
  const f = r.head.finding;
  const from: RelocatedRecord["from"] = { path: r.base.path, severity: r.base.severity, confidence: r.base.confidence };
  if (r.base.line !== undefined) from.line = r.base.line;
  const to: RelocatedRecord["to"] = { path: f.path, line: f.line, end_line: f.lineRange[f.lineRange.length - 1] ?? f.line };
  const scope = r.head.statement?.scope;
  if (scope) to.function = scope;
  return {
    test_id: f.testId,
    test_name: f.testName,
    severity: f.severity,
    confidence: f.confidence,
    from,
    to,
    fingerprint: `${r.head.key}:${r.head.occurrence}`,
  };
}

function toFixedRecord(entry: BaselineEntry): FixedRecord {
  const record: FixedRecord = {
    path: entry.path,
    test_id: entry.testId,
    test_name: entry.testName,
    severity: entry.severity,
    confidence: entry.confidence,
  };
  if (entry.line !== undefined) record.line = entry.line;
  if (entry.text !== undefined) record.text = redactText(entry.testId, entry.text);
  return record;
}

export function renderJson(report: ReportDocument): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One line for logs and the end of the text report. */
export function headline(report: ReportDocument): string {
  const n = report.counts.regressions;
  const files = report.scanned.files.length;
  const scope = `${files} changed Python file${files === 1 ? "" : "s"}`;
  if (n === 0) {
    const tail = report.scan_errors.length > 0 ? `; ${report.scan_errors.length} file(s) could not be scanned` : "";
    return `no security regressions in ${scope} (${report.counts.fixed} fixed, ${report.counts.unchanged} unchanged${relocatedCounts(report)})${tail}`;
  }
  const parts = (["new", "escalated", "suppressed"] as const)
    .filter((k) => report.counts[k] > 0)
    .map((k) => `${report.counts[k]} ${k}`);
  return `${n} security regression${n === 1 ? "" : "s"} (${parts.join(", ")}) in ${scope}`;
}

/** ", 2 moved, 1 changed" when there are any (older reports have no such counts). */
export function relocatedCounts(report: ReportDocument): string {
  const moved = report.counts.moved ?? 0;
  const changed = report.counts.changed ?? 0;
  return `${moved > 0 ? `, ${moved} moved` : ""}${changed > 0 ? `, ${changed} changed` : ""}`;
}

/** The one line that says test asserts were not judged, and the switch that judges them. */
export function testAssertsLine(report: ReportDocument): string | undefined {
  const t = report.test_asserts;
  if (!t || t.judged || t.set_aside === 0) return undefined;
  return (
    `${t.set_aside} B101 (assert) finding${t.set_aside === 1 ? "" : "s"} in test files not judged, as ${t.because}; ` +
    "judge them with `judge-test-asserts: true` (CLI `--judge-test-asserts`)"
  );
}

export function describeBaseline(baseline: BaselineDescription): string {
  return baseline.mode === "git"
    ? `${baseline.ref} @ ${baseline.commit.slice(0, 12)}`
    : `baseline file ${baseline.file}`;
}

/** 0 pass, 1 regressions, 3 files Bandit could not scan (unless allowed; it wins over 1, since the verdict is incomplete). */
export function exitCodeOf(report: ReportDocument, allowScanErrors: boolean, strictConfig = false): 0 | 1 | 3 {
  if (report.scan_errors.length > 0 && !allowScanErrors) return 3;
  if (strictConfig && (report.gate_changes?.length ?? 0) > 0) return 1;
  return report.counts.regressions > 0 ? 1 : 0;
}
