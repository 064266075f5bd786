import { afterAll, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";
import { runAction } from "../helpers/action.js";
import type { ReportDocument } from "../../src/core/report/report.js";
import { inShard } from "../../src/core/gate/selection.js";

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
  moved: (r.moved ?? []).map((x) => `${x.from.path}:${x.from.line}->${x.to.path}:${x.to.line}:${x.test_id}:${x.to.function ?? ""}`),
  changed: (r.changed ?? []).map((x) => `${x.from.path}:${x.from.line}->${x.to.path}:${x.to.line}:${x.test_id}:${x.to.function ?? ""}`),
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

const SHARDS = 3;
const shardOf = (path: string) => [1, 2, 3].find((i) => inShard(path, { index: i, total: SHARDS }));

/**
 * Defs leave app/tasks.py (shard 1) and the deleted app/legacy.py (shard 3) for files in other
 * shards: moved as is, moved and edited (a local renamed), moved and made worse; one is copied.
 */
function crossShardScenario(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write(
    "app/tasks.py",
    "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n\n\n" +
      "def keep(cmd):\n    return subprocess.Popen(cmd, shell=True)\n\n\n" +
      "def tweak(cmd):\n    return subprocess.call(cmd, shell=True)\n\n\n" +
      'def listing():\n    return subprocess.call("ls -l", shell=True)\n',
  );
  repo.write("app/shell.py", "import subprocess\n\n\ndef other():\n    return 1\n");
  repo.write("app/legacy.py", "import os\n\n\ndef old_job(cmd):\n    return os.system(cmd)\n");
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/split");
  repo.write("app/tasks.py", "import subprocess\n\n\ndef keep(cmd):\n    return subprocess.Popen(cmd, shell=True)\n");
  repo.write(
    "app/shell.py",
    "import subprocess\n\n\ndef other():\n    return 1\n\n\n" +
      "def run(cmd):\n    return subprocess.call(\n        cmd,\n        shell=True,\n    )\n\n\n" +
      "def tweak(command):\n    return subprocess.call(command, shell=True)\n",
  );
  repo.write("app/jobs.py", 'import subprocess\n\n\ndef listing(path):\n    return subprocess.call("ls -l " + path, shell=True)\n');
  repo.write(
    "app/runner.py",
    "import os\nimport subprocess\n\n\ndef old_job(cmd):\n    return os.system(cmd)\n\n\ndef keep(cmd):\n    return subprocess.Popen(cmd, shell=True)\n",
  );
  repo.remove("app/legacy.py");
  repo.commit("agent: split tasks");
  return repo;
}

test("a def moved to a file in another shard is moved in the merged report; a copy stays new", async () => {
  // The files land in different shards, or this test proves nothing.
  assert.equal(shardOf("app/tasks.py"), 1);
  assert.equal(shardOf("app/shell.py"), 3);
  assert.equal(shardOf("app/legacy.py"), 3);
  assert.equal(shardOf("app/runner.py"), 2);
  assert.equal(shardOf("app/jobs.py"), 2);

  const repo = crossShardScenario();
  const whole = await checkJson(repo.dir);
  assert.equal(whole.report.unmatched, undefined, "an unsharded report carries nothing new");
  const moved = whole.report.moved.map((m) => `${m.test_id} ${m.from.path} -> ${m.to.path} ${m.to.function ?? ""}`).sort();
  assert.deepEqual(moved, ["B602 app/tasks.py -> app/shell.py run", "B605 app/legacy.py -> app/runner.py old_job"]);
  assert.deepEqual(whole.report.changed.map((c) => `${c.test_id} ${c.from.path} -> ${c.to.path} ${c.to.function ?? ""}`), ["B602 app/tasks.py -> app/shell.py tweak"]);
  const regressions = whole.report.regressions.map((r) => `${r.kind} ${r.test_id} ${r.path} ${r.function ?? ""}`.trim()).sort();
  assert.deepEqual(regressions, [
    "escalated B602 app/jobs.py listing",
    "new B404 app/jobs.py",
    "new B404 app/runner.py",
    "new B602 app/runner.py keep",
  ]);
  // The literal "ls -l" (B607, partial path) became "ls -l " + path: that one is fixed, nothing else.
  assert.deepEqual(whole.report.fixed.map((f) => `${f.test_id} ${f.path}`), ["B607 app/tasks.py"], "every def that left took its finding with it");

  const reportsDir = join(repo.dir, "..", `${repo.dir.split("/").pop()}-reports`);
  mkdirSync(reportsDir, { recursive: true });
  const files: string[] = [];
  const parts: ReportDocument[] = [];
  for (let i = 1; i <= SHARDS; i += 1) {
    const part = await checkJson(repo.dir, ["--shard", `${i}/${SHARDS}`]);
    assert.ok(part.code === 0 || part.code === 1, part.stderr);
    parts.push(part.report);
    const file = join(reportsDir, `shard-${i}.json`);
    writeFileSync(file, JSON.stringify(part.report));
    files.push(file);
  }
  // Alone, the shard holding app/shell.py cannot know that run() left app/tasks.py.
  const shard3 = parts[2] as ReportDocument;
  assert.ok(shard3.regressions.some((r) => r.path === "app/shell.py" && r.kind === "new" && r.test_id === "B602"));
  assert.ok(shard3.unmatched && shard3.unmatched.gone_files.includes("app/legacy.py"), "a shard reads its deleted files for the others");
  assert.ok(JSON.stringify(parts.map((p) => p.unmatched)).indexOf("ls -l") < 0, "leftovers carry identities, not source");

  const merged = await runCli(repo.dir, ["merge", "--format", "json", ...files]);
  assert.equal(merged.code, whole.code, merged.stderr);
  const mergedReport = JSON.parse(merged.stdout) as ReportDocument;
  assert.equal(mergedReport.unmatched, undefined);
  assert.deepEqual(essence(mergedReport), essence(whole.report));

  const action = await runAction(repo.dir, "push", { ref: "refs/heads/agent/split" }, { "merge-reports": reportsDir });
  assert.equal(action.code, 1, action.stdout);
  assert.deepEqual(essence(JSON.parse(action.files["report-json"] as string)), essence(whole.report));
});

test("against a baseline file too, a def moved to a file in another shard is moved in the merged report", async () => {
  const repo = crossShardScenario();
  const stored = join(repo.dir, "..", `${repo.dir.split("/").pop()}-baseline.json`);
  repo.git("checkout", "-q", "HEAD~1");
  const made = await runCli(repo.dir, ["baseline", "--output", stored]);
  assert.equal(made.code, 0, made.stderr);
  repo.git("checkout", "-q", "agent/split");

  const whole = await checkJson(repo.dir, ["--baseline", stored]);
  assert.equal(whole.report.unmatched, undefined);
  assert.deepEqual(whole.report.moved.map((m) => `${m.test_id} ${m.from.path} -> ${m.to.path}`).sort(), [
    "B602 app/tasks.py -> app/shell.py",
    "B605 app/legacy.py -> app/runner.py",
  ]);
  assert.ok(whole.report.regressions.some((r) => r.kind === "new" && r.path === "app/runner.py" && r.test_id === "B602"), "the copy of keep() is new");

  const files: string[] = [];
  for (let i = 1; i <= SHARDS; i += 1) {
    const part = await checkJson(repo.dir, ["--baseline", stored, "--shard", `${i}/${SHARDS}`]);
    assert.ok(part.code === 0 || part.code === 1, part.stderr);
    assert.ok(part.report.unmatched, `shard ${i} carries its leftovers`);
    const file = join(repo.dir, "..", `${repo.dir.split("/").pop()}-file-shard-${i}.json`);
    writeFileSync(file, JSON.stringify(part.report));
    files.push(file);
  }
  const merged = await runCli(repo.dir, ["merge", "--format", "json", ...files]);
  assert.equal(merged.code, whole.code, merged.stderr);
  assert.deepEqual(essence(JSON.parse(merged.stdout)), essence(whole.report));
});

test("a shard whose only change is a deleted file still reads it, for a def that moved to another shard", async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/legacy.py", "import os\n\n\ndef old_job(cmd):\n    return os.system(cmd)\n");
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/retire");
  // Enough else in the new module that git does not pair it with the deleted one as a rename.
  const helpers = Array.from({ length: 8 }, (_, i) => `def helper_${i}(value):\n    return value * ${i + 2}\n\n\n`).join("");
  repo.write("app/runner.py", `import os\n\n\n${helpers}def old_job(cmd):\n    return os.system(cmd)\n`);
  repo.remove("app/legacy.py");
  repo.commit("agent: retire legacy");
  assert.notEqual(shardOf("app/legacy.py"), shardOf("app/runner.py"));

  const whole = await checkJson(repo.dir);
  assert.equal(whole.code, 0, JSON.stringify(whole.report.regressions));
  assert.deepEqual(whole.report.moved.map((m) => `${m.test_id} ${m.from.path} -> ${m.to.path}`), ["B605 app/legacy.py -> app/runner.py"]);

  const files: string[] = [];
  for (let i = 1; i <= SHARDS; i += 1) {
    const part = await checkJson(repo.dir, ["--shard", `${i}/${SHARDS}`]);
    assert.ok(part.code === 0 || part.code === 1, part.stderr);
    if (i === shardOf("app/legacy.py")) assert.deepEqual(part.report.unmatched?.gone_files, ["app/legacy.py"]);
    const file = join(repo.dir, "..", `${repo.dir.split("/").pop()}-retire-shard-${i}.json`);
    writeFileSync(file, JSON.stringify(part.report));
    files.push(file);
  }
  const merged = await runCli(repo.dir, ["merge", "--format", "json", ...files]);
  assert.equal(merged.code, 0, merged.stdout);
  assert.deepEqual(essence(JSON.parse(merged.stdout)), essence(whole.report));
});
