#!/usr/bin/env node
// The demo: build a throw-away repository from examples/sample-repo (main = base/, then an agent
// branch adding agent-change/), and run the built CLI on it, as CI would on a push.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const sample = join(root, "examples", "sample-repo");
const cli = join(root, "dist", "cli", "index.js");
const env = { ...process.env, GIT_AUTHOR_NAME: "demo", GIT_AUTHOR_EMAIL: "demo@example.invalid", GIT_COMMITTER_NAME: "demo", GIT_COMMITTER_EMAIL: "demo@example.invalid" };
const pinned = join(root, ".venv", "bandit-1.9.4", "bin", "bandit");
if (!env.BANDIT_GATE_BANDIT && existsSync(pinned)) env.BANDIT_GATE_BANDIT = pinned;

const repo = mkdtempSync(join(tmpdir(), "bandit-gate-demo-"));
const git = (...args) => execFileSync("git", args, { cwd: repo, env, stdio: ["ignore", "ignore", "inherit"] });
try {
  git("init", "-q", "-b", "main");
  git("config", "commit.gpgsign", "false");
  cpSync(join(sample, "base"), repo, { recursive: true });
  git("add", "-A");
  git("commit", "-q", "-m", "inventory service");
  git("checkout", "-q", "-b", "agent/add-export");
  git("mv", "inventory/store.py", "inventory/storage.py");
  cpSync(join(sample, "agent-change"), repo, { recursive: true });
  git("add", "-A");
  git("commit", "-q", "-m", "agent: add export and category lookup");
  console.log(`Demo repository: ${repo} (branch agent/add-export)\n$ bandit-gate check\n`);
  const run = spawnSync(process.execPath, [cli, "check"], { cwd: repo, env, stdio: "inherit" });
  console.log(`\nexit code ${run.status} (0 pass, 1 regressions, 2 configuration, 3 scan failure)`);
  // The demo passes when the gate catches the seeded regressions.
  process.exitCode = run.status === 1 ? 0 : 1;
} finally {
  if (!process.env.BANDIT_GATE_KEEP_DEMO) rmSync(repo, { recursive: true, force: true });
}
