/**
 * The learned security profile kept in the Action's cache (dist/, against the local stand-in of
 * GitHub's cache service, a local origin, a local GitHub API and a local Messages API): run 1
 * learns and saves it without committing it; run 2 on a fresh runner restores it and its prompt
 * ranks what run 1 learned first. `profile-path` (and the deprecated `profile`) commit it instead.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { CacheServer } from "../helpers/cache-server.js";
import { FakeGitHub } from "../helpers/github-server.js";
import { MessagesServer, type ScriptedReply } from "../helpers/messages-server.js";
import { TempRepo, git } from "../helpers/repo.js";
import { RULE_GUIDANCE } from "../../src/core/fix/security-rules.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");
const fence = (code: string) => `Here is the rewrite.\n\n\`\`\`python\n${code}\`\`\`\n`;
const CLEAN = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');
const STILL_INJECTABLE = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    sql = "SELECT id FROM users WHERE name = \'%s\'" % name\n    return conn.execute(sql).fetchone()\n');
const FIX_BRANCH = "bandit-gate/fix/agent/users";
const PROFILE = ".github/bandit-gate/profile.yml";
const PREFIX = "bandit-gate-profile-v1-acme_shop-";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));
beforeAll(() => assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)"));

let github: FakeGitHub;
let messages: MessagesServer;
let cache: CacheServer;
beforeEach(async () => {
  github = await new FakeGitHub("acme", "shop").start();
  messages = await new MessagesServer().start();
  cache = await new CacheServer().start();
});
afterEach(async () => {
  await github.stop();
  await messages.stop();
  await cache.stop();
});

/** origin (bare) with main and agent/users (a B608 regression in find_user), and a fresh checkout. */
function scenario() {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  cleanup.push(() => rmSync(origin, { recursive: true, force: true }));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("app/users.py", fixture("find_user.base.py")).commit("users");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  author.git("checkout", "-q", "-b", "agent/users");
  author.write("app/users.py", fixture("find_user.head.py")).commit("agent: query by name");
  author.git("push", "-q", "origin", "agent/users");
  return { origin, checkout: () => {
    const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
    cleanup.push(() => rmSync(parent, { recursive: true, force: true }));
    git(parent, "clone", "-q", "--branch", "agent/users", `file://${origin}`, join(parent, "ws"));
    return join(parent, "ws");
  } };
}

/** One job on a fresh runner: the same temp path every time (as on hosted runners), emptied first. */
async function job(ws: string, temp: string, runId: string, replies: ScriptedReply[], inputs: Record<string, string> = {}) {
  rmSync(temp, { recursive: true, force: true });
  messages.reply(...replies);
  return runAction(
    ws,
    "push",
    { ref: "refs/heads/agent/users", before: "0".repeat(40), repository: { default_branch: "main" } },
    { fix: "true", "github-token": "ghs_token", "anthropic-api-key": "sk-ant-key", generator: "model", "max-rounds": "2", ...inputs },
    { GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, GITHUB_REPOSITORY: "acme/shop", GITHUB_RUN_ID: runId, RUNNER_TEMP: temp, RUNNER_OS: "Linux", ...cache.env("v2") },
  );
}

const firstPriority = (prompt: string) => prompt.split("Security priorities (hard requirements):\n- ")[1]?.split("\n")[0];
const firstPrompt = (i: number) => ((messages.messageRequests[i]?.body.messages ?? []) as Array<{ content: string }>)[0]?.content ?? "";

describe("the learned profile in the Action's cache (dist/)", () => {
  test("run 1 saves what it learned, not in the PR; run 2 on a fresh runner restores it and ranks SQL first", async () => {
    const { origin, checkout } = scenario();
    const temp = mkdtempSync(join(tmpdir(), "bandit-gate-temp-"));
    cleanup.push(() => rmSync(temp, { recursive: true, force: true }));

    const first = await job(checkout(), temp, "101", [{ text: STILL_INJECTABLE }, { text: CLEAN }]);
    assert.equal(first.outputs["pull-request-operation"], "created", first.stdout + first.stderr);
    assert.equal(firstPriority(firstPrompt(0)), RULE_GUIDANCE.input_validation, "no profile yet: the defaults' ranking");
    assert.match(first.stdout, /No cached security profile yet: starting from the defaults/);
    assert.match(first.stdout, new RegExp(`Saved the security profile as ${PREFIX}101-1`));
    assert.equal(cache.saved(PREFIX).length, 1);
    const fixCommit = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.equal(git(origin, "ls-tree", "-r", "--name-only", fixCommit).split("\n").includes(PROFILE), false, "the profile is not committed");
    assert.match(github.pulls[0]?.body ?? "", /kept in the Action's cache, not in this PR \(set `profile-path` to commit it instead\)/);

    const asked = messages.messageRequests.length;
    const second = await job(checkout(), temp, "102", [{ text: CLEAN }]);
    assert.equal(second.outputs["pull-request-operation"], "updated", second.stdout + second.stderr);
    assert.match(second.stdout, new RegExp(`Restored the security profile cached by ${PREFIX}101-1`));
    assert.equal(firstPriority(firstPrompt(asked)), RULE_GUIDANCE.sql_injection_prevention, "run 1's learning ranks first in run 2's first prompt");
    assert.deepEqual(cache.saved(PREFIX).map((e) => e.key), [`${PREFIX}101-1`, `${PREFIX}102-1`], "each run saves under its own key");
  });

  test("profile-path commits the profile into the fix PR and uses no cache; the deprecated `profile` still works, with a warning", async () => {
    const { origin, checkout } = scenario();
    const temp = mkdtempSync(join(tmpdir(), "bandit-gate-temp-"));
    cleanup.push(() => rmSync(temp, { recursive: true, force: true }));

    const run = await job(checkout(), temp, "201", [{ text: STILL_INJECTABLE }, { text: CLEAN }], { "profile-path": "security/profile.yml" });
    assert.equal(run.outputs["pull-request-operation"], "created", run.stdout + run.stderr);
    const fixCommit = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.match(git(origin, "show", `${fixCommit}:security/profile.yml`), /sql_injection_prevention: 1\.35/);
    assert.equal(cache.saved(PREFIX).length, 0, "nothing in the cache");
    assert.match(github.pulls[0]?.body ?? "", /This PR carries the updated profile file \(`security\/profile\.yml`\)/);
    assert.doesNotMatch(run.stdout, /::warning::.*deprecated/);

    const legacy = await job(checkout(), temp, "202", [{ text: CLEAN }], { profile: PROFILE });
    assert.match(legacy.stdout, /::warning::bandit-gate: the input `profile` is deprecated; use `profile-path`/);
    const updated = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.match(git(origin, "show", `${updated}:${PROFILE}`), /weights:/);
    assert.equal(cache.saved(PREFIX).length, 0);
  });
});
