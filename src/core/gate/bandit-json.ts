import type { BanditResult, Finding, Level, ScanFailure } from "./finding.js";
import { normalisePath } from "./paths.js";

/**
 * Parse the JSON report of any supported Bandit version (1.7.0 onwards; older reports parse too).
 * Fields that later versions added (`col_offset`, `more_info`, `issue_cwe`, `end_col_offset`)
 * are optional; metrics are ignored because their number types changed between versions.
 * Throws BanditOutputError when the text is not a Bandit report.
 */
export function parseBanditJson(text: string): BanditResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new BanditOutputError(`not JSON (${(error as Error).message})`);
  }
  if (!isObject(doc) || !Array.isArray(doc.results)) {
    throw new BanditOutputError("no `results` array");
  }
  const findings = doc.results.map((raw, index) => parseResult(raw, index));
  const errors = Array.isArray(doc.errors) ? doc.errors : [];
  const failures: ScanFailure[] = errors.map((raw) => ({
    path: normalisePath(String(isObject(raw) ? raw.filename ?? "" : "")),
    reason: String(isObject(raw) ? raw.reason ?? "unknown error" : raw),
  }));
  const metrics = isObject(doc.metrics) ? Object.keys(doc.metrics).filter((k) => k !== "_totals") : [];
  return { findings, failures, scanned: metrics.map(normalisePath) };
}

export class BanditOutputError extends Error {
  override name = "BanditOutputError";
}

function parseResult(raw: unknown, index: number): Finding {
  if (!isObject(raw)) throw new BanditOutputError(`results[${index}] is not an object`);
  const line = toInt(raw.line_number);
  const testId = raw.test_id;
  if (line === undefined || typeof testId !== "string" || typeof raw.filename !== "string") {
    throw new BanditOutputError(`results[${index}] lacks filename, line_number or test_id`);
  }
  const range = Array.isArray(raw.line_range)
    ? raw.line_range.map(toInt).filter((n): n is number => n !== undefined && n > 0)
    : [];
  const lineRange = range.length > 0 ? [...new Set(range)].sort((a, b) => a - b) : [line];
  const finding: Finding = {
    path: normalisePath(raw.filename),
    line,
    lineRange,
    testId,
    testName: typeof raw.test_name === "string" ? raw.test_name : testId,
    severity: toLevel(raw.issue_severity),
    confidence: toLevel(raw.issue_confidence),
    text: typeof raw.issue_text === "string" ? raw.issue_text : "",
  };
  const column = toInt(raw.col_offset);
  if (column !== undefined) finding.column = column;
  if (isObject(raw.issue_cwe)) {
    const cwe = toInt(raw.issue_cwe.id);
    if (cwe !== undefined && cwe > 0) finding.cwe = cwe;
  }
  if (typeof raw.more_info === "string" && raw.more_info !== "") finding.moreInfo = raw.more_info;
  return finding;
}

function toLevel(value: unknown): Level {
  const upper = typeof value === "string" ? value.toUpperCase() : "";
  return upper === "LOW" || upper === "MEDIUM" || upper === "HIGH" ? upper : "UNDEFINED";
}

function toInt(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return Math.trunc(value);
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * First line of `bandit --version` -> `1.9.4`. The first word is argparse's program name, so
 * it reads `__main__.py 1.9.4` under `python -m bandit`; only the version is trusted.
 */
export function parseBanditVersion(output: string): string | undefined {
  const first = output.split(/\r?\n/, 1)[0] ?? "";
  return /^\S+\s+(\d+\.\d+\.\d+\S*)\s*$/.exec(first.trim())?.[1];
}
