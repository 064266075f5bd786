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
function scenario(agentFiles: Record<string, string> = {}, baseFiles: Record<string, string> = {}) {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("app/users.py", BASE);
  for (const [path, text] of Object.entries(baseFiles)) author.write(path, text);
  author.commit("users");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  author.git("checkout", "-q", "-b", "agent/users");
  author.write("app/users.py", HEAD);
  for (const [path, text] of Object.entries(agentFiles)) author.write(path, text);
  author.commit("agent: query by name");
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
    { fix: "true", "github-token": TOKEN, "anthropic-api-key": API_KEY, labels: "security, bot", generator: "model", ...inputs },
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

/**
 * A hostile branch's "test": it looks for credentials everywhere a child process can look (its
 * environment, /proc/self/environ, its parent's command line and environment) and writes what it
 * found where the test can read it (LOOT_FILE, passed through test-env, which is how the test
 * knows test-env works too).
 */
const STEAL = [
  "import os",
  "found = []",
  "found.append('ENV ' + repr(dict(os.environ)))",
  "found.append('SELF ' + open('/proc/self/environ', 'rb').read().decode('latin1'))",
  "ppid = os.getppid()",
  "found.append('PARENT-CMDLINE ' + open(f'/proc/{ppid}/cmdline', 'rb').read().decode('latin1'))",
  "found.append('PARENT-ENV ' + open(f'/proc/{ppid}/environ', 'rb').read().decode('latin1'))",
  // Every ancestor's environment as it was started: the Action's own process among them.
  "pid, depth = ppid, 0",
  "while pid > 1:",
  "    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()",
  "    pid = int(fields[1])",
  "    depth += 1",
  "    try:",
  "        found.append(f'ANCESTOR-{depth}-ENV ' + open(f'/proc/{pid}/environ', 'rb').read().decode('latin1'))",
  "    except OSError:",
  "        pass",
  "open(os.environ['LOOT_FILE'], 'w').write('\\n'.join(found))",
  "print('\\n'.join(found))",
  "",
].join("\n");

describe("the fix step's test command cannot reach the credentials (dist/)", () => {
  test("a hostile test file finds no token, key or runner credential in its environment, its parent's or any ancestor's", async () => {
    const { ws } = scenario({ "tests/steal.py": STEAL });
    const loot = join(mkdtempSync(join(tmpdir(), "bandit-gate-loot-")), "loot.txt");
    const runnerSecrets = {
      GITHUB_TOKEN: "ghs_ENVtoken_aaaaaaaaaaaaaaaaaaaa",
      ACTIONS_RUNTIME_TOKEN: "runtime-SECRET-bbbbbbbbbbbbbbbb",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-SECRET-cccccccccccccccc",
      ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/SECRET-dddd",
      ANTHROPIC_API_KEY: "sk-ant-ENV-eeeeeeeeeeeeeeeeeeee",
      // A variable whose name is harmless but whose value is the token: dropped by value.
      BUILD_NOTE: `pushed with ${TOKEN}`,
    };
    messages.reply({ text: CLEAN });
    const run = await runAction(
      ws,
      "push",
      { ref: "refs/heads/agent/users", before: "0".repeat(40), repository: { default_branch: "main" } },
      { fix: "true", "github-token": TOKEN, "anthropic-api-key": API_KEY, "test-command": "python3 tests/steal.py", "test-env": "LOOT_FILE\nBUILD_NOTE" },
      { GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, GITHUB_REPOSITORY: "acme/shop", LOOT_FILE: loot, ...runnerSecrets },
    );
    assert.equal(run.code, 1, `${run.stdout}\n${run.stderr}`);
    const found = readFileSync(loot, "utf8");
    // It did run and did read all four places.
    for (const place of ["ENV ", "SELF ", "PARENT-CMDLINE ", "PARENT-ENV ", "ANCESTOR-1-ENV ", "ANCESTOR-2-ENV "]) assert.ok(found.includes(place), `the hostile test read ${place}`);
    // The Action's process is among the ancestors read: its variables are there by name, masked.
    assert.match(found, /INPUT_ANTHROPIC-API-KEY=\*+\0/, "the Action's own environment was read, and shows no value");
    assert.match(found, /PATH=/, "the allow-listed variables are there");
    for (const secret of [TOKEN, API_KEY, Buffer.from(`x-access-token:${TOKEN}`).toString("base64"), ...Object.values(runnerSecrets)]) {
      assert.ok(!found.includes(secret), `the hostile test found ${secret.slice(0, 12)}...`);
    }
    for (const place of found.split("\n").filter((l) => !l.startsWith("ANCESTOR-"))) {
      assert.doesNotMatch(place, /INPUT_|ACTIONS_|GITHUB_TOKEN|ANTHROPIC_/, "no input or credential variable by name in the test's own or its parent's environment");
    }
    assert.equal(run.outputs["pull-request-operation"], "created", "the fix still goes through");
    assert.match(run.stdout, /::warning::bandit-gate: fix: true runs the branch's code \(Bandit's scan of it, the branch's test-command\) in a job that holds the write token/);
    assertNoSecrets(run);
  });

  test("test-env naming a credential is refused before anything runs", async () => {
    const { ws } = scenario();
    const run = await gateWithFix(ws, [{ text: CLEAN }], { "test-command": "true", "test-env": "LOOT_FILE, INPUT_GITHUB-TOKEN\nACTIONS_RUNTIME_TOKEN" });
    // Inputs are checked before the gate runs: a usage error (exit 2), naming the input.
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stdout, /::error::bandit-gate: .*test-env: INPUT_GITHUB-TOKEN is never passed/);
    assert.match(run.stdout, /test-env: ACTIONS_RUNTIME_TOKEN is never passed/);
    assert.equal(messages.messageRequests.length, 0);
    assert.equal(github.pulls.length, 0);
  });
});

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
    assert.ok(!git(origin, "ls-tree", "-r", "--name-only", fixCommit).split("\n").includes(".github/bandit-gate/profile.yml"), "the profile stays in the Action's cache unless profile-path is set");
    assert.equal(git(ws, "status", "--porcelain"), "", "the workspace is left as checked out");

    const second = await gateWithFix(ws, [{ text: CLEAN }]);
    assert.equal(second.outputs["pull-request-operation"], "updated");
    assert.equal(second.outputs["pull-request-number"], "1");
    assert.equal(github.pulls.length, 1);
    assertNoSecrets(second);
  });

  test("improved is not fixed: its own output, a title that says so, and the regressions left in the body", async () => {
    const release = (name: string) => readFileSync(new URL(`../fixtures/fix/release.${name}.py`, import.meta.url), "utf8");
    const { ws } = scenario({ "app/release.py": release("head") }, { "app/release.py": release("base") });
    const half = fence('def release(conn: sqlite3.Connection, name):\n    subprocess.run(["git", "tag", name], check=True)\n    subprocess.run("git push origin " + name, shell=True, check=True)\n    return conn.execute("SELECT id FROM releases WHERE name = ?", (name,)).fetchone()\n');
    const run = await gateWithFix(ws, [{ text: half }, { text: half }, { text: CLEAN }], { "max-rounds": "2" });
    assert.equal(run.outputs["pull-request-operation"], "created", run.stdout);
    assert.deepEqual(JSON.parse(run.outputs["improved-functions"] ?? "[]"), ["app/release.py:release"]);
    assert.deepEqual(JSON.parse(run.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.deepEqual(JSON.parse(run.outputs["unfixed-functions"] ?? "[]"), []);
    const pr = github.pulls[0];
    assert.equal(pr?.title, "bandit-gate: fix security regressions in 1 function, improve 1 more on agent/users");
    assert.match(pr?.body ?? "", /### Improved, not fixed \(1\): safer, but the gate still fails on them/);
    assert.match(pr?.body ?? "", /`release` in `app\/release\.py` \| B602 \(HIGH\), B608 \(MEDIUM\) \| B602 \(HIGH\) \|/);
    assert.doesNotMatch(pr?.body ?? "", /\| Temperature \|/, "no temperature was sent, so no column claims one");
  });

  test("nothing fixed: no branch, no pull request, and the summary says so", async () => {
    const { origin, ws } = scenario();
    const run = await gateWithFix(ws, [{ text: STILL_INJECTABLE }, { text: STILL_INJECTABLE }, { text: STILL_INJECTABLE }]);
    assert.equal(run.code, 1);
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.deepEqual(JSON.parse(run.outputs["unfixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.equal(github.pulls.length, 0);
    assert.equal(git(origin, "branch", "--list", "bandit-gate/*").trim(), "");
    assert.match(run.summary, /No fix pull request: the fix loop fixed or improved no function/);
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
    assert.equal(github.pulls[0]?.state, "closed", "the old pull request does not linger with a stale fix");
    assert.equal(github.comments.length, 1);
    assert.equal(github.comments[0]?.issue, 1);
    assert.match(github.comments[0]?.body ?? "", /^Superseded by #2 \(https:\/\/github\.example\/acme\/shop\/pull\/2\)/);
    assert.equal(git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim(), human, "its branch is kept");
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
