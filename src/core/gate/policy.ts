import { levelRank, meetsThreshold, type Finding, type Level, type Threshold } from "./finding.js";
import type { BaselineEntry, Comparison, MatchedPair } from "./compare.js";
import type { IntroducedIn } from "./blame.js";
import { byText } from "../order.js";

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
  /** Secret findings: the statement's lines before `source` (see Fingerprinted.lead). */
  lead?: string[];
  /** For `escalated`: the severity the finding had at the baseline. */
  baselineSeverity?: Level;
  /** Dotted name of the enclosing function, when there is one. */
  function?: string;
  /** The branch commit that introduced the flagged line (git baselines only). */
  introducedIn?: IntroducedIn;
}

/** A finding that is not a regression but not where or what it was: moved, or edited in place. */
export interface Relocated {
  kind: "moved" | "changed";
  head: MatchedPair["head"];
  base: BaselineEntry;
}

export interface Verdict {
  regressions: Regression[];
  fixed: BaselineEntry[];
  /** Findings that moved with their def/class or file (step 2 of the cascade). */
  moved?: Relocated[];
  /** Findings whose statement was edited in place without rising in severity or confidence. */
  changed?: Relocated[];
  /** Findings at or above the thresholds present at both ends, unchanged. */
  unchanged: number;
}

export function judge(comparison: Comparison, policy: RegressionPolicy): Verdict {
  const passes = (f: { severity: Level; confidence: Level }) =>
    meetsThreshold(f.severity, policy.severityLevel) && meetsThreshold(f.confidence, policy.confidenceLevel);
  const honourAll = policy.nosec === "honor";
  const regressions: Regression[] = [];
  const moved: Relocated[] = [];
  const changed: Relocated[] = [];
  let unchanged = 0;

  for (const { head, base, how } of comparison.matched) {
    if (!passes(head.finding)) continue;
    if (head.suppressed && honourAll) continue;
    const regression = { finding: head.finding, key: head.key, occurrence: head.occurrence, source: head.source, ...(head.lead ? { lead: head.lead } : {}) };
    // An edited statement is judged on both rankings; an identical one's confidence cannot rise
    // without the Bandit or its configuration changing, which both sides share.
    const rose =
      levelRank(head.finding.severity) > levelRank(base.severity) ||
      (how === "changed" && levelRank(head.finding.confidence) > levelRank(base.confidence));
    if (head.suppressed && !base.suppressed) {
      regressions.push({ kind: "suppressed", ...regression });
    } else if (!head.suppressed && rose) {
      regressions.push({ kind: "escalated", baselineSeverity: base.severity, ...regression });
    } else if (how === "exact") {
      unchanged += 1;
    } else {
      (how === "moved" ? moved : changed).push({ kind: how, head, base });
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
      ...(head.lead ? { lead: head.lead } : {}),
    });
  }

  // A finding that was silenced at the baseline was never reported, so its removal is no fix.
  const fixed = comparison.removed
    .filter((entry) => !entry.suppressed && passes(entry))
    .sort((a, b) => byText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || byText(a.testId, b.testId));
  const order = (a: Relocated, b: Relocated) =>
    byText(a.head.finding.path, b.head.finding.path) || a.head.finding.line - b.head.finding.line;
  return { regressions: sortRegressions(regressions), fixed, unchanged, moved: moved.sort(order), changed: changed.sort(order) };
}

function sortRegressions(list: Regression[]): Regression[] {
  return list.sort(
    (a, b) =>
      byText(a.finding.path, b.finding.path) ||
      a.finding.line - b.finding.line ||
      byText(a.finding.testId, b.finding.testId),
  );
}
