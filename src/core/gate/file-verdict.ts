import type { Finding } from "./finding.js";
import { matchFindings, type BaselineEntry, type ChangeFacts } from "./compare.js";
import { fingerprintFile } from "./fingerprint.js";
import type { Hunk } from "./hunks.js";
import { judge, type Regression, type RegressionPolicy } from "./policy.js";
import type { SourceFacts } from "./source-facts.js";

/** The baseline side of one file, as the gate sees it. */
export interface FileBaseline {
  /** The file's path at the baseline (the old path of a renamed file); absent: the file is new. */
  path?: string;
  entries: readonly BaselineEntry[];
  /** Dotted def/class names of the baseline version, where known (they decide moves). */
  defs?: ReadonlySet<string>;
}

/** One version of a file at head: its path, Bandit's findings in it and Python's reading of it. */
export interface FileHead {
  path: string;
  findings: readonly Finding[];
  facts: SourceFacts;
  /** `git diff -U0` hunks from the baseline version to this one (none in stored-baseline mode, as in the gate). */
  hunks: readonly Hunk[];
}

/**
 * What the gate would report for one file against its baseline entries: the same syntax
 * fingerprints (from the statement reader's facts), the same matching cascade and the same
 * policy as a whole run. The fix loop asks it whether a rewritten function is fixed, so "fixed"
 * means what the gate means: a formatter's rewrap of a baseline finding is still that finding.
 */
export function fileRegressions(baseline: FileBaseline, head: FileHead, policy: RegressionPolicy): Regression[] {
  const basePath = baseline.path;
  const items = fingerprintFile(head.findings, head.facts, basePath ?? head.path);
  const change: ChangeFacts = {
    baselinePathOf: new Map(basePath === undefined ? [] : [[head.path, basePath]]),
    hunks: new Map([[head.path, head.hunks]]),
    baseDefs: new Map(basePath !== undefined && baseline.defs ? [[basePath, baseline.defs]] : []),
    headDefs: new Map(head.facts.defs ? [[head.path, head.facts.defs]] : []),
    goneFiles: new Set(),
  };
  return judge(matchFindings(baseline.entries, items, change), policy).regressions;
}
