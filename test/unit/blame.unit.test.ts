import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { describeIntroducedIn, introducedIn, parsePorcelainBlame } from "../../src/core/gate/blame.js";

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
