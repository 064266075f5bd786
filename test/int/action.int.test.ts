import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { TempRepo, git } from "../helpers/repo.js";

const ZEROS = "0".repeat(40);
const SAFE = "import subprocess\n\n\ndef run(args):\n    return subprocess.run(args, check=True)\n";
const UNSAFE = "import subprocess\n\n\ndef run(args):\n    return subprocess.run(args, shell=True, check=True)\n";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

/** A bare `origin` with main (optionally `mainCommits` long) and agent/feature adding a regression. */
function originWithAgentBranch(options: { agentCommits?: number } = {}) {
  const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
  git(origin, "init", "-q", "--bare", "-b", "main");
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("svc/run.py", SAFE).commit("safe runner");
  author.git("remote", "add", "origin", origin);
  author.git("push", "-q", "origin", "main");
  const forkPoint = author.git("rev-parse", "HEAD").trim();
  author.git("checkout", "-q", "-b", "agent/feature");
  author.write("svc/run.py", UNSAFE).commit("agent: simplify runner");
  for (let i = 0; i < (options.agentCommits ?? 0); i += 1) author.write("notes.txt", `step ${i}\n`).commit(`step ${i}`);
  author.git("push", "-q", "origin", "agent/feature");
  author.git("checkout", "-q", "main");
  author.write("svc/other.py", "X = 1\n").commit("main moves on");
  author.git("push", "-q", "origin", "main");
  const head = author.git("rev-parse", "agent/feature").trim();
  return { origin, forkPoint, head, author };
}

/** Clone like actions/checkout: the agent branch, optionally shallow. */
function checkout(origin: string, branch: string, depth?: number): string {
  const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
  const dir = join(parent, "ws");
  const args = ["clone", "-q", "--no-tags", "--branch", branch];
  if (depth) args.push("--depth", String(depth));
  git(parent, ...args, `file://${origin}`, dir);
  return dir;
}

function pushPayload(head: string, beforeSha: string, branch = "agent/feature") {
  return { ref: `refs/heads/${branch}`, before: beforeSha, after: head, repository: { default_branch: "main" } };
}

beforeAll(() => {
  assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)");
});

describe("the Action (dist/) on push events", () => {
  test("a new branch (before is all zeros): regression found, outputs, summary and annotations", async () => {
    const { origin, forkPoint } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    const run = await runAction(ws, "push", pushPayload("", ZEROS));
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.regressions, "1");
    assert.equal(run.outputs.new, "1");
    assert.equal(run.outputs.suppressed, "0");
    assert.match(run.summary, /\| new \| `svc\/run\.py:5` in `run` \| B602/);
    assert.match(run.stdout, /::error title=bandit-gate B602 [^,]+,file=svc\/run\.py,line=5,endLine=5::new: subprocess call with shell=True/);
    const report = JSON.parse(run.files["report-json"] as string);
    assert.equal(report.baseline.commit, forkPoint, "baseline is the branch-off point, not main's tip");
    const sarif = JSON.parse(run.files["sarif-file"] as string);
    assert.equal(sarif.runs[0].results.length, 1);
    assert.equal(git(ws, "status", "--porcelain"), "", "the workspace is left clean");
  });

  test("a force push (before is not an ancestor) still compares with the branch-off point", async () => {
    const { origin, forkPoint } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    const run = await runAction(ws, "push", pushPayload("", "1234567890abcdef1234567890abcdef12345678"));
    assert.equal(run.code, 1);
    const report = JSON.parse(run.files["report-json"] as string);
    assert.equal(report.baseline.commit, forkPoint);
  });

  test("a push to a branch outside `branches` is noted and passes", async () => {
    const { origin } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    const run = await runAction(ws, "push", pushPayload("", ZEROS, "feature/human"), { branches: "agent/**\nbot/**" });
    assert.equal(run.code, 0);
    assert.match(run.stdout, /feature\/human does not match branches/);
    assert.equal(run.outputs.regressions, "0");
  });

  test("a shallow clone (depth 1) is deepened until the merge-base appears", async () => {
    const { origin, forkPoint } = originWithAgentBranch({ agentCommits: 60 });
    const ws = checkout(origin, "agent/feature", 1);
    const run = await runAction(ws, "push", pushPayload("", ZEROS));
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /fetching 50 more commits/);
    assert.match(run.stdout, /fetching 200 more commits/, "50 was not enough for a 61-commit branch");
    // Deepening (both fetches) is timed as its own phase, a part of merge-base's time.
    assert.match(run.summary, /\| git: deepening \| [\d.]+ m?s \| \|/);
    const phase = (name: string) => Number(new RegExp(`bandit-gate: ${name}: (\\d+) ms`).exec(run.stdout)?.[1]);
    assert.ok(phase("git: deepening") > 0 && phase("git: deepening") <= phase("git: merge-base"), run.stdout);
    const report = JSON.parse(run.files["report-json"] as string);
    assert.equal(report.baseline.commit, forkPoint);
  });

  test("a shallow clone that cannot be deepened fails naming fetch-depth: 0", async () => {
    const { origin } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature", 1);
    git(ws, "fetch", "-q", "--depth=1", "origin", "+refs/heads/main:refs/remotes/origin/main");
    git(ws, "remote", "set-url", "origin", join(tmpdir(), "no-such-origin"));
    const run = await runAction(ws, "push", pushPayload("", ZEROS));
    assert.equal(run.code, 2);
    assert.match(run.stdout, /fetch-depth: 0/);
  });
});

