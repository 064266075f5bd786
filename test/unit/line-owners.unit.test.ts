import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { linearBranch, parseBranchCommits, parseBranchPatches, replayLineOwners } from "../../src/core/gate/line-owners.js";
import type { BlamedLine } from "../../src/core/gate/blame.js";
import { introducedIn } from "../../src/core/gate/blame.js";

const BASE = "b".repeat(40);
const C1 = "1".repeat(40);
const C2 = "2".repeat(40);
const C3 = "3".repeat(40);

/** `git log -z --boundary --format=%m %H %P%n%ct%n%B` for base <- c1 <- c2 <- c3, newest first. */
function commitsOutput(ids: string[], parentOf: (i: number) => string[] = (i) => [i === 0 ? BASE : (ids[i - 1] as string)]): string {
  const records = ids.map((id, i) => `> ${id} ${parentOf(i).join(" ")}\n${100 + i}\nsubject ${i + 1}\n\nbody of ${i + 1}\n`).reverse();
  records.push(`- ${BASE} \n50\nbaseline subject\n`);
  return records.join("\0") + "\0";
}

function branchOf(ids: string[]) {
  const logged = parseBranchCommits(commitsOutput(ids));
  assert.ok(logged);
  const branch = linearBranch(logged, BASE);
  assert.ok(branch);
  return branch;
}

/** `git log --reverse -p -U0 --format=%x00%H`: one commit's marker and patch text. */
const commit = (id: string, ...files: string[]) => `\0${id}\n\n${files.join("")}`;
const modify = (path: string, body: string) => `diff --git a/${path} b/${path}\nindex 1111111..2222222 100644\n--- a/${path}\n+++ b/${path}\n${body}`;
const create = (path: string, body: string) => `diff --git a/${path} b/${path}\nnew file mode 100644\nindex 0000000..2222222\n--- /dev/null\n+++ b/${path}\n${body}`;

/** Owners as letters: B for the baseline, 1..3 for the branch's commits. */
function owners(lines: readonly BlamedLine[] | undefined): string {
  assert.ok(lines, "the file was answered for");
  return lines.map((l) => (l.boundary ? "B" : l.commit[0])).join("");
}

function replay(ids: string[], patches: string, wanted: Record<string, number>) {
  const parsed = parseBranchPatches(patches);
  assert.ok(parsed, "the patches parse");
  return replayLineOwners(branchOf(ids), parsed, new Map(Object.entries(wanted)));
}

