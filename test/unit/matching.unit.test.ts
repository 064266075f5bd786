import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { compareFindings, toBaselineEntries } from "../../src/core/gate/compare.js";
import type { Finding, Level } from "../../src/core/gate/finding.js";
import { fingerprintFile, textOnlyFacts, normaliseSource } from "../../src/core/gate/fingerprint.js";
import { judge, type RegressionPolicy } from "../../src/core/gate/policy.js";

const POLICY: RegressionPolicy = { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" };

/** A Bandit-like finding for the line of `text` that contains `needle` (the nth one). */
function findingAt(path: string, text: string, needle: string, testId = "B602", severity: Level = "HIGH", nth = 0): Finding {
  const lines = text.split("\n");
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []));
  const line = hits[nth];
  assert.ok(line, `${needle} not found`);
  return { path, line, lineRange: [line], testId, testName: "test", severity, confidence: "HIGH", text: "issue" };
}

function verdictFor(base: { path: string; text: string; findings: Finding[] }, head: { path: string; text: string; findings: Finding[]; identityPath?: string }, policy = POLICY) {
  const baseItems = fingerprintFile(base.findings, textOnlyFacts(base.path, base.text, base.findings.length), base.path);
  const headItems = fingerprintFile(head.findings, textOnlyFacts(head.path, head.text, head.findings.length), head.identityPath ?? head.path);
  return judge(compareFindings(toBaselineEntries(baseItems), headItems), policy);
}

const BASE = "import subprocess\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n";

describe("identity", () => {
  test("whitespace and indentation do not change it; nosec comments do not either", () => {
    assert.equal(normaliseSource(["    return  subprocess.call(cmd,shell=True)"]), "return subprocess.call(cmd,shell=True)");
    const finding: Finding = { path: "a.py", line: 1, lineRange: [1], testId: "B602", testName: "t", severity: "HIGH", confidence: "HIGH", text: "" };
    const key = (text: string) => fingerprintFile([finding], textOnlyFacts("a.py", text, 1), "a.py")[0]?.key;
    assert.equal(key("x = f(a)  # nosec B602"), key("x = f(a)"));
    assert.notEqual(normaliseSource(["x = f(a)"]), normaliseSource(["x = f(b)"]));
  });

  test("a shifted and re-indented finding is unchanged", () => {
    const head = "import subprocess\n\n\nclass R:\n    def run(self, cmd):\n        return subprocess.call(cmd, shell=True)\n";
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: head, findings: [findingAt("a.py", head, "shell=True")] },
    );
    assert.deepEqual(v, { regressions: [], fixed: [], unchanged: 1, moved: [], changed: [] });
  });

  test("a renamed file keeps its identity through the baseline path", () => {
    const renamed = verdictFor(
      { path: "old.py", text: BASE, findings: [findingAt("old.py", BASE, "shell=True")] },
      { path: "new.py", text: BASE, findings: [findingAt("new.py", BASE, "shell=True")], identityPath: "old.py" },
    );
    assert.equal(renamed.regressions.length, 0);
    const notMapped = verdictFor(
      { path: "old.py", text: BASE, findings: [findingAt("old.py", BASE, "shell=True")] },
      { path: "new.py", text: BASE, findings: [findingAt("new.py", BASE, "shell=True")] },
    );
    assert.equal(notMapped.regressions.length, 1, "without the rename map it would look new");
  });

  test("multisets: a second copy of a flagged line is new, and it is the later one", () => {
    const head = BASE + "\ndef run2(cmd):\n    return subprocess.call(cmd, shell=True)\n";
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: head, findings: [findingAt("a.py", head, "shell=True", "B602", "HIGH", 1), findingAt("a.py", head, "shell=True")] },
    );
    assert.equal(v.regressions.length, 1);
    assert.equal(v.regressions[0]?.finding.line, 7);
    assert.equal(v.regressions[0]?.occurrence, 1);
    assert.equal(v.unchanged, 1);
  });

  test("editing the flagged statement makes a new finding and fixes the old one", () => {
    const head = BASE.replace("call(cmd,", "call(cmd + ' --all',");
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: head, findings: [findingAt("a.py", head, "shell=True")] },
    );
    assert.deepEqual(v.regressions.map((r) => r.kind), ["new"]);
    assert.equal(v.fixed.length, 1);
  });
});

describe("policy", () => {
  test("a matched finding whose severity rose is escalated", () => {
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True", "B602", "LOW")] },
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True", "B602", "HIGH")] },
    );
    assert.deepEqual(v.regressions.map((r) => [r.kind, r.baselineSeverity]), [["escalated", "LOW"]]);
  });

  test("a nosec added by the branch is a regression; one that stood at the baseline is honoured", () => {
    const hidden = BASE.replace("shell=True)", "shell=True)  # nosec");
    const added = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: hidden, findings: [findingAt("a.py", hidden, "shell=True")] },
    );
    assert.deepEqual(added.regressions.map((r) => r.kind), ["suppressed"]);
    const kept = verdictFor(
      { path: "a.py", text: hidden, findings: [findingAt("a.py", hidden, "shell=True")] },
      { path: "a.py", text: "\n" + hidden, findings: [findingAt("a.py", "\n" + hidden, "shell=True")] },
    );
    assert.deepEqual(kept, { regressions: [], fixed: [], unchanged: 1, moved: [], changed: [] });
    const honour = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: hidden, findings: [findingAt("a.py", hidden, "shell=True")] },
      { ...POLICY, nosec: "honor" },
    );
    assert.deepEqual(honour.regressions, []);
  });

  test("a nosec for another test does not suppress", () => {
    const other = BASE.replace("shell=True)", "shell=True)  # nosec B101");
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True")] },
      { path: "a.py", text: other, findings: [findingAt("a.py", other, "shell=True")] },
    );
    assert.deepEqual(v, { regressions: [], fixed: [], unchanged: 1, moved: [], changed: [] });
  });

  test("thresholds apply to the head side for regressions and the baseline side for fixes", () => {
    const head = BASE + "\nimport random\nx = random.random()\n";
    const v = verdictFor(
      { path: "a.py", text: BASE, findings: [findingAt("a.py", BASE, "shell=True", "B602", "LOW")] },
      { path: "a.py", text: head, findings: [findingAt("a.py", head, "random.random", "B311", "LOW")] },
      { ...POLICY, severityLevel: "medium" },
    );
    assert.deepEqual(v, { regressions: [], fixed: [], unchanged: 0, moved: [], changed: [] });
  });
});
