import { afterAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";
import { runAction } from "../helpers/action.js";
import type { ReportDocument } from "../../src/core/report/report.js";

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** 30 modules with findings at the baseline; the branch adds, keeps, moves and fixes some. */
function shardedScenario(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  for (let i = 0; i < 30; i += 1) {
    repo.write(`pkg/m${i}.py`, `import subprocess\n\n\ndef f${i}(cmd):\n    return subprocess.call(cmd, shell=True)\n`);
  }
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/wide");
  for (let i = 0; i < 30; i += 1) {
    const path = `pkg/m${i}.py`;
    if (i % 3 === 0) repo.write(path, "# header\n" + repo.read(path)); // shifted: unchanged
    if (i % 3 === 1) repo.write(path, repo.read(path) + `\n\ndef g${i}(x):\n    return eval(x)\n`); // new
    if (i % 3 === 2) repo.write(path, `def f${i}(cmd):\n    return len(cmd)\n`); // fixed
  }
  repo.commit("agent: wide change");
  return repo;
}

const essence = (r: ReportDocument) => ({
  counts: r.counts,
  regressions: r.regressions.map((x) => `${x.path}:${x.line}:${x.test_id}:${x.kind}:${x.fingerprint}`),
  fixed: r.fixed.map((x) => `${x.path}:${x.test_id}`),
  files: r.scanned.files,
  verdict: r.verdict,
});

test("the merged verdict of 3 shards equals the unsharded one (CLI and Action)", async () => {
  const repo = shardedScenario();
  const whole = await checkJson(repo.dir);
  assert.equal(whole.code, 1);
  assert.equal(whole.report.counts.new, 10);
  assert.equal(whole.report.counts.fixed, 20, "B404 and B602 of ten modules");

  const reportsDir = join(repo.dir, "..", `${repo.dir.split("/").pop()}-reports`);
  mkdirSync(reportsDir, { recursive: true });
  const files: string[] = [];
  const sizes: number[] = [];
  for (const i of [1, 2, 3]) {
    const part = await checkJson(repo.dir, ["--shard", `${i}/3`]);
    assert.ok(part.code === 0 || part.code === 1, part.stderr);
    assert.equal(part.report.scanned.shard, `${i}/3`);
    sizes.push(part.report.scanned.files.length);
    const file = join(reportsDir, `shard-${i}.json`);
    writeFileSync(file, JSON.stringify(part.report));
    files.push(file);
  }
  assert.equal(sizes.reduce((a, b) => a + b, 0), 30);
  assert.ok(sizes.every((n) => n > 0), `every shard gets files (${sizes.join(", ")})`);

  const merged = await runCli(repo.dir, ["merge", "--format", "json", ...files]);
  assert.equal(merged.code, whole.code);
  assert.deepEqual(essence(JSON.parse(merged.stdout)), essence(whole.report));

  const action = await runAction(repo.dir, "push", { ref: "refs/heads/agent/wide" }, { "merge-reports": reportsDir });
  assert.equal(action.code, 1, action.stdout);
  assert.equal(action.outputs.new, "10");
  assert.equal(action.outputs.fixed, "20");
  assert.deepEqual(essence(JSON.parse(action.files["report-json"] as string)), essence(whole.report));

  const missing = await runCli(repo.dir, ["merge", files[0] as string, files[1] as string]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /expected 3 shard reports, got 2/);
});
