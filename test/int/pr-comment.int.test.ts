import { afterAll, afterEach, beforeAll, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/github-server.js";
import { TempRepo, git } from "../helpers/repo.js";
import { PR_COMMENT_MARKER } from "../../src/core/report/pr-comment.js";

const SAFE = "import subprocess\n\n\ndef run(args):\n    return subprocess.run(args, check=True)\n";
const UNSAFE = SAFE.replace("check=True", "shell=True, check=True");
const TOKEN = "ghs_commentTOKEN0123456789";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));
beforeAll(() => assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)"));

let github: FakeGitHub;
beforeEach(async () => {
  github = await new FakeGitHub("acme", "shop").start();
});
afterEach(async () => github.stop());

/** origin with main and agent/feature (one regression), and a workspace checked out at the branch. */
function scenario() {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("svc/run.py", SAFE).commit("safe runner");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  author.git("checkout", "-q", "-b", "agent/feature");
  author.write("svc/run.py", UNSAFE).commit("agent: simplify runner");
  author.git("push", "-q", "origin", "agent/feature");
  const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
  const ws = join(parent, "ws");
  git(parent, "clone", "-q", "--branch", "agent/feature", `file://${origin}`, ws);
  /** A new push to the branch, then the workspace at it (as a new workflow run would see it). */
  const push = (content: string, message: string) => {
    author.write("svc/run.py", content).commit(message);
    author.git("push", "-q", "origin", "agent/feature");
    git(ws, "fetch", "-q", "origin");
    git(ws, "reset", "-q", "--hard", "origin/agent/feature");
  };
  return { ws, push };
}

const PR_EVENT = { pull_request: { number: 7, base: { ref: "main" }, head: { ref: "agent/feature" } }, repository: { default_branch: "main" } };
const gate = (ws: string, inputs: Record<string, string> = {}) =>
  runAction(ws, "pull_request", PR_EVENT, { comment: "true", "github-token": TOKEN, ...inputs }, {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_RUN_ID: "99",
    GITHUB_SERVER_URL: "https://github.example",
  });

describe("the sticky pull request comment (dist/, local GitHub API)", () => {
  test("created on failure with the summary table, updated in place on the next push, edited to 'no regressions' on a pass", async () => {
    const { ws, push } = scenario();
    const first = await gate(ws);
    assert.equal(first.code, 1, first.stdout);
    assert.equal(github.comments.length, 1);
    const comment = github.comments[0];
    assert.ok(comment?.body.startsWith(PR_COMMENT_MARKER));
    assert.match(comment?.body ?? "", /\| new \| `svc\/run\.py:5` in `run` \| B602/);
    assert.match(comment?.body ?? "", /https:\/\/github\.example\/acme\/shop\/actions\/runs\/99/);

    push(UNSAFE + "\n\ndef ev(x):\n    return eval(x)\n", "agent: add ev");
    const second = await gate(ws);
    assert.equal(second.code, 1);
    assert.equal(github.comments.length, 1, "one comment per pull request, not one per push");
    assert.match(github.comments[0]?.body ?? "", /B307/);
    assert.ok(github.requests.some((r) => r.method === "PATCH" && r.path === `/repos/acme/shop/issues/comments/${comment?.id}`));

    push(SAFE, "agent: fix it");
    const third = await gate(ws);
    assert.equal(third.code, 0, third.stdout);
    assert.equal(github.comments.length, 1);
    assert.match(github.comments[0]?.body ?? "", /^<!-- bandit-gate:pull-request-comment -->\n## bandit-gate: ✅ no regressions/);
    assert.doesNotMatch(github.comments[0]?.body ?? "", /B602/);
    assert.ok(!third.stdout.includes(TOKEN) || third.stdout.includes(`::add-mask::${TOKEN}`));
  });

  test("a pull request that passes from the start gets no comment", async () => {
    const { ws, push } = scenario();
    push(SAFE, "agent: never mind");
    const run = await gate(ws);
    assert.equal(run.code, 0);
    assert.equal(github.comments.length, 0);
  });

  test("a fork's pull request (read-only token): a notice, the verdict unchanged, nothing written", async () => {
    const { ws } = scenario();
    github.readOnly = true;
    const run = await gate(ws);
    assert.equal(run.code, 1, "the regression still fails the job, not the comment");
    assert.equal(github.comments.length, 0);
    assert.match(run.stdout, /::notice::bandit-gate: GitHub refused the pull request comment \(403\).*fork/);
    assert.doesNotMatch(run.stdout, /::error::.*comment/);
    assert.equal(run.outputs.regressions, "1");
  });

  test("a marker pasted into someone else's comment cannot stand in for the gate's: the gate writes its own", async () => {
    const { ws } = scenario();
    github.comments.push({ id: 1, issue: 7, user: "agent-bot", body: `${PR_COMMENT_MARKER}\n## bandit-gate: ✅ no regressions` });
    const run = await gate(ws);
    assert.equal(run.code, 1);
    assert.equal(github.comments.length, 2);
    assert.match(github.comments[1]?.body ?? "", /B602/);
    assert.equal(github.comments[1]?.user, "github-actions[bot]");
  });

  test("off by default, and on push events there is no pull request to comment on", async () => {
    const { ws } = scenario();
    const off = await gate(ws, { comment: "false" });
    assert.equal(off.code, 1);
    const push = await runAction(ws, "push", { ref: "refs/heads/agent/feature", repository: { default_branch: "main" } }, { comment: "true", "github-token": TOKEN }, { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: "acme/shop" });
    assert.equal(push.code, 1);
    assert.equal(github.requests.length, 0);
  });
});