describe("replaying a linear branch's patches gives blame's line owners", () => {
  test("an insert above an earlier insert shifts it; the baseline's lines stay boundary, to the end of the file", () => {
    const log =
      commit(C1, modify("app/a.py", "@@ -3,0 +4,2 @@ def f():\n+    x = 1\n+    y = 2\n")) +
      commit(C2, modify("app/a.py", "@@ -0,0 +1 @@\n+import os\n"));
    const result = replay([C1, C2], log, { "app/a.py": 9 });
    assert.equal(owners(result.get("app/a.py")), "2BBB11BBB");
    const line = result.get("app/a.py")?.[4];
    assert.deepEqual(line, { commit: C1, summary: "subject 1", boundary: false, time: 100 });
    assert.deepEqual(result.get("app/a.py")?.[0], { commit: C2, summary: "subject 2", boundary: false, time: 101 });
    assert.deepEqual(result.get("app/a.py")?.[8], { commit: BASE, summary: "baseline subject", boundary: true, time: 50 });
  });

  test("a delete and a replacement: removed owners go, replaced lines become the later commit's", () => {
    const log =
      commit(C1, modify("a.py", "@@ -2,0 +3,3 @@\n+a\n+b\n+c\n")) +
      // Delete the baseline's line 1 and the first of C1's lines (now line 2).
      commit(C2, modify("a.py", "@@ -1 +0,0 @@\n-old\n@@ -3 +1,0 @@\n-a\n")) +
      // Replace C1's two lines left (lines 2-3) by one line; insert two after old line 5.
      commit(C3, modify("a.py", "@@ -2,2 +2 @@\n-b\n--- a/not-a-header\n+new\n@@ -5,0 +5,2 @@\n+x\n+y\n"));
    // After C2: B(old 2) 1(b) 1(c) B B ...; after C3: B 3 B B 3 3 B.
    const result = replay([C1, C2, C3], log, { "a.py": 7 });
    assert.equal(owners(result.get("a.py")), "B3BB33B");
  });

  test("a file added in the branch starts empty (hunk at line 0) and must end at its real length", () => {
    const log = commit(C1, create("n.py", "@@ -0,0 +1,3 @@\n+a\n+b\n+c\n")) + commit(C2, modify("n.py", "@@ -1,0 +2 @@\n+x\n"));
    assert.equal(owners(replay([C1, C2], log, { "n.py": 4 }).get("n.py")), "1211");
    // A length that disagrees with the replay (say the content read was another version): blame it.
    assert.equal(replay([C1, C2], log, { "n.py": 5 }).has("n.py"), false);
    assert.equal(replay([C1, C2], log, { "n.py": 3 }).has("n.py"), false);
  });

  test("a rename with edits carries the owners to the new path; the old path is gone", () => {
    const log =
      commit(C1, modify("old.py", "@@ -1,0 +2 @@\n+one\n")) +
      commit(C2, "diff --git a/old.py b/sub dir/new.py\nsimilarity index 80%\nrename from old.py\nrename to sub dir/new.py\nindex 1..2 100644\n--- a/old.py\n+++ b/sub dir/new.py\t\n@@ -3 +3 @@\n-x\n+y\n");
    const result = replay([C1, C2], log, { "sub dir/new.py": 4, "old.py": 4 });
    assert.equal(owners(result.get("sub dir/new.py")), "B12B");
    // old.py was not in the branch's head: as far as the replay knows it is the baseline's.
    assert.equal(owners(result.get("old.py")), "BBBB");
  });

  test("a pure rename (no hunks, names only in the rename lines) and several files in one commit", () => {
    const log =
      commit(C1, create("x.py", "@@ -0,0 +1,2 @@\n+a\n+b\n"), modify("y.py", "@@ -1 +1 @@\n-q\n+r\n"), create("empty.py", "")) +
      commit(C2, "diff --git a/x.py b/z.py\nsimilarity index 100%\nrename from x.py\nrename to z.py\n", "diff --git a/y.py b/y.py\nold mode 100644\nnew mode 100755\n");
    const result = replay([C1, C2], log, { "z.py": 2, "y.py": 3, "empty.py": 0, "x.py": 2 });
    assert.equal(owners(result.get("z.py")), "11");
    assert.equal(owners(result.get("y.py")), "1BB");
    assert.equal(owners(result.get("empty.py")), "");
    assert.equal(owners(result.get("x.py")), "BB", "x.py is not the branch's any more");
  });

  test("a file deleted and added again starts afresh; a swap of two names in one commit reads the old state", () => {
    const log =
      commit(C1, modify("a.py", "@@ -1 +1 @@\n-q\n+r\n"), modify("b.py", "@@ -0,0 +1 @@\n+top\n")) +
      commit(C2, "diff --git a/a.py b/a.py\ndeleted file mode 100644\nindex 1..0\n--- a/a.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-r\n-s\n") +
      commit(
        C3,
        create("a.py", "@@ -0,0 +1,2 @@\n+new\n+new\n"),
        "diff --git a/b.py b/c.py\nsimilarity index 90%\nrename from b.py\nrename to c.py\n",
      );
    const result = replay([C1, C2, C3], log, { "a.py": 2, "c.py": 3 });
    assert.equal(owners(result.get("a.py")), "33");
    assert.equal(owners(result.get("c.py")), "1BB");
  });

  test("what the replay gives is what introducedIn reads: the latest branch commit of a finding's lines", () => {
    const log = commit(C1, modify("a.py", "@@ -1,0 +2 @@\n+x\n")) + commit(C2, modify("a.py", "@@ -3,0 +4 @@\n+y\n"));
    const lines = replay([C1, C2], log, { "a.py": 5 }).get("a.py") ?? [];
    assert.deepEqual(introducedIn(lines, [2, 3, 4]), { commit: C2, summary: "subject 2" });
    assert.deepEqual(introducedIn(lines, [2]), { commit: C1, summary: "subject 1" });
    assert.equal(introducedIn(lines, [1, 3, 5]), undefined);
  });
});

