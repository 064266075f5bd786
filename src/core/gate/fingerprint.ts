import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";
import { isSuppressed, stripNosec } from "./nosec.js";

/**
 * The source of the flagged lines with every run of whitespace folded and nosec comments removed:
 * indentation, shifted lines and re-wrapped spacing do not change it; editing the statement does.
 */
export function normaliseSource(lines: readonly string[]): string {
  return lines
    .map((line) => stripNosec(line).replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

/** Lines `lineRange` of a file (1-based), empty strings for lines past its end. */
export function sourceLines(fileLines: readonly string[], lineRange: readonly number[]): string[] {
  return lineRange.map((n) => fileLines[n - 1] ?? "");
}

/** Split file text into lines the way Bandit numbers them. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A finding's identity: rule, path (the baseline's path for renamed files) and normalised source.
 * Hashed, so that a stored baseline never holds the source (which may quote a secret).
 */
export function identityKey(testId: string, path: string, normalisedSource: string): string {
  return createHash("sha256").update(`v1\0${testId}\0${path}\0${normalisedSource}`).digest("hex").slice(0, 32);
}

/** A finding together with what identifies it and the state of its nosec comment. */
export interface Fingerprinted {
  finding: Finding;
  /** Identity key (see identityKey). */
  key: string;
  /** 0 for the first finding of this key in line order, 1 for the next, ... */
  occurrence: number;
  /** A nosec comment on the flagged lines silences it. */
  suppressed: boolean;
  /** The flagged source lines as they are in the file (for reports). */
  source: string[];
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

/**
 * Fingerprint the findings of one file. `identityPath` is the path the identity uses: the
 * baseline's path when the file was renamed, so renamed code keeps its identity.
 */
export function fingerprintFile(findings: readonly Finding[], fileText: string, identityPath: string): Fingerprinted[] {
  const fileLines = splitLines(fileText);
  const items = findings.map((finding) => {
    const source = sourceLines(fileLines, finding.lineRange);
    return {
      finding,
      key: identityKey(finding.testId, identityPath, normaliseSource(source)),
      occurrence: 0,
      suppressed: isSuppressedSource(source, finding),
      source,
    };
  });
  return assignOccurrences(items);
}

function isSuppressedSource(source: readonly string[], finding: Finding): boolean {
  return isSuppressed(source, finding.testId, finding.testName);
}
