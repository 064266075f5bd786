// Before any test: the tools the tests use, and a cache directory of their own.
// Bandit comes from $BANDIT_GATE_BANDIT, else the pinned one that scripts/setup.sh installs in
// .venv/, else PATH; pre-commit likewise from $BANDIT_GATE_PRE_COMMIT or .venv/pre-commit.
// Workers start after this and inherit these variables.
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export default function globalSetup() {
  const env = process.env;
  env.NO_COLOR = "1";
  const pinnedBandit = resolve(".venv/bandit-1.9.4/bin/bandit");
  if (!env.BANDIT_GATE_BANDIT && existsSync(pinnedBandit)) env.BANDIT_GATE_BANDIT = pinnedBandit;
  const preCommit = resolve(".venv/pre-commit/bin/pre-commit");
  if (!env.BANDIT_GATE_PRE_COMMIT && existsSync(preCommit)) env.BANDIT_GATE_PRE_COMMIT = preCommit;
  // Never the user's ~/.cache: the CLI's cache directory (scan cache, installed Bandit) is a temp one.
  if (!env.BANDIT_GATE_CACHE_DIR) {
    env.BANDIT_GATE_CACHE_DIR = mkdtempSync(join(tmpdir(), "bandit-gate-test-cache-"));
    env.BANDIT_GATE_TEST_OWN_CACHE = env.BANDIT_GATE_CACHE_DIR;
  }
}
