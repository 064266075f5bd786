import type { Finding } from "./finding.js";
import { compareFindings, type BaselineEntry } from "./compare.js";
import { fingerprintFile } from "./fingerprint.js";
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
  return judge(compareFindings(baseline, fingerprintFile(findings, fileText, identityPath)), policy).regressions;
}
