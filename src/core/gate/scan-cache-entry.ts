import { createHash } from "node:crypto";
import type { BanditResult, Finding, Level } from "./finding.js";
import { redactText } from "../report/redact.js";

/**
 * The pure half of the scan cache: what names an entry, what an entry holds, and how it is
 * written and checked. The adapter (src/adapters/caches/scan-cache.ts) does the reading and writing.
 *
 * An entry is one file's Bandit outcome. It is stored without the file's path, because Bandit's
 * findings for a file depend only on its bytes, the Bandit that ran (its version and the Python
 * running it) and the configuration; the path matters only through a configuration (excludes,
 * B101's `skips` globs), so the path joins the key exactly when there is a configuration.
 */

/** Part of every key: bump it when the entry layout or the meaning of a key changes, and old entries become misses. */
export const SCAN_CACHE_SCHEMA = "bandit-gate/scan-cache/2";

/**
 * Bandit's reason for a syntax error (also a NUL byte or invalid UTF-8), the same in every
 * supported version. It is the one failure that follows from the file's bytes and the Python
 * parsing them, both in the key; other failures (unreadable file, a plugin crash) may be
 * passing, so they are never stored.
 */
export const DETERMINISTIC_FAILURE = "syntax error while parsing AST from file";

export interface ScanCacheKeyInput {
  /** Everything about the scanner besides the file and the configuration: Bandit's version, Python's, the fixed arguments. */
  scanner: string;
  /** Digest of the Bandit configuration the scan used. */
  configDigest: string;
  /** The path Bandit is given, when the configuration can make its output depend on the path. */
  path?: string;
  /** sha256 of the file's bytes (`contentDigest`). */
  contentSha256: string;
}

/** A finding without its path: the path is put back from the file the entry is used for. */
export type PathlessFinding = Omit<Finding, "path">;

/** What Bandit said about one file. */
export interface FileOutcome {
  /** Bandit looked at the file (reported metrics for it); false when its configuration excluded it. */
  scanned: boolean;
  findings: PathlessFinding[];
  /** Why Bandit could not scan the file, if it could not. */
  failure?: string;
}

export function contentDigest(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The entry's name: a hex digest of every input, so no input can be confused with another. */
export function scanCacheKey(input: ScanCacheKeyInput): string {
  const canonical = JSON.stringify([SCAN_CACHE_SCHEMA, input.scanner, input.configDigest, input.path ?? null, input.contentSha256]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** May this outcome be stored? Only when nothing in it could differ on the next run with the same key. */
export function isCacheable(outcome: FileOutcome): boolean {
  // A file Bandit said nothing about was not scanned (the gate hands excluded files to no one):
  // remembering that would turn one broken run into passes.
  if (!outcome.scanned && outcome.failure === undefined) return false;
  return outcome.failure === undefined || outcome.failure === DETERMINISTIC_FAILURE;
}

/**
 * Split one Bandit run over `files` into one outcome per file. Undefined when the run names a
 * path that was not asked for: then nothing can be attributed safely, and nothing is stored.
 */
export function splitByFile(result: BanditResult, files: readonly string[]): Map<string, FileOutcome> | undefined {
  const outcomes = new Map<string, FileOutcome>(files.map((path) => [path, { scanned: false, findings: [] }]));
  for (const path of result.scanned) {
    const outcome = outcomes.get(path);
    if (!outcome) return undefined;
    outcome.scanned = true;
  }
  for (const finding of result.findings) {
    const outcome = outcomes.get(finding.path);
    if (!outcome) return undefined;
    const { path: _path, ...rest } = finding;
    outcome.findings.push(rest);
  }
  for (const failure of result.failures) {
    const outcome = outcomes.get(failure.path);
    if (!outcome || outcome.failure !== undefined) return undefined;
    outcome.failure = failure.reason;
  }
  return outcomes;
}

/** Put outcomes back together as one Bandit result, in the order of `files`. */
export function joinOutcomes(files: readonly string[], outcomes: ReadonlyMap<string, FileOutcome>): BanditResult {
  const result: BanditResult = { findings: [], failures: [], scanned: [] };
  for (const path of files) {
    const outcome = outcomes.get(path);
    if (!outcome) continue;
    if (outcome.scanned) result.scanned.push(path);
    for (const finding of outcome.findings) result.findings.push({ path, ...finding, lineRange: [...finding.lineRange] });
    if (outcome.failure !== undefined) result.failures.push({ path, reason: outcome.failure });
  }
  return result;
}

/**
 * One entry as stored: the key it answers (a file renamed or copied into the wrong place is a
 * miss), and the outcome as a string with its own digest, so that any damage that still parses
 * as JSON is caught too.
 */
interface StoredEntry {
  schema: typeof SCAN_CACHE_SCHEMA;
  key: string;
  outcome: string;
  sha256: string;
}

export function serialiseEntry(key: string, outcome: FileOutcome): string {
  // Entries leave the machine (the Action saves them to GitHub's cache service): a secret that a
  // hardcoded-password test quotes is stored as the reports show it, redacted.
  const redacted = { ...outcome, findings: outcome.findings.map((f) => ({ ...f, text: redactText(f.testId, f.text) })) };
  const body = JSON.stringify(normaliseOutcome(redacted));
  const entry: StoredEntry = { schema: SCAN_CACHE_SCHEMA, key, outcome: body, sha256: sha256Text(body) };
  return `${JSON.stringify(entry)}\n`;
}

/** The outcome stored under `key`, or undefined for anything else: damaged, foreign, older. */
export function parseEntry(text: string, key: string): FileOutcome | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(entry) || entry.schema !== SCAN_CACHE_SCHEMA || entry.key !== key) return undefined;
  if (typeof entry.outcome !== "string" || typeof entry.sha256 !== "string" || sha256Text(entry.outcome) !== entry.sha256) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(entry.outcome);
  } catch {
    return undefined;
  }
  return readOutcome(body);
}

