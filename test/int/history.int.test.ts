import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replayHistory, syntheticHistory } from "../../bench/history.js";
import { BANDIT, TEST_CACHE_DIR } from "../helpers/repo.js";

const dir = mkdtempSync(join(tmpdir(), "bandit-gate-history-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: TEST_CACHE_DIR };

describe("npm run bench:history on its synthetic history", () => {
  const { expectedFailures } = syntheticHistory(dir);

  test("fails exactly the commits a reviewer should see, naming their rules; tests, moves and reformatting pass", async () => {
    const replay = await replayHistory(dir, 200, [], env);
    assert.equal(replay.commits.length, 9, "every commit but the root, each against its parent");
    assert.deepEqual(replay.failed.map((c) => c.subject), expectedFailures);
    assert.deepEqual(replay.failed.map((c) => Object.keys(c.rules).sort().join(",")), ["B404,B602", "B602", "B110", "B105"]);
    assert.ok(replay.commits.filter((c) => c.testAssertsSetAside > 0).length >= 4);
  });

  test("with --judge-test-asserts, every commit that touched a test fails too (the noise the default removes)", async () => {
    const replay = await replayHistory(dir, 200, ["--judge-test-asserts"], env);
    const subjects = replay.failed.map((c) => c.subject);
    for (const subject of ["tests: cover empty and negative totals", "tests: a shared fixture"]) assert.ok(subjects.includes(subject), subjects.join(" | "));
    assert.ok(!subjects.includes("refactor: rename api to core"), "a moved test's asserts are matched, not new");
    assert.ok(!subjects.includes("style: reformat core"));
  });

  test("N limits the replay to the last N commits", async () => {
    const replay = await replayHistory(dir, 3, [], env);
    assert.deepEqual(replay.commits.map((c) => c.subject), ["agent: best-effort cleanup", "tests: login", "docs: readme"]);
  });
});
