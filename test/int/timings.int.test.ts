/**
 * `check --verbose`: each phase's time on stderr, taken from a real run. The JSON report is the
 * same with or without it (timings never change the verdict or its document).
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TempRepo, runCli } from "../helpers/repo.js";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function branchWithRegression(): TempRepo {
  const repo = new TempRepo();
  cleanup.push(() => repo.dispose());
  repo.write("app/run.py", "import subprocess\n\n\ndef run(a):\n    return subprocess.run(a)\n").commit("base");
  repo.git("checkout", "-q", "-b", "agent/x");
  repo.write("app/run.py", "import subprocess\n\n\ndef run(a):\n    return subprocess.run(a, shell=True)\n").commit("agent");
  return repo;
}

describe("check --verbose", () => {
  test("prints the time of every phase the run went through, and the scan cache hits of a second run", async () => {
    const repo = branchWithRegression();
    const cache = mkdtempSync(join(tmpdir(), "bandit-gate-timings-cache-"));
    cleanup.push(() => rmSync(cache, { recursive: true, force: true }));
    const env = { BANDIT_GATE_CACHE_DIR: cache };
    const first = await runCli(repo.dir, ["check", "--base", "main", "--verbose"], env);
    assert.equal(first.code, 1, first.stderr);
    const table = first.stderr.slice(first.stderr.indexOf("time by phase"));
    for (const phase of ["git: merge-base", "git: diff", "git: read files", "provision", "scan: head", "scan: baseline", "statements", "compare", "report"]) {
      assert.match(table, new RegExp(`\\n  ${phase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} +\\d+(\\.\\d+)? m?s`), `${phase} in\n${table}`);
    }
    assert.match(table, /scan cache hits: 0\n/);
    assert.match(table, /files scanned: 2\n/);
    assert.match(table, /statement cache hits: 0\n/);
    assert.match(table, /files parsed: 2\n/);
    assert.doesNotMatch(table, /\n  (git: deepening|fix rounds) /, "phases that did not happen are not listed");

    const second = await runCli(repo.dir, ["check", "--base", "main", "-v"], env);
    assert.match(second.stderr, /scan cache hits: 2\n/);
    assert.match(second.stderr, /files scanned: 0\n/);
    assert.match(second.stderr, /statement cache hits: 2\n/);
    assert.match(second.stderr, /files parsed: 0\n/);
  });

  test("the JSON report is the same with and without --verbose: timings are not part of it", async () => {
    const repo = branchWithRegression();
    const plain = await runCli(repo.dir, ["check", "--base", "main", "--format", "json", "--no-cache", "--quiet"]);
    const verbose = await runCli(repo.dir, ["check", "--base", "main", "--format", "json", "--no-cache", "--verbose"]);
    assert.equal(verbose.code, plain.code);
    assert.equal(verbose.stdout, plain.stdout);
    assert.doesNotMatch(verbose.stdout, /timings|provision|ms"/);
    assert.match(verbose.stderr, /time by phase/);
  });

  test("--verbose with --quiet is a usage error, not a silent choice", async () => {
    const repo = branchWithRegression();
    const run = await runCli(repo.dir, ["check", "--base", "main", "--verbose", "--quiet"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--verbose and --quiet contradict each other/);
  });
});
