import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { matchFindings, toBaselineEntries, type ChangeFacts } from "../../src/core/gate/compare.js";
import type { Finding, Level } from "../../src/core/gate/finding.js";
import { identityKey, type Fingerprinted } from "../../src/core/gate/fingerprint.js";
import { lineAtBaseline, parseUnifiedHunks, type Hunk } from "../../src/core/gate/hunks.js";
import { judge } from "../../src/core/gate/policy.js";

/** A finding in a statement whose syntax fingerprint is `shape`, inside `scope` ("" at module level). */
function item(path: string, line: number, shape: string, scope: string, options: { testId?: string; severity?: Level; confidence?: Level; identityPath?: string; suppressed?: boolean } = {}): Fingerprinted {
  const testId = options.testId ?? "B602";
  const finding: Finding = { path, line, lineRange: [line], testId, testName: "t", severity: options.severity ?? "HIGH", confidence: options.confidence ?? "HIGH", text: "issue" };
  const identityPath = options.identityPath ?? path;
  return {
    finding,
    key: identityKey(testId, identityPath, { syntax: shape, text: "" }),
    occurrence: 0,
    suppressed: options.suppressed ?? false,
    source: [],
    statement: { fingerprint: shape, scope, start: line, end: line },
    identityPath,
  };
}

function change(partial: Partial<ChangeFacts>): ChangeFacts {
  return { baselinePathOf: new Map(), hunks: new Map(), baseDefs: new Map(), headDefs: new Map(), goneFiles: new Set(), ...partial };
}

const POLICY = { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" } as const;
const outcome = (base: Fingerprinted[], head: Fingerprinted[], facts: ChangeFacts) => {
  const verdict = judge(matchFindings(toBaselineEntries(base), head, facts), POLICY);
  return {
    regressions: verdict.regressions.map((r) => `${r.kind}:${r.finding.path}:${r.finding.line}`),
    moved: (verdict.moved ?? []).map((m) => `${m.base.path}:${m.base.line}->${m.head.finding.path}:${m.head.finding.line}`),
    changed: (verdict.changed ?? []).map((m) => `${m.base.path}:${m.base.line}->${m.head.finding.path}:${m.head.finding.line}`),
    unchanged: verdict.unchanged,
  };
};
const defs = (...names: string[]) => new Set(names);

describe("diff hunks", () => {
  const hunks: Hunk[] = [
    { oldStart: 3, oldCount: 0, newStart: 4, newCount: 2 }, // two lines inserted after old line 3
    { oldStart: 10, oldCount: 2, newStart: 11, newCount: 0 }, // old 10-11 deleted after new line 11
  ];
  test("lines outside hunks map through the shifts, lines inside do not map", () => {
    assert.equal(lineAtBaseline(hunks, 2), 2);
    assert.equal(lineAtBaseline(hunks, 4), undefined);
    assert.equal(lineAtBaseline(hunks, 6), 4);
    assert.equal(lineAtBaseline(hunks, 11), 9);
    assert.equal(lineAtBaseline(hunks, 12), 12);
  });
  test("git's -U0 output is split per new path; deleted files have none", () => {
    const out = parseUnifiedHunks(
      "diff --git a/x.py b/y.py\nsimilarity index 80%\nrename from x.py\nrename to y.py\n--- a/x.py\n+++ b/y.py\n@@ -2 +2,3 @@ def f():\n-a\n+++ b\n+c\n+d\ndiff --git a/z.py b/z.py\n--- a/z.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n",
      (h) => (h.startsWith("b/") ? h.slice(2) : undefined),
    );
    assert.deepEqual([...out.keys()], ["y.py"]);
    assert.deepEqual(out.get("y.py"), [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 3 }]);
  });
});

describe("step 1, exact", () => {
  test("a copy inserted above the original is the new one: the unchanged line keeps its identity", () => {
    const base = [item("a.py", 5, "S", "run")];
    const head = [item("a.py", 5, "S", "first"), item("a.py", 10, "S", "run")];
    const facts = change({ baselinePathOf: new Map([["a.py", "a.py"]]), hunks: new Map([["a.py", [{ oldStart: 3, oldCount: 0, newStart: 4, newCount: 5 }]]]) });
    assert.deepEqual(outcome(base, head, facts), { regressions: ["new:a.py:5"], moved: [], changed: [], unchanged: 1 });
  });
});

