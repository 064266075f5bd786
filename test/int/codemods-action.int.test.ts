import { afterAll, afterEach, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/github-server.js";
import { MessagesServer } from "../helpers/messages-server.js";
import { TempRepo, git } from "../helpers/repo.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");
const TOKEN = "ghs_SECRETtoken0123456789abcdefXYZ";
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

/** origin (bare) with main and agent/users holding `head` in app/users.py, and a checkout of the agent branch. */
function scenario(base: string, head: string, extra: Record<string, string> = {}) {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("app/users.py", base);
  for (const [path, text] of Object.entries(extra)) author.write(path, text);
  author.commit("users");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  author.git("checkout", "-q", "-b", "agent/users");
  author.write("app/users.py", head).commit("agent: query by name");
  author.git("push", "-q", "origin", "agent/users");
  const agentHead = author.git("rev-parse", "HEAD").trim();
  const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
  const ws = join(parent, "ws");
  git(parent, "clone", "-q", "--branch", "agent/users", `file://${origin}`, ws);
  return { origin, ws, agentHead };
}

function push(ws: string, inputs: Record<string, string>) {
  return runAction(
    ws,
    "push",
    { ref: "refs/heads/agent/users", before: "0".repeat(40), repository: { default_branch: "main" } },
    { fix: "true", "github-token": TOKEN, "anthropic-api-key": "", ...inputs },
    { GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, ANTHROPIC_API_KEY: "", GITHUB_REPOSITORY: "acme/shop", GITHUB_RUN_ID: "7" },
  );
}

describe("the Action's fix pull request with no API key (dist/, local origin, local GitHub API)", () => {
  test("generator auto (the default) without a key: the codemods fix the regression and the PR says a codemod did", async () => {
    const { origin, ws, agentHead } = scenario(fixture("find_user.base.py"), fixture("find_user.head.py"));
    const run = await push(ws, {});
    assert.equal(run.code, 1, "the gate's verdict stands");
    assert.match(run.stdout, /::notice::bandit-gate: no Anthropic API key .*codemods alone/);
    assert.equal(run.outputs["pull-request-operation"], "created", run.stdout);
    assert.deepEqual(JSON.parse(run.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.equal(messages.messageRequests.length, 0, "no model was asked");
    const body = github.pulls[0]?.body ?? "";
    assert.match(body, /\| Fixed by \|/);
    assert.match(body, /`find_user` in `app\/users\.py` \| B608 \(MEDIUM\) \| none \| codemod \(sql-parameters\) \|/);
    assert.match(body, /rewritten by a deterministic codemod or by a language model/);
    const fixCommit = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.equal(git(origin, "rev-parse", `${fixCommit}^`).trim(), agentHead);
    assert.match(git(origin, "show", `${fixCommit}:app/users.py`), /WHERE name = \?"\n    return conn\.execute\(query, \(name,\)\)/);
    assert.equal(git(origin, "rev-parse", "refs/heads/agent/users").trim(), agentHead, "the agent branch is never modified");
  });

  test("generator codemod with a test command: a wrong codemod is rejected by the tests and no pull request is opened", async () => {
    const base = "import hashlib\n\n\ndef find_user(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n";
    const head = "import hashlib\n\n\ndef find_user(data: bytes) -> str:\n    return hashlib.md5(data).hexdigest()\n";
    // Stored fingerprints are md5 digests (the test is on main already, not part of the agent's change).
    const testFile = 'import sys\nsys.path.insert(0, "app")\nfrom users import find_user\nassert find_user(b"abc") == "900150983cd24fb0d6963f7d28e17f72"\n';
    const { origin, ws } = scenario(base, head, { "check_users.py": testFile });
    const run = await push(ws, { generator: "codemod", "test-command": "python3 check_users.py" });
    assert.equal(run.code, 1);
    assert.equal(run.outputs["pull-request-operation"], "none", run.stdout);
    assert.deepEqual(JSON.parse(run.outputs["unfixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.equal(github.pulls.length, 0);
    assert.equal(git(origin, "branch", "--list", "bandit-gate/*").trim(), "");
  });

  test("generator model without a key: skipped with a notice, as before", async () => {
    const { ws } = scenario(fixture("find_user.base.py"), fixture("find_user.head.py"));
    const run = await push(ws, { generator: "model" });
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.match(run.stdout, /::notice::bandit-gate: no Anthropic API key \(secrets are not given to forks\): the fix step is skipped/);
  });
});
