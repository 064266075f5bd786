import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TempRepo, checkJson, runCli, BANDIT } from "../helpers/repo.js";

// A Bandit that answered for none (or not all) of the files it was given is a scan failure
// (exit 3), unless the repository's configuration really excludes those files.

const BASE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = BASE + `\n\ndef run(cmd):\n    import subprocess\n    return subprocess.call(cmd, shell=True)\n`;

const repos: TempRepo[] = [];
const tools = mkdtempSync(join(tmpdir(), "bandit-gate-wrappers-"));
afterAll(() => {
  repos.forEach((r) => r.dispose());
  rmSync(tools, { recursive: true, force: true });
});

/** A wrapper that answers --version as the real Bandit and writes an empty report for scans. */
function emptyReportBandit(): string {
  const file = join(tools, "empty-bandit");
  writeFileSync(
    file,
    `#!/bin/sh
for a in "$@"; do case "$a" in --version) exec "${BANDIT}" --version;; esac; done
while [ "$#" -gt 0 ]; do if [ "$1" = "-o" ]; then out="$2"; fi; shift; done
printf '{"results": [], "errors": [], "metrics": {"_totals": {}}}' > "$out"
`,
  );
  chmodSync(file, 0o755);
  return file;
}

function branch(files: Record<string, string>, base: Record<string, string> = {}): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE);
  for (const [path, content] of Object.entries(base)) repo.write(path, content);
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commit("agent change");
  return repo;
}

describe("a Bandit that scanned nothing", () => {
  test("a wrapper that prints an empty report fails the run (exit 3) naming the files, in check and the hook", async () => {
    const repo = branch({ "app/tasks.py": RISKY });
    const wrapper = emptyReportBandit();
    const run = await checkJson(repo.dir, ["--bandit", wrapper]);
    assert.equal(run.code, 3, run.stderr);
    assert.deepEqual(run.report.scan_errors.map((e) => e.path), ["app/tasks.py"]);
    assert.match(run.report.scan_errors[0]?.reason ?? "", /no result/);
    assert.doesNotMatch((run.report.notes ?? []).join("\n"), /excludes \d+ changed file/);
    const hook = await runCli(repo.dir, ["hook", "--bandit", wrapper, "--base", "main", "app/tasks.py"]);
    assert.equal(hook.code, 3, hook.stdout + hook.stderr);
    assert.match(hook.stderr, /app\/tasks\.py/);
  });

  test("the result of such a run is not cached: the real Bandit afterwards finds the regression", async () => {
    const repo = branch({ "app/tasks.py": RISKY });
    assert.equal((await checkJson(repo.dir, ["--bandit", emptyReportBandit()])).code, 3);
    const real = await checkJson(repo.dir);
    assert.equal(real.code, 1);
    assert.ok(real.report.regressions.some((r) => r.test_id === "B602"));
  });

  test("a file the configuration's exclude_dirs really excludes is noted, not failed; the others are judged", async () => {
    const config = `[tool.bandit]\nexclude_dirs = ["generated", "*/vendor/*"]\n`;
    const repo = branch(
      { "generated/api.py": RISKY, "app/vendor/lib.py": RISKY, "app/tasks.py": RISKY },
      { "pyproject.toml": config },
    );
    const run = await checkJson(repo.dir);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual([...new Set(run.report.regressions.map((r) => r.path))], ["app/tasks.py"]);
    assert.deepEqual(run.report.scan_errors, []);
    assert.match((run.report.notes ?? []).join("\n"), /excludes 2 changed file\(s\).*app\/vendor\/lib\.py, generated\/api\.py/);
  });

  test("exclude_dirs that match the gate's own temporary paths (tmp, bandit-gate) exclude nothing", async () => {
    const config = `[tool.bandit]\nexclude_dirs = ["tmp", "bandit-gate"]\n`;
    const repo = branch({ "app/tasks.py": RISKY }, { "pyproject.toml": config });
    const run = await checkJson(repo.dir, ["--head", "HEAD"]);
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.report.regressions.some((r) => r.test_id === "B602"));
  });
});
