#!/usr/bin/env node
// Runs the test suites with Node's own runner: `npm test` (all), `npm test -- unit`, `npm test -- int`,
// and any other word keeps only the test files whose names contain it (`npm test -- int gate`).
// Bandit comes from $BANDIT_GATE_BANDIT, else the pinned one that scripts/setup.sh installs in
// .venv/, else PATH; pre-commit likewise from $BANDIT_GATE_PRE_COMMIT or .venv/pre-commit.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const env = { ...process.env, NO_COLOR: "1" };
const pinnedBandit = resolve(".venv/bandit-1.9.4/bin/bandit");
if (!env.BANDIT_GATE_BANDIT && existsSync(pinnedBandit)) env.BANDIT_GATE_BANDIT = pinnedBandit;
const preCommit = resolve(".venv/pre-commit/bin/pre-commit");
if (!env.BANDIT_GATE_PRE_COMMIT && existsSync(preCommit)) env.BANDIT_GATE_PRE_COMMIT = preCommit;

// Never the user's ~/.cache: the CLI's cache directory (scan cache, installed Bandit) is a temp one.
const testCache = env.BANDIT_GATE_CACHE_DIR ? undefined : mkdtempSync(join(tmpdir(), "bandit-gate-test-cache-"));
if (testCache) env.BANDIT_GATE_CACHE_DIR = testCache;

const kinds = process.argv.slice(2).filter((a) => a === "unit" || a === "int");
const names = process.argv.slice(2).filter((a) => a !== "unit" && a !== "int");
const wanted = kinds.length > 0 ? kinds : ["unit", "int"];
const files = [];
for (const kind of wanted) {
  const dir = join("test", kind);
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(`.${kind}.test.ts`) && (names.length === 0 || names.some((n) => name.includes(n)))) files.push(join(dir, name));
  }
}
if (files.length === 0) {
  console.error(`no test files found for ${wanted.join(", ")}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
  { stdio: "inherit", env },
);
if (testCache) rmSync(testCache, { recursive: true, force: true });
process.exit(result.status ?? 1);
