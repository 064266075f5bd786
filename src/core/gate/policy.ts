import { levelRank, meetsThreshold, type Finding, type Level, type Threshold } from "./finding.js";
import type { BaselineEntry, Comparison } from "./compare.js";
import type { IntroducedIn } from "./blame.js";

/**
 * `new-is-regression` (default): only nosec comments that already stood at the baseline on an
 * unchanged line are honoured; `honor`: every nosec comment is honoured, as Bandit does.
 */
export type NosecPolicy = "honor" | "new-is-regression";

export const NOSEC_POLICIES: readonly NosecPolicy[] = ["honor", "new-is-regression"];

export interface RegressionPolicy {
  severityLevel: Threshold;
  confidenceLevel: Threshold;
  nosec: NosecPolicy;
}

export type RegressionKind = "new" | "escalated" | "suppressed";

export interface Regression {
  kind: RegressionKind;
  finding: Finding;
  key: string;
  occurrence: number;
  source: string[];
  /** For `escalated`: the severity the finding had at the baseline. */
  baselineSeverity?: Level;
  /** Dotted name of the enclosing function, when there is one. */
  function?: string;
  /** The branch commit that introduced the flagged line (git baselines only). */
  introducedIn?: IntroducedIn;
}

export interface Verdict {
  regressions: Regression[];
  fixed: BaselineEntry[];
  /** Findings at or above the thresholds present at both ends, unchanged. */
  unchanged: number;
}

export function judge(comparison: Comparison, policy: RegressionPolicy): Verdict {
  const passes = (f: { severity: Level; confidence: Level }) =>
    meetsThreshold(f.severity, policy.severityLevel) && meetsThreshold(f.confidence, policy.confidenceLevel);
  const honourAll = policy.nosec === "honor";
  const regressions: Regression[] = [];
  let unchanged = 0;

  for (const { head, base } of comparison.matched) {
    if (!passes(head.finding)) continue;
    if (head.suppressed && honourAll) continue;
    const regression = { finding: head.finding, key: head.key, occurrence: head.occurrence, source: head.source };
    if (head.suppressed && !base.suppressed) {
      regressions.push({ kind: "suppressed", ...regression });
    } else if (!head.suppressed && levelRank(head.finding.severity) > levelRank(base.severity)) {
      regressions.push({ kind: "escalated", baselineSeverity: base.severity, ...regression });
    } else {
      unchanged += 1;
    }
  }

  for (const head of comparison.added) {
    if (!passes(head.finding)) continue;
    if (head.suppressed && honourAll) continue;
    regressions.push({
      kind: head.suppressed ? "suppressed" : "new",
      finding: head.finding,
      key: head.key,
      occurrence: head.occurrence,
      source: head.source,
    });
  }

  // A finding that was silenced at the baseline was never reported, so its removal is no fix.
  const fixed = comparison.removed
    .filter((entry) => !entry.suppressed && passes(entry))
    .sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.testId.localeCompare(b.testId));
  return { regressions: sortRegressions(regressions), fixed, unchanged };
}

function sortRegressions(list: Regression[]): Regression[] {
  return list.sort(
    (a, b) =>
      a.finding.path.localeCompare(b.finding.path) ||
      a.finding.line - b.finding.line ||
      a.finding.testId.localeCompare(b.finding.testId),
  );
}
