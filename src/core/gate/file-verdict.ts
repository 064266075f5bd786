import type { Finding } from "./finding.js";
import { compareFindings, type BaselineEntry } from "./compare.js";
import { fingerprintFile, textOnlyFacts } from "./fingerprint.js";
import { judge, type Regression, type RegressionPolicy } from "./policy.js";

/**
 * What the gate would report for one file's text against its baseline entries: the same
 * fingerprints, matching and policy as a whole run. The fix loop asks it whether a rewritten
 * function is fixed, so "fixed" means what the gate means and nothing else.
 */
export function fileRegressions(
  baseline: readonly BaselineEntry[],
  findings: readonly Finding[],
  fileText: string,
  identityPath: string,
  policy: RegressionPolicy,
): Regression[] {
  // Both sides are fingerprinted from their text alone (see fix-baseline.ts), so they compare alike.
  const facts = textOnlyFacts(identityPath, fileText, findings.length);
  return judge(compareFindings(baseline, fingerprintFile(findings, facts, identityPath)), policy).regressions;
}