describe("what the replay refuses to guess (those files are blamed)", () => {
  test("a binary patch leaves its file, and what it is renamed to, to blame", () => {
    const log =
      commit(C1, "diff --git a/a.py b/a.py\nindex 1..2 100644\nBinary files a/a.py and b/a.py differ\n", modify("b.py", "@@ -0,0 +1 @@\n+x\n")) +
      commit(C2, "diff --git a/a.py b/c.py\nsimilarity index 100%\nrename from a.py\nrename to c.py\n");
    const result = replay([C1, C2], log, { "c.py": 3, "b.py": 2 });
    assert.equal(result.has("c.py"), false);
    assert.equal(owners(result.get("b.py")), "1B");
  });

  test("hunk lines that do not add up, or a header that is not a patch, fail the whole log", () => {
    assert.equal(parseBranchPatches(commit(C1, modify("a.py", "@@ -1,2 +1 @@\n-q\n+r\n"))), undefined);
    assert.equal(parseBranchPatches(commit(C1, modify("a.py", "@@ -1 +1 @@\n-q\n+r\n+extra\n"))), undefined);
    assert.equal(parseBranchPatches(commit(C1, "something else\n")), undefined);
    assert.equal(parseBranchPatches(`stray\n${commit(C1)}`), undefined);
  });

  test("content that looks like headers or markers stays content", () => {
    const log = commit(C1, modify("a.py", "@@ -0,0 +1,3 @@\n+diff --git a/x b/x\n+\0" + C2 + "\n+@@ -1 +1 @@\n"));
    const parsed = parseBranchPatches(log);
    assert.equal(parsed?.length, 1);
    assert.equal(parsed?.[0]?.files.length, 1);
    assert.deepEqual(parsed?.[0]?.files[0]?.hunks, [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: 3 }]);
  });

  test("a hunk that reaches past a new file's end, or hunks out of order, leave the file to blame", () => {
    const log = commit(C1, create("n.py", "@@ -0,0 +1 @@\n+a\n")) + commit(C2, modify("n.py", "@@ -2 +2 @@\n-b\n+c\n"));
    assert.equal(replay([C1, C2], log, { "n.py": 2 }).has("n.py"), false);
    const unordered = commit(C1, modify("a.py", "@@ -5 +5 @@\n-q\n+r\n@@ -2 +2 @@\n-q\n+r\n"));
    assert.equal(replay([C1], unordered, { "a.py": 6 }).has("a.py"), false);
  });

  test("a name git could only print quoted as bytes that are not UTF-8 is not matched to any file; a quoted tab is", () => {
    const log =
      commit(C1, 'diff --git "a/caf\\351.py" "b/caf\\351.py"\nindex 1..2 100644\n--- "a/caf\\351.py"\n+++ "b/caf\\351.py"\n@@ -0,0 +1 @@\n+x\n') +
      commit(C2, 'diff --git "a/t\\tab.py" "b/t\\tab.py"\nindex 1..2 100644\n--- "a/t\\tab.py"\n+++ "b/t\\tab.py"\n@@ -0,0 +1 @@\n+x\n');
    const result = replay([C1, C2], log, { "caf\uFFFD.py": 2, "t\tab.py": 2 });
    assert.equal(result.has("caf\uFFFD.py"), false);
    assert.equal(owners(result.get("t\tab.py")), "2B");
  });

  test("a merge anywhere, a baseline that is not the branch's root, or patches of other commits: no replay", () => {
    const merged = parseBranchCommits(commitsOutput([C1, C2], (i) => (i === 0 ? [BASE] : [C1, "f".repeat(40)])));
    assert.ok(merged);
    assert.equal(linearBranch(merged, BASE), undefined);
    const logged = parseBranchCommits(commitsOutput([C1, C2]));
    assert.ok(logged);
    assert.equal(linearBranch(logged, "e".repeat(40)), undefined);
    const skipping = parseBranchCommits(commitsOutput([C1, C2], (i) => [i === 0 ? BASE : BASE]));
    assert.ok(skipping);
    assert.equal(linearBranch(skipping, BASE), undefined, "C2's parent is not C1: not one line");
    const wrong = parseBranchPatches(commit(C2, modify("a.py", "@@ -0,0 +1 @@\n+x\n")) + commit(C1));
    assert.ok(wrong);
    assert.equal(replayLineOwners(branchOf([C1, C2]), wrong, new Map([["a.py", 2]])).size, 0);
  });
});
