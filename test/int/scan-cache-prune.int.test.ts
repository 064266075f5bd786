import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pruneScanCache, SCAN_CACHE_DAY } from "../../src/adapters/caches/scan-cache.js";
import { TempRepo, runCli } from "../helpers/repo.js";

const entries = (dir: string) => readdirSync(dir).filter((d) => /^[0-9a-f]{2}$/.test(d)).flatMap((d) => readdirSync(join(dir, d)).map((f) => join(dir, d, f)));

test("pruning removes entries unused for the period and stale temporary files, at most once a day", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-prune-"));
  try {
    mkdirSync(join(dir, "ab"));
    const now = Date.now();
    const file = (name: string, ageDays: number) => {
      writeFileSync(join(dir, "ab", name), "{}");
      const when = new Date(now - ageDays * SCAN_CACHE_DAY);
      utimesSync(join(dir, "ab", name), when, when);
    };
    file("fresh.json", 1);
    file("old.json", 40);
    file("crashed.json.123.tmp", 0.5);
    assert.equal(await pruneScanCache(dir, { unusedFor: 30 * SCAN_CACHE_DAY, atMostEvery: SCAN_CACHE_DAY, now }), 2);
    assert.deepEqual([...readdirSync(join(dir, "ab"))], ["fresh.json"], "arrays from node:fs belong to another realm under jest: spread them");
    file("old.json", 40);
    assert.equal(await pruneScanCache(dir, { unusedFor: 30 * SCAN_CACHE_DAY, atMostEvery: SCAN_CACHE_DAY, now: now + 1000 }), 0, "not twice a day");
    assert.ok(existsSync(join(dir, "ab", "old.json")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a cache hit counts as a use: it refreshes the entry's time, scan results and statement facts alike", async () => {
  const repo = new TempRepo();
  const cache = mkdtempSync(join(tmpdir(), "bandit-gate-hits-"));
  try {
    repo.write("a.py", "import subprocess\n").commit("base");
    repo.git("checkout", "-q", "-b", "agent/x");
    repo.write("a.py", "import subprocess\nimport pickle\n").commit("change");
    const env = { BANDIT_GATE_CACHE_DIR: cache, BANDIT_GATE_NO_CACHE: "" };
    assert.equal((await runCli(repo.dir, ["check", "-q"], env)).code, 1);
    const scans = join(cache, "scans");
    const written = entries(scans);
    assert.equal(written.filter((f) => f.endsWith(".json")).length, 2, "Bandit's results for the head and baseline versions of a.py");
    assert.equal(written.filter((f) => f.endsWith(".facts")).length, 2, "and the statement facts of each");
    const old = new Date(Date.now() - 60 * SCAN_CACHE_DAY);
    for (const f of written) utimesSync(f, old, old);
    assert.equal((await runCli(repo.dir, ["check", "-q"], env)).code, 1);
    for (const f of written) assert.ok(Date.now() - statSync(f).mtimeMs < SCAN_CACHE_DAY, "refreshed by the hit");
  } finally {
    repo.dispose();
    rmSync(cache, { recursive: true, force: true });
  }
});