describe("step 2, moved", () => {
  const split = change({
    baselinePathOf: new Map([["a.py", "a.py"]]),
    baseDefs: new Map([["a.py", defs("run", "greet")]]),
    headDefs: new Map([["a.py", defs("greet")], ["b.py", defs("run")]]),
  });
  test("a def gone from its file and new in another carries its findings", () => {
    assert.deepEqual(outcome([item("a.py", 5, "S", "run")], [item("b.py", 2, "S", "run")], split), { regressions: [], moved: ["a.py:5->b.py:2"], changed: [], unchanged: 0 });
  });
  test("a copy is not a move: with the def still in the old file the new one is new", () => {
    const copy = change({ ...split, headDefs: new Map([["a.py", defs("greet", "run")], ["b.py", defs("run")]]) });
    assert.deepEqual(outcome([item("a.py", 5, "S", "run")], [item("b.py", 2, "S", "run")], copy).regressions, ["new:b.py:2"]);
  });
  test("a def that already existed in the target file did not arrive there", () => {
    const existing = change({ ...split, baselinePathOf: new Map([["a.py", "a.py"], ["b.py", "b.py"]]), baseDefs: new Map([["a.py", defs("run")], ["b.py", defs("run")]]) });
    assert.deepEqual(outcome([item("a.py", 5, "S", "run")], [item("b.py", 2, "S", "run")], existing).regressions, ["new:b.py:2"]);
  });
  test("the same statement in a differently named def is not a move", () => {
    const other = change({ ...split, headDefs: new Map([["a.py", defs("greet")], ["b.py", defs("admin")]]) });
    assert.deepEqual(outcome([item("a.py", 5, "S", "run")], [item("b.py", 2, "S", "admin")], other).regressions, ["new:b.py:2"]);
  });
  test("module-level code moves only from a whole gone file into an added one", () => {
    const base = [item("old.py", 1, "IMPORT", "")];
    const gone = change({ goneFiles: new Set(["old.py"]), baseDefs: new Map([["old.py", defs("run", "Job")]]), headDefs: new Map([["new.py", defs("Job")]]) });
    assert.deepEqual(outcome(base, [item("new.py", 1, "IMPORT", "")], gone).moved, ["old.py:1->new.py:1"]);
    const sameName = change({ goneFiles: new Set(["app/old.py"]) });
    assert.deepEqual(outcome([item("app/old.py", 1, "IMPORT", "")], [item("lib/old.py", 1, "IMPORT", "")], sameName).moved, ["app/old.py:1->lib/old.py:1"]);
    // Any deleted script and any added one with the same statement are not a move: nothing else relates them.
    const unrelated = change({ goneFiles: new Set(["old.py"]), baseDefs: new Map([["old.py", defs("run")]]), headDefs: new Map([["new.py", defs("deploy")]]) });
    assert.deepEqual(outcome(base, [item("new.py", 1, "IMPORT", "")], unrelated).regressions, ["new:new.py:1"]);
    const unknownDefs = change({ goneFiles: new Set(["old.py"]) });
    assert.deepEqual(outcome(base, [item("new.py", 1, "IMPORT", "")], unknownDefs).regressions, ["new:new.py:1"]);
    const intoExisting = change({ goneFiles: new Set(["old.py"]), baselinePathOf: new Map([["web.py", "web.py"]]) });
    assert.deepEqual(outcome(base, [item("web.py", 7, "IMPORT", "")], intoExisting).regressions, ["new:web.py:7"]);
    const oldStillThere = change({ baselinePathOf: new Map([["old.py", "old.py"]]) });
    assert.deepEqual(outcome(base, [item("new.py", 1, "IMPORT", "")], oldStillThere).regressions, ["new:new.py:1"]);
  });
});

describe("step 3, edited in place", () => {
  const facts = change({ baselinePathOf: new Map([["a.py", "a.py"]]), hunks: new Map([["a.py", [{ oldStart: 5, oldCount: 1, newStart: 5, newCount: 1 }, { oldStart: 8, oldCount: 0, newStart: 9, newCount: 1 }]]]) });
  test("statements touching the same hunk are changed; severity or confidence rising is escalated", () => {
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run")], [item("a.py", 5, "NEW", "run")], facts).changed, ["a.py:5->a.py:5"]);
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run", { severity: "LOW" })], [item("a.py", 5, "NEW", "run")], facts).regressions, ["escalated:a.py:5"]);
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run", { confidence: "LOW" })], [item("a.py", 5, "NEW", "run")], facts).regressions, ["escalated:a.py:5"]);
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run")], [item("a.py", 5, "NEW", "run", { suppressed: true })], facts).regressions, ["suppressed:a.py:5"]);
  });
  test("a new finding in another hunk of the same function is new, not absorbed", () => {
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run"), item("a.py", 7, "KEEP", "run")], [item("a.py", 7, "KEEP", "run"), item("a.py", 9, "NEW", "run")], change({ ...facts, hunks: new Map([["a.py", [{ oldStart: 8, oldCount: 0, newStart: 9, newCount: 1 }]]]) })).regressions, ["new:a.py:9"]);
  });
  test("another rule in the same hunk is new", () => {
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run")], [item("a.py", 5, "NEW", "run", { testId: "B307" })], facts).regressions, ["new:a.py:5"]);
  });
  test("the same def moved to another file and edited there is changed", () => {
    const moved = change({ baselinePathOf: new Map([["a.py", "a.py"]]), baseDefs: new Map([["a.py", defs("run")]]), headDefs: new Map([["a.py", defs()], ["b.py", defs("run")]]) });
    assert.deepEqual(outcome([item("a.py", 5, "OLD", "run")], [item("b.py", 2, "NEW", "run")], moved).changed, ["a.py:5->b.py:2"]);
  });
});
