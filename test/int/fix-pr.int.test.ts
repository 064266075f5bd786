import { afterAll, afterEach, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction, type ActionRun } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/github-server.js";
import { MessagesServer, type ScriptedReply } from "../helpers/messages-server.js";
import { TempRepo, git } from "../helpers/repo.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");
const BASE = fixture("find_user.base.py");
const HEAD = fixture("find_user.head.py");
const fence = (code: string) => `Here is the rewrite.\n\n\`\`\`python\n${code}\`\`\`\n`;
const CLEAN = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');
const STILL_INJECTABLE = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    sql = "SELECT id FROM users WHERE name = \'%s\'" % name\n    return conn.execute(sql).fetchone()\n');

const TOKEN = "ghs_SECRETtoken0123456789abcdefXYZ";
const API_KEY = "sk-ant-SECRETkey-9876543210";
const FIX_BRANCH = "bandit-gate/fix/agent/users";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

let github: FakeGitHub;
let messages: MessagesServer;
beforeEach(async () => {
  github = await new FakeGitHub("acme", "shop").start();
  messages = await new MessagesServer().start();
});
afterEach(async () => {
  await github.stop();
  await messages.stop();
});

/** origin (bare) with main and agent/users (a B608 regression in find_user), and a checkout of it. */
function scenario() {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("app/users.py", BASE).commit("users");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  author.git("checkout", "-q", "-b", "agent/users");
  author.write("app/users.py", HEAD).commit("agent: query by name");
  author.git("push", "-q", "origin", "agent/users");
  const agentHead = author.git("rev-parse", "HEAD").trim();
  const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
  const ws = join(parent, "ws");
  git(parent, "clone", "-q", "--branch", "agent/users", `file://${origin}`, ws);
  return { origin, ws, agentHead, author };
}

async function gateWithFix(ws: string, replies: ScriptedReply[], inputs: Record<string, string> = {}): Promise<ActionRun> {
  messages.reply(...replies);
  return runAction(
    ws,
    "push",
    { ref: "refs/heads/agent/users", before: "0".repeat(40), repository: { default_branch: "main" } },
    { fix: "true", "github-token": TOKEN, "anthropic-api-key": API_KEY, labels: "security, bot", ...inputs },
    { GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, GITHUB_REPOSITORY: "acme/shop", GITHUB_RUN_ID: "42", GITHUB_SERVER_URL: "https://github.example" },
  );
}

/**
 * No secret in anything a person can read. `::add-mask::` lines are the exception that proves
 * it: the runner consumes them (never shows them) and masks the value everywhere after.
 */
function assertNoSecrets(run: ActionRun): void {
  const visible = (text: string) => text.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");
  for (const secret of [TOKEN, API_KEY, Buffer.from(`x-access-token:${TOKEN}`).toString("base64")]) {
    for (const [name, text] of [["stdout", visible(run.stdout)], ["stderr", run.stderr], ["summary", run.summary]] as const) {
      assert.ok(!text.includes(secret), `a secret reached ${name}`);
    }
  }
  assert.ok(run.stdout.includes(`::add-mask::${TOKEN}`), "the token is registered for masking");
}

