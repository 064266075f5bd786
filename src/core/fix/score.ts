import type { Level } from "../gate/finding.js";

/** Points per finding by Bandit severity. UNDEFINED counts as LOW so no finding is ever free. */
export const SEVERITY_POINTS: Record<Level, number> = { UNDEFINED: 1, LOW: 1, MEDIUM: 3, HIGH: 6 };

export function scoreFindings(findings: readonly { severity: Level }[]): number {
  return findings.reduce((sum, f) => sum + SEVERITY_POINTS[f.severity], 0);
}
