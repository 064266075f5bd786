import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";
import { isSuppressed } from "./nosec.js";
import { isSecretTest } from "../report/redact.js";
import type { SourceFacts, StatementFacts } from "./source-facts.js";

/**
 * The source of the flagged lines with every run of whitespace folded and comments removed:
 * the identity of a finding in a file Python could not parse (the syntax fingerprint's fallback).
 */
export function normaliseSource(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Lines `lineRange` of a file (1-based), empty strings for lines past its end. */
export function sourceLines(fileLines: readonly string[], lineRange: readonly number[]): string[] {
  return lineRange.map((n) => fileLines[n - 1] ?? "");
}

/** Split file text into lines the way Python numbers them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A finding's identity: rule, path (the baseline's path for renamed files) and the syntax
 * fingerprint of its statement (or, where Python could not parse the file, its normalised text).
 * Hashed, so that a stored baseline never holds the source (which may quote a secret).
 */
export function identityKey(testId: string, path: string, shape: { syntax?: string; text: string }): string {
  const what = shape.syntax !== undefined ? `syntax\0${shape.syntax}` : `text\0${shape.text}`;
  return createHash("sha256").update(`v2\0${testId}\0${path}\0${what}`).digest("hex").slice(0, 32);
}

/** A finding together with what identifies it and the state of its nosec comment. */
export interface Fingerprinted {
  finding: Finding;
  /** Identity key (see identityKey). */
  key: string;
  /** 0 for the first finding of this key in line order, 1 for the next, ... */
  occurrence: number;
  /** A real `# nosec` comment on the flagged lines silences it. */
  suppressed: boolean;
  /** The flagged source lines as Python decodes them (for reports). */
  source: string[];
  /**
   * Secret findings only: the statement's lines before the flagged ones, where a literal the
   * flagged lines continue may open (so that redaction knows it is open).
   */
  lead?: string[];
  /** The smallest statement containing the finding; absent where Python could not parse the file. */
  statement?: StatementFacts;
  /** The path the identity uses (the baseline's path for a renamed file). */
  identityPath: string;
}

/** Number repeated keys in line order, so identical findings compare as a multiset. */
export function assignOccurrences<T extends { key: string; occurrence: number; finding: { line: number; column?: number } }>(
  items: T[],
): T[] {
  const sorted = [...items].sort(
    (a, b) => a.finding.line - b.finding.line || (a.finding.column ?? 0) - (b.finding.column ?? 0),
  );
  const seen = new Map<string, number>();
  for (const item of sorted) {
    const n = seen.get(item.key) ?? 0;
    item.occurrence = n;
    seen.set(item.key, n + 1);
  }
  return sorted;
}

/** Comments of the flagged lines as the tokenizer found them ("" where a line has none). */
export function commentsOf(facts: SourceFacts, lineRange: readonly number[]): string[] {
  return lineRange.map((n) => facts.comments.get(n) ?? "");
}

/** A line with its real comment (if any) cut off. */
function withoutComment(line: string, comment: string | undefined): string {
  if (!comment) return line;
  const at = line.lastIndexOf(comment);
  return at >= 0 ? line.slice(0, at) : line;
}

/**
 * Fingerprint the findings of one file. `facts.located[i]` belongs to `findings[i]`.
 * `identityPath` is the baseline's path when the file was renamed, so renamed code keeps its identity.
 */
export function fingerprintFile(findings: readonly Finding[], facts: SourceFacts, identityPath: string): Fingerprinted[] {
  const items = findings.map((finding, i): Fingerprinted => {
    const source = sourceLines(facts.lines, finding.lineRange);
    const statement = facts.located[i];
    const text = normaliseSource(source.map((line, j) => withoutComment(line, facts.comments.get(finding.lineRange[j] ?? 0))));
    const item: Fingerprinted = {
      finding,
      key: identityKey(finding.testId, identityPath, { ...(statement ? { syntax: statement.fingerprint } : {}), text }),
      occurrence: 0,
      suppressed: isSuppressed(commentsOf(facts, finding.lineRange), finding.testId, finding.testName),
      source,
      identityPath,
    };
    if (statement) item.statement = statement;
    const first = finding.lineRange[0] ?? finding.line;
    if (statement && statement.start < first && isSecretTest(finding.testId)) item.lead = facts.lines.slice(statement.start - 1, first - 1);
    return item;
  });
  return assignOccurrences(items);
}

/**
 * Facts for a file read as UTF-8 text without Python: every finding falls back to its text
 * identity, and comments are found by a `#` outside quotes on a best-effort basis. Only for
 * callers that have no Python at hand (unit tests of the cascade give their own facts).
 */
export function textOnlyFacts(path: string, text: string, requested: number): SourceFacts {
  const lines = splitLines(text);
  const comments = new Map<number, string>();
  lines.forEach((line, i) => {
    const at = line.indexOf("#");
    if (at >= 0 && !/["']/.test(line.slice(0, at))) comments.set(i + 1, line.slice(at));
  });
  return { path, parsed: false, lines, comments, defs: new Set(), located: Array.from({ length: requested }, () => undefined) };
}
