import * as core from "@actions/core";

/** Every output of action.yml: the Action sets these and no others (a unit test compares the names). */
export const ACTION_OUTPUTS = [
  "regressions",
  "new",
  "escalated",
  "suppressed",
  "fixed",
  "report-json",
  "sarif-file",
  "pull-request-number",
  "pull-request-url",
  "pull-request-operation",
  "fixed-functions",
  "improved-functions",
  "unfixed-functions",
  "fix-proposed",
] as const;

export type OutputName = (typeof ACTION_OUTPUTS)[number];

/** Set an output declared in action.yml; an undeclared name does not compile. */
export function setOutput(name: OutputName, value: string | number): void {
  core.setOutput(name, value);
}
