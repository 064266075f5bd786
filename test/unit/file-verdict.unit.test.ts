import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { toBaselineEntries } from "../../src/core/gate/compare.js";
import { fileRegressions } from "../../src/core/gate/file-verdict.js";
import type { Finding } from "../../src/core/gate/finding.js";
import { fingerprintFile } from "../../src/core/gate/fingerprint.js";
import type { SourceFacts, StatementFacts } from "../../src/core/gate/source-facts.js";

// Facts as the statement reader gives them: the syntax fingerprint of each finding's statement.
const POLICY = { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" } as const;
const finding = (line: number, testId = "B603", severity: Finding["severity"] = "LOW"): Finding => ({
  path: "app/release.py", line, lineRange: [line], testId, testName: "t", severity, confidence: "HIGH", text: "subprocess call",
});
function facts(text: string, located: Array<StatementFacts | undefined>, defs = ["release"]): SourceFacts {
  return { path: "app/release.py", parsed: true, lines: text.split("\n"), comments: new Map(), defs: new Set(defs), located };
}
const at = (fingerprint: string, start: number, end = start): StatementFacts => ({ fingerprint, scope: "release", start, end });

const BASE_TEXT = 'def release(name):\n    subprocess.run(["git", "tag", name], check=True)\n';
const baseFindings = [finding(2)];
const baseline = {
  path: "app/release.py",
  entries: toBaselineEntries(fingerprintFile(baseFindings, facts(BASE_TEXT, [at("tag-call", 2)]), "app/release.py")),
  defs: new Set(["release"]),
};
const WRAPPED = 'def release(name):\n    subprocess.run(\n        ["git", "tag", name],\n        check=True,\n    )\n';

describe("the fix loop's verdict on one file is the gate's", () => {
  test("a call only rewrapped by a formatter keeps its identity: no regression, although its text changed", () => {
    const head = { path: "app/release.py", findings: [finding(2)], facts: facts(WRAPPED, [at("tag-call", 2, 5)]), hunks: [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 4 }] };
    assert.deepEqual(fileRegressions(baseline, head, POLICY), []);
  });

  test("the same rule in another statement outside every hunk is new", () => {
    const text = `${BASE_TEXT}    subprocess.run(["git", "push", name], check=True)\n`;
    const head = { path: "app/release.py", findings: [finding(2), finding(3)], facts: facts(text, [at("tag-call", 2), at("push-call", 3)]), hunks: [{ oldStart: 2, oldCount: 0, newStart: 3, newCount: 1 }] };
    assert.deepEqual(fileRegressions(baseline, head, POLICY).map((r) => `${r.kind}:${r.finding.line}`), ["new:3"]);
  });

  test("a baseline statement edited in place (in a hunk) pairs as changed; raised to shell=True it is an escalation", () => {
    const edited = { path: "app/release.py", findings: [finding(2)], facts: facts(BASE_TEXT, [at("tag-call-edited", 2)]), hunks: [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 1 }] };
    assert.deepEqual(fileRegressions(baseline, edited, POLICY), []);
    const worse = { ...edited, findings: [finding(2, "B603", "HIGH")] };
    assert.deepEqual(fileRegressions(baseline, worse, POLICY).map((r) => r.kind), ["escalated"]);
  });

  test("another rule in the rewrapped statement is new: identity includes the rule", () => {
    const head = { path: "app/release.py", findings: [finding(2, "B602", "HIGH")], facts: facts(WRAPPED, [at("tag-call", 2, 5)]), hunks: [] };
    assert.deepEqual(fileRegressions(baseline, head, POLICY).map((r) => `${r.kind}:${r.finding.testId}`), ["new:B602"]);
  });

  test("a file with no baseline version: everything is new", () => {
    const head = { path: "app/release.py", findings: [finding(2)], facts: facts(BASE_TEXT, [at("tag-call", 2)]), hunks: [] };
    assert.deepEqual(fileRegressions({ entries: [] }, head, POLICY).map((r) => r.kind), ["new"]);
  });

  test("a renamed file's findings keep the baseline path's identity", () => {
    const head = { path: "app/releasing.py", findings: [{ ...finding(2), path: "app/releasing.py" }], facts: { ...facts(BASE_TEXT, [at("tag-call", 2)]), path: "app/releasing.py" }, hunks: [] };
    assert.deepEqual(fileRegressions(baseline, head, POLICY), []);
  });
});
