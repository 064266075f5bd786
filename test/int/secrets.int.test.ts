import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TempRepo, checkJson } from "../helpers/repo.js";

// The scan cache (which the Action uploads to GitHub's cache service) must not hold the secrets
// that Bandit's hardcoded-password tests quote in their messages.

const SECRET = "hunter2-correct-horse";
const BASE = `def greet(name):\n    return "hello " + name\n`;

const repos: TempRepo[] = [];
const caches: string[] = [];
afterAll(() => {
  repos.forEach((r) => r.dispose());
  caches.forEach((c) => rmSync(c, { recursive: true, force: true }));
});

function filesUnder(dir: string): string[] {
  return [...readdirSync(dir, { recursive: true, withFileTypes: true })].filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe("the scan cache stores redacted text", () => {
  test("a hardcoded password's value is in no cache entry, and a cached run reports what a fresh one does", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/settings.py", BASE).commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/work");
    repo.write("app/settings.py", `${BASE}\n\ndef connect(db):\n    password = "${SECRET}"\n    return db.login("admin", password)\n`);
    repo.commit("agent change");
    const cache = mkdtempSync(join(tmpdir(), "bandit-gate-secret-cache-"));
    caches.push(cache);
    const env = { BANDIT_GATE_CACHE_DIR: cache };
    const fresh = await checkJson(repo.dir, [], env);
    assert.equal(fresh.code, 1, fresh.stderr);
    assert.ok(fresh.report.regressions.some((r) => r.test_id === "B105"));
    const entries = filesUnder(join(cache, "scans")).filter((f) => f.endsWith(".json"));
    assert.ok(entries.length > 0, "entries were written");
    for (const entry of entries) assert.equal(readFileSync(entry, "utf8").includes(SECRET), false, `${entry} holds the secret`);
    const cached = await checkJson(repo.dir, [], env);
    assert.deepEqual(cached.report.regressions, fresh.report.regressions);
    assert.equal(JSON.stringify(cached.report).includes(SECRET), false);
  });
});