function readOutcome(body: unknown): FileOutcome | undefined {
  if (!isObject(body) || typeof body.scanned !== "boolean" || !Array.isArray(body.findings)) return undefined;
  if (body.failure !== undefined && typeof body.failure !== "string") return undefined;
  const findings: PathlessFinding[] = [];
  for (const raw of body.findings) {
    const finding = readFinding(raw);
    if (!finding) return undefined;
    findings.push(finding);
  }
  const outcome: FileOutcome = { scanned: body.scanned, findings };
  if (typeof body.failure === "string") outcome.failure = body.failure;
  return isCacheable(outcome) ? outcome : undefined;
}

const LEVELS: readonly Level[] = ["UNDEFINED", "LOW", "MEDIUM", "HIGH"];

function readFinding(raw: unknown): PathlessFinding | undefined {
  if (!isObject(raw)) return undefined;
  const { line, lineRange, testId, testName, severity, confidence, text, column, cwe, moreInfo } = raw;
  if (!isCount(line) || line < 1) return undefined;
  if (!Array.isArray(lineRange) || lineRange.length === 0 || !lineRange.every((n) => isCount(n) && n >= 1)) return undefined;
  if (typeof testId !== "string" || testId === "" || typeof testName !== "string" || typeof text !== "string") return undefined;
  if (!LEVELS.includes(severity as Level) || !LEVELS.includes(confidence as Level)) return undefined;
  if (column !== undefined && !isCount(column)) return undefined;
  if (cwe !== undefined && (!isCount(cwe) || cwe < 1)) return undefined;
  if (moreInfo !== undefined && typeof moreInfo !== "string") return undefined;
  const finding: PathlessFinding = {
    line,
    lineRange: lineRange as number[],
    testId,
    testName,
    severity: severity as Level,
    confidence: confidence as Level,
    text,
  };
  if (column !== undefined) finding.column = column;
  if (cwe !== undefined) finding.cwe = cwe;
  if (moreInfo !== undefined) finding.moreInfo = moreInfo;
  return finding;
}

/** Fixed field order and no stray fields, so equal outcomes are stored as equal text. */
function normaliseOutcome(outcome: FileOutcome): FileOutcome {
  const findings = outcome.findings.map((f) => {
    const finding: PathlessFinding = {
      line: f.line,
      lineRange: [...f.lineRange],
      testId: f.testId,
      testName: f.testName,
      severity: f.severity,
      confidence: f.confidence,
      text: f.text,
    };
    if (f.column !== undefined) finding.column = f.column;
    if (f.cwe !== undefined) finding.cwe = f.cwe;
    if (f.moreInfo !== undefined) finding.moreInfo = f.moreInfo;
    return finding;
  });
  return { scanned: outcome.scanned, findings, ...(outcome.failure !== undefined ? { failure: outcome.failure } : {}) };
}

function sha256Text(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
