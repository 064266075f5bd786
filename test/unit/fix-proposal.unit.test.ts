import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkProposalPatch, parseFilePatch, readProposal, spanAfter, spanHoldsFunction, type FunctionClaim } from "../../src/core/fix/proposal.js";

const BEFORE = [
  "import sqlite3",
  "",
  "",
  "@cached",
  "def find_user(",
  "    conn: sqlite3.Connection,",
  "    name,",
  "):",
  "    query = \"SELECT id FROM users WHERE name = '\" + name + \"'\"",
  "    return conn.execute(query).fetchone()",
  "",
  "",
  "def count_users(conn):",
  '    return conn.execute("SELECT count(*) FROM users").fetchone()[0]',
  "",
].join("\n");

const AFTER = [
  "import sqlite3",
  "from shlex import quote",
  "",
  "",
  "@cached",
  "def find_user(",
  "    conn: sqlite3.Connection,",
  "    name,",
  "):",
  '    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()',
  "",
  "",
  "def count_users(conn):",
  '    return conn.execute("SELECT count(*) FROM users").fetchone()[0]',
  "",
].join("\n");

// As `git diff` writes it for BEFORE -> AFTER.
const PATCH = [
  "diff --git a/app/users.py b/app/users.py",
  "index 1111111..2222222 100644",
  "--- a/app/users.py",
  "+++ b/app/users.py",
  "@@ -1,4 +1,5 @@",
  " import sqlite3",
  "+from shlex import quote",
  " ",
  " ",
  " @cached",
  "@@ -6,7 +7,6 @@ def find_user(",
  "     conn: sqlite3.Connection,",
  "     name,",
  " ):",
  "-    query = \"SELECT id FROM users WHERE name = '\" + name + \"'\"",
  "-    return conn.execute(query).fetchone()",
  '+    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()',
  " ",
  " ",
  "",
].join("\n");

const CLAIM: FunctionClaim = { path: "app/users.py", qualname: "find_user", before: { start: 4, end: 10 }, after: { start: 5, end: 10 } };
const texts = (before: string, after: string) => [new Map([["app/users.py", before]]), new Map([["app/users.py", after]])] as const;