describe("the Action (dist/) without a Bandit on the runner", () => {
  test("installs the pinned Bandit into a venv under the runner's temp dir, then gates", async () => {
    const { origin } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    // A PATH with git and python3 only: no bandit, no `python3 -m bandit`.
    const bin = mkdtempSync(join(tmpdir(), "bandit-gate-bin-"));
    symlinkSync(execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(), join(bin, "git"));
    // A bare virtual environment's interpreter: a Python that certainly has no Bandit, and no pip
    // either (the oldest case: the venv gets its own). On PATH as its own bin/, since a symlink
    // elsewhere would start the base Python, which has pip.
    const bare = join(bin, "..", `${bin.split("/").pop()}-venv`);
    execFileSync("python3", ["-m", "venv", "--without-pip", bare]);
    const python = join(bare, "bin", "python3");
    assert.notEqual(spawnSync(python, ["-c", "import bandit"], { encoding: "utf8" }).status, 0, "the runner's python3 has no Bandit");
    assert.notEqual(spawnSync(python, ["-m", "pip", "--version"], { encoding: "utf8" }).status, 0, "nor pip");
    const run = await runAction(ws, "push", pushPayload("", ZEROS), {}, { PATH: `${bin}:${join(bare, "bin")}`, BANDIT_GATE_BANDIT: "" });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /installing it once into \S*bandit-gate\/bandit-1\.9\.4/);
    assert.match(run.stdout, /Bandit 1\.9\.4 installed with venv \+ pip/, "a runner Python without pip: the venv gets its own");
    assert.equal(run.outputs.new, "1");
    assert.equal(JSON.parse(run.files["report-json"] as string).bandit_version, "1.9.4");
  });
});

describe("the Action (dist/) on pull_request events", () => {
  test("the PR's base branch gives the baseline", async () => {
    const { origin, forkPoint } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    const payload = { pull_request: { number: 7, base: { ref: "main" }, head: { ref: "agent/feature" } }, repository: { default_branch: "trunk" } };
    const run = await runAction(ws, "pull_request", payload);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.files["report-json"] as string);
    assert.equal(report.baseline.commit, forkPoint);
    assert.equal(run.outputs.regressions, "1");
  });

  test("a clean change passes with a quiet summary", async () => {
    const { origin, author } = originWithAgentBranch();
    author.git("checkout", "-q", "-b", "agent/clean", "main");
    author.write("svc/util.py", "def add(a, b):\n    return a + b\n").commit("clean");
    author.git("push", "-q", "origin", "agent/clean");
    const ws = checkout(origin, "agent/clean");
    const run = await runAction(ws, "push", pushPayload("", ZEROS, "agent/clean"), { "severity-level": "low" });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.regressions, "0");
    assert.match(run.summary, /✅ no security regressions in 1 changed Python file/);
  });

  test("bad inputs are one clear failure", async () => {
    const { origin } = originWithAgentBranch();
    const ws = checkout(origin, "agent/feature");
    const run = await runAction(ws, "push", pushPayload("", ZEROS), { "severity-level": "extreme" });
    assert.equal(run.code, 2);
    assert.match(run.stdout, /::error::bandit-gate: severity-level must be one of all, low, medium, high/);
    assert.doesNotMatch(run.stdout, /--severity-level/, "the error names the input the workflow sets, not a CLI flag");
  });
});
