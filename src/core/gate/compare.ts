import type { Level } from "./finding.js";
import type { Fingerprinted } from "./fingerprint.js";

/**
 * One finding on the baseline side. From a git revision it carries the whole finding; from a
 * stored baseline file only what the file keeps (no line, no text, no source).
 */
export interface BaselineEntry {
  key: string;
  path: string;
  testId: string;
  testName: string;
  severity: Level;
  confidence: Level;
  suppressed: boolean;
  line?: number;
  text?: string;
  source?: string[];
}

export function toBaselineEntries(items: readonly Fingerprinted[]): BaselineEntry[] {
  return items.map(({ finding, key, suppressed, source }) => ({
    key,
    path: finding.path,
    testId: finding.testId,
    testName: finding.testName,
    severity: finding.severity,
    confidence: finding.confidence,
    suppressed,
    line: finding.line,
    text: finding.text,
    source,
  }));
}

export interface MatchedPair {
  head: Fingerprinted;
  base: BaselineEntry;
}

export interface Comparison {
  matched: MatchedPair[];
  /** Head findings with no counterpart in the baseline. */
  added: Fingerprinted[];
  /** Baseline findings with no counterpart at head. */
  removed: BaselineEntry[];
}

/**
 * Match head findings to baseline findings by identity, as multisets: k copies of an identity
 * at the baseline absorb at most k copies at head, in line order; the rest are added or removed.
 */
export function compareFindings(base: readonly BaselineEntry[], head: readonly Fingerprinted[]): Comparison {
  const pool = new Map<string, BaselineEntry[]>();
  const sortedBase = [...base].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const entry of sortedBase) {
    const list = pool.get(entry.key);
    if (list) list.push(entry);
    else pool.set(entry.key, [entry]);
  }
  const sortedHead = [...head].sort(
    (a, b) => a.finding.path.localeCompare(b.finding.path) || a.finding.line - b.finding.line,
  );
  const matched: MatchedPair[] = [];
  const added: Fingerprinted[] = [];
  for (const item of sortedHead) {
    const candidate = pool.get(item.key)?.shift();
    if (candidate) matched.push({ head: item, base: candidate });
    else added.push(item);
  }
  const removed = [...pool.values()].flat();
  return { matched, added, removed };
}
