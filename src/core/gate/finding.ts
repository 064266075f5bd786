/** Bandit's ranking words, used for both severity and confidence. */
export type Level = "UNDEFINED" | "LOW" | "MEDIUM" | "HIGH";

/** A threshold as the user names it (Bandit's own `-l`/`-i` names). */
export type Threshold = "all" | "low" | "medium" | "high";

const LEVEL_RANK: Record<Level, number> = { UNDEFINED: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const THRESHOLD_RANK: Record<Threshold, number> = { all: 0, low: 1, medium: 2, high: 3 };

export const THRESHOLDS: readonly Threshold[] = ["all", "low", "medium", "high"];

export function levelRank(level: Level): number {
  return LEVEL_RANK[level];
}

export function meetsThreshold(level: Level, threshold: Threshold): boolean {
  return LEVEL_RANK[level] >= THRESHOLD_RANK[threshold];
}

export function isThreshold(value: string): value is Threshold {
  return (THRESHOLDS as readonly string[]).includes(value);
}

/** One issue Bandit reported, with its path already repository-relative and `/`-separated. */
export interface Finding {
  path: string;
  /** The line Bandit reports. */
  line: number;
  /** Every line of the flagged statement, ascending; at least `[line]`. */
  lineRange: number[];
  column?: number;
  testId: string;
  testName: string;
  severity: Level;
  confidence: Level;
  text: string;
  cwe?: number;
  moreInfo?: string;
}

/** A file Bandit could not scan (syntax error, plugin crash, unreadable file). */
export interface ScanFailure {
  path: string;
  reason: string;
}

/** What one Bandit run said. */
export interface BanditResult {
  findings: Finding[];
  failures: ScanFailure[];
  /** Files Bandit reports metrics for, i.e. the ones it looked at (configured excludes drop files silently). */
  scanned: string[];
}
