import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { addedByTheDiff, describeIntroducedIn, introducedIn, parsePorcelainBlame } from "../../src/core/gate/blame.js";
import type { Finding } from "../../src/core/gate/finding.js";
import { defsDecidingMoves } from "../../src/core/gate/compare.js";

// `git blame --porcelain --contents - ^<baseline> -- f` from git 2.x: line 1-2 older than the
// branch (boundary), line 3 from a branch commit, line 4 not committed yet.
const A = "954a149a48c3f2223d33ae492a040c42152022e8";
const B = "bee3292d4f98a7acee3dd5c121f6336d16e9d469";
const C = "c0ffee0000000000000000000000000000000001";
const PORCELAIN = [
  `${A} 1 1 2`, "author a", "committer-time 100", "summary one", "boundary", "filename f", "\ta",
  `${A} 2 2`, "\tb",
  `${B} 3 3 1`, "author a", "committer-time 200", "summary two: add c", `previous ${A} f`, "filename f", "\tc",
  `${"0".repeat(40)} 4 4 1`, "summary Version of f from standard input", `previous ${B} f`, "filename f", "\tz",
  `${C} 5 5 1`, "committer-time 150", "summary older branch commit", "filename f", "\tsummary boundary lookalike",
  "",
].join("\n");

test("porcelain blame: boundary, branch, uncommitted lines; a line's text never passes for a header", () => {
  const lines = parsePorcelainBlame(PORCELAIN);
  assert.equal(lines.length, 5);
  assert.deepEqual(lines[0], { commit: A, summary: "one", boundary: true, time: 100 });
  assert.deepEqual(lines[1], { commit: A, summary: "one", boundary: true, time: 100 });
  assert.deepEqual(lines[2], { commit: B, summary: "two: add c", boundary: false, time: 200 });
  assert.equal(lines[4]?.boundary, false);
});

test("a finding's commit is the latest of its lines' branch commits; uncommitted wins; old lines name none", () => {
  const lines = parsePorcelainBlame(PORCELAIN);
  assert.equal(introducedIn(lines, [1, 2]), undefined);
  assert.deepEqual(introducedIn(lines, [1, 3]), { commit: B, summary: "two: add c" });
  assert.deepEqual(introducedIn(lines, [3, 5]), { commit: B, summary: "two: add c" }, "B is later than C");
  assert.deepEqual(introducedIn(lines, [3, 4]), { commit: null, summary: "not committed yet" });
  assert.equal(describeIntroducedIn({ commit: B, summary: "agent: add export" }), "bee3292 agent: add export");
  assert.equal(describeIntroducedIn({ commit: null, summary: "not committed yet" }), "not committed yet");
});

test("one commit on the baseline: a finding is the commit's when any of its lines is an added line", () => {
  // -U0 hunks: lines 3-4 added, a pure deletion after line 6 (count 0), line 10 edited.
  const hunks = [
    { oldStart: 3, oldCount: 0, newStart: 3, newCount: 2 },
    { oldStart: 7, oldCount: 1, newStart: 6, newCount: 0 },
    { oldStart: 11, oldCount: 1, newStart: 10, newCount: 1 },
  ];
  assert.equal(addedByTheDiff(hunks, [4]), true);
  assert.equal(addedByTheDiff(hunks, [1, 2, 3]), true, "a multi-line finding with one added line");
  assert.equal(addedByTheDiff(hunks, [5]), false);
  assert.equal(addedByTheDiff(hunks, [6]), false, "a deletion adds no line");
  assert.equal(addedByTheDiff(hunks, [10]), true);
  assert.equal(addedByTheDiff([], [1]), false, "an unchanged file: older than the branch");
});

test("defs are read for both versions of every file with findings on either side, and no others", () => {
  const finding = (path: string): Finding => ({ path, line: 1, lineRange: [1], testId: "B602", testName: "x", severity: "HIGH", confidence: "HIGH", text: "" });
  const renamed = new Map([["new/name.py", "old/name.py"], ["same.py", "same.py"], ["quiet.py", "quiet.py"]]);
  const wanted = defsDecidingMoves([finding("new/name.py"), finding("added.py")], [finding("same.py"), finding("deleted.py")], renamed);
  assert.deepEqual([...wanted.head].sort(), ["added.py", "new/name.py", "same.py"]);
  assert.deepEqual([...wanted.base].sort(), ["deleted.py", "old/name.py", "same.py"]);
});