describe("the Action's fix step (dist/, local origin, local GitHub API, local Messages API)", () => {
  test("a fix pull request is created into the agent branch; a second run updates it; the agent branch is untouched", async () => {
    const { origin, ws, agentHead } = scenario();
    const first = await gateWithFix(ws, [{ text: CLEAN }]);
    assert.equal(first.code, 1, `${first.stdout}\n${first.stderr}`);
    assert.equal(first.outputs["pull-request-operation"], "created");
    assert.equal(first.outputs["pull-request-number"], "1");
    assert.deepEqual(JSON.parse(first.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assertNoSecrets(first);

    const pr = github.pulls[0];
    assert.equal(pr?.base, "agent/users");
    assert.equal(pr?.head, FIX_BRANCH);
    assert.deepEqual(pr?.labels, ["security", "bot"]);
    assert.match(pr?.body ?? "", /### Fixed \(1\)/);
    assert.match(pr?.body ?? "", /`find_user` in `app\/users\.py` \| B608 \(MEDIUM\)/);
    assert.match(pr?.body ?? "", /https:\/\/github\.example\/acme\/shop\/actions\/runs\/42/);
    assert.ok((pr?.body ?? "").length < 65_536);
    assert.match(first.summary, /Fix pull request created/);
    assert.equal(github.requests.find((r) => r.method === "POST")?.authorization, `token ${TOKEN}`);

    assert.equal(git(origin, "rev-parse", "refs/heads/agent/users").trim(), agentHead, "the agent branch is never modified");
    const fixCommit = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.equal(git(origin, "rev-parse", `${fixCommit}^`).trim(), agentHead, "one commit on top of the gated head");
    assert.match(git(origin, "log", "-1", "--format=%an <%ae>%n%B", fixCommit), /^bandit-gate\[bot\] <bandit-gate@users\.noreply\.github\.com>[\s\S]*Generated-by: bandit-gate/);
    assert.match(git(origin, "show", `${fixCommit}:app/users.py`), /WHERE name = \?", \(name,\)/);
    assert.match(git(origin, "show", `${fixCommit}:.github/bandit-gate/profile.yml`), /sql_injection_prevention/);
    assert.equal(git(ws, "status", "--porcelain"), "", "the workspace is left as checked out");

    const second = await gateWithFix(ws, [{ text: CLEAN }]);
    assert.equal(second.outputs["pull-request-operation"], "updated");
    assert.equal(second.outputs["pull-request-number"], "1");
    assert.equal(github.pulls.length, 1);
    assertNoSecrets(second);
  });

  test("nothing fixed: no branch, no pull request, and the summary says so", async () => {
    const { origin, ws } = scenario();
    const run = await gateWithFix(ws, [{ text: STILL_INJECTABLE }, { text: STILL_INJECTABLE }, { text: STILL_INJECTABLE }]);
    assert.equal(run.code, 1);
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.deepEqual(JSON.parse(run.outputs["unfixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.equal(github.pulls.length, 0);
    assert.equal(git(origin, "branch", "--list", "bandit-gate/*").trim(), "");
    assert.match(run.summary, /No fix pull request: the fix loop fixed no function/);
  });

  test("commits someone else added to the fix branch are preserved: a suffixed branch is used", async () => {
    const { origin, ws, author } = scenario();
    await gateWithFix(ws, [{ text: CLEAN }]);
    author.git("fetch", "-q", "origin", `${FIX_BRANCH}:refs/heads/human-edit`);
    author.git("checkout", "-q", "human-edit");
    author.write("NOTES.md", "reviewed by a human\n").commit("human: notes");
    author.git("push", "-q", "origin", `human-edit:refs/heads/${FIX_BRANCH}`);
    const human = author.git("rev-parse", "HEAD").trim();

    const run = await gateWithFix(ws, [{ text: CLEAN }]);
    assert.equal(run.outputs["pull-request-operation"], "created", run.stdout);
    assert.equal(git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim(), human, "the human's commit is intact");
    assert.ok(git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}-2`).trim());
    assert.equal(github.pulls[1]?.head, `${FIX_BRANCH}-2`);
  });

  test("403 on pull-request creation: one clear message naming the permissions and the setting", async () => {
    const { ws } = scenario();
    github.refuseCreate = true;
    const run = await gateWithFix(ws, [{ text: CLEAN }]);
    assert.equal(run.code, 1);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::bandit-gate fix step"));
    assert.equal(errors.length, 1, run.stdout);
    assert.match(errors[0] ?? "", /pull-requests: write/);
    assert.match(errors[0] ?? "", /Allow GitHub Actions to create and approve pull requests/);
    assertNoSecrets(run);
  });

  test("no API key (a fork's push): the fix step is skipped with a notice, the verdict unchanged", async () => {
    const { ws } = scenario();
    const run = await gateWithFix(ws, [], { "anthropic-api-key": "" });
    assert.equal(run.code, 1);
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.match(run.stdout, /::notice::bandit-gate: no Anthropic API key/);
    assert.equal(messages.messageRequests.length, 0);
  });

  test("a push to a fix branch never runs the fix step", async () => {
    const { ws } = scenario();
    messages.reply({ text: CLEAN });
    const run = await runAction(
      ws,
      "push",
      { ref: `refs/heads/${FIX_BRANCH}`, repository: { default_branch: "main" } },
      { fix: "true", branches: "agent/**\nbandit-gate/fix/**", "github-token": TOKEN, "anthropic-api-key": API_KEY },
      { GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, GITHUB_REPOSITORY: "acme/shop" },
    );
    assert.equal(run.code, 1);
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.match(run.summary, /own fix branches, which it never fixes/);
    assert.equal(messages.messageRequests.length, 0);
  });
});