describe("a fix proposal's patch, checked without running anything", () => {
  test("the honest patch passes: a black-style header, a decorator and an added import line are no alarm", () => {
    assert.deepEqual(checkProposalPatch(PATCH, [CLAIM], ...texts(BEFORE, AFTER)), []);
  });

  test("the span after the fix is read off the patch: moved by the import above, shortened by the rewrite", () => {
    const { files, problems } = parseFilePatch(PATCH);
    assert.deepEqual(problems, []);
    assert.deepEqual(spanAfter(files[0], CLAIM.before), CLAIM.after);
    assert.deepEqual(spanAfter(files[0], { start: 13, end: 14 }), { start: 13, end: 14 }, "a function below moves by +1 - 1");
  });

  test("a changed line outside every claimed function is refused, naming the hunk and the line", () => {
    const hostile = PATCH.replace("+from shlex import quote", "+import os; os.system('id')");
    const problems = checkProposalPatch(hostile, [CLAIM], ...texts(BEFORE, AFTER.replace("from shlex import quote", "import os; os.system('id')")));
    assert.deepEqual(problems, [`app/users.py: hunk @@ -1,4 +1,5 @@ changes line 2 (after the fix), outside every function the proposal claims: "import os; os.system('id')"`]);
  });

  test("a claim that is not the named function, on either side, is refused", () => {
    const renamed = { ...CLAIM, qualname: "Users.lookup" };
    assert.match(checkProposalPatch(PATCH, [renamed], ...texts(BEFORE, AFTER)).join("\n"), /the claimed Users\.lookup \(before the fix\) does not hold up: no `def lookup`/);
    // Widening a claim over the next function: its `def` is at the first function's indentation.
    const widened = { ...CLAIM, after: { start: 5, end: 14 } };
    assert.match(checkProposalPatch(PATCH, [widened], ...texts(BEFORE, AFTER)).join("\n"), /\(after the fix\) does not hold up: line 13 is outside find_user's body/);
  });

  test("spanHoldsFunction: methods, async defs and comments at column 0 inside the body pass; a string at column 0 is refused", () => {
    const method = ["class Users:", "    async def find(self):", "# a note", "        return 1", ""].join("\n");
    assert.equal(spanHoldsFunction(method, { start: 2, end: 4 }, "Users.find"), undefined);
    const docstring = ["def f():", '    """Text', "at column 0", '    """', ""].join("\n");
    assert.match(spanHoldsFunction(docstring, { start: 1, end: 4 }, "f") ?? "", /line 3 is outside f's body/);
    assert.match(spanHoldsFunction(method, { start: 2, end: 9 }, "Users.find") ?? "", /not in the file/);
  });

  test("new, deleted, renamed and mode-changed files, and non-.py files, are refused", () => {
    const added = ["diff --git a/x.py b/x.py", "new file mode 100644", "--- /dev/null", "+++ b/x.py", "@@ -0,0 +1 @@", "+print(1)", ""].join("\n");
    assert.match(parseFilePatch(added).problems.join("\n"), /x\.py: the patch does more than modify lines in place \(new file mode 100644\)/);
    const renamed = ["diff --git a/a.py b/b.py", "similarity index 100%", "rename from a.py", "rename to b.py", ""].join("\n");
    assert.match(parseFilePatch(renamed).problems.join("\n"), /unsupported file header: diff --git a\/a\.py b\/b\.py/);
    const mode = ["diff --git a/a.py b/a.py", "old mode 100644", "new mode 100755", ""].join("\n");
    assert.match(parseFilePatch(mode).problems.join("\n"), /a\.py: the patch does more than modify lines in place \(old mode 100644\)/);
    const workflow = PATCH.replaceAll("app/users.py", ".github/workflows/ci.yml");
    assert.match(checkProposalPatch(workflow, [], new Map(), new Map()).join("\n"), /\.github\/workflows\/ci\.yml: the patch may only change \.py files/);
  });

  test("a hunk longer than its header says is refused (a header that hides lines from the check)", () => {
    const smuggled = PATCH.replace("@@ -1,4 +1,5 @@", "@@ -1,4 +1,4 @@");
    assert.match(parseFilePatch(smuggled).problems.join("\n"), /hunk @@ -1,4 \+1,4 @@ (has more lines than its header says|ends before)/);
  });

  test("the proposal must be for the gated commit and branch, and claim exactly the record's changed functions", () => {
    const record = { functions: [{ path: "app/users.py", qualname: "find_user", status: "fixed" }, { path: "app/users.py", qualname: "count_users", status: "unfixed" }] };
    const proposal = { schema: "bandit-gate/fix-proposal", schema_version: 1, head_sha: "a".repeat(40), agent_branch: "agent/x", functions: [CLAIM], title: "t", body: "b", record };
    const expected = { headSha: "a".repeat(40), agentBranch: "agent/x" };
    assert.deepEqual(readProposal(JSON.stringify(proposal), expected).problems, []);
    const other = readProposal(JSON.stringify({ ...proposal, head_sha: "b".repeat(40), agent_branch: "main" }), expected).problems;
    assert.equal(other.length, 2);
    assert.match(other[0] ?? "", /is for commit b{40}, not the gated commit a{40}/);
    const extra = readProposal(JSON.stringify({ ...proposal, functions: [CLAIM, { ...CLAIM, qualname: "count_users" }] }), expected).problems;
    assert.match(extra.join("\n"), /the claimed functions \(app\/users\.py:count_users, app\/users\.py:find_user\) are not the record's fixed and improved ones \(app\/users\.py:find_user\)/);
    assert.match(readProposal("{", expected).problems.join(""), /not JSON/);
  });
});
