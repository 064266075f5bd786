import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TempRepo, checkJson, runCli, BANDIT } from "../helpers/repo.js";
import { pythonForBandit } from "../../src/adapters/python/ast.js";

// A branch judged by the gate must not be able to run code in the gate's Bandit: every Python
// the gate starts runs outside the tree it judges (and the ast helper with -I).

const BASE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = BASE + `\n\ndef run(cmd):\n    import subprocess\n    return subprocess.call(cmd, shell=True)\n`;

const repos: TempRepo[] = [];
const markers = mkdtempSync(join(tmpdir(), "bandit-gate-markers-"));
afterAll(() => {
  repos.forEach((r) => r.dispose());
  rmSync(markers, { recursive: true, force: true });
});

/** A fake Bandit: writes an empty but well-formed report for every file and leaves a marker. */
function fakeBanditMain(marker: string): string {
  return `import json, sys
open(${JSON.stringify(marker)}, "w").write("ran")
if "--version" in sys.argv:
    print("bandit 1.9.4")
    sys.exit(0)
out = sys.argv[sys.argv.index("-o") + 1]
files = sys.argv[sys.argv.index("--") + 1:]
json.dump({"results": [], "errors": [], "metrics": {f: {} for f in files}}, open(out, "w"))
`;
}

function attackRepo(extra: Record<string, string>): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE).commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  repo.write("app/tasks.py", RISKY);
  for (const [path, content] of Object.entries(extra)) repo.write(path, content);
  repo.commit("agent change");
  return repo;
}

describe("a branch cannot replace Bandit", () => {
  test("a committed bandit/ package is not imported by `python -m bandit` (scan and --version probe)", async () => {
    const marker = join(markers, "package");
    const repo = attackRepo({ "bandit/__init__.py": "", "bandit/__main__.py": fakeBanditMain(marker) });
    const python = pythonForBandit([BANDIT]);
    for (const run of [
      await checkJson(repo.dir, ["--bandit", `${python} -m bandit`]),
      await checkJson(repo.dir, [], { BANDIT_GATE_BANDIT: `${python} -m bandit` }),
    ]) {
      assert.equal(run.code, 1, run.stderr);
      assert.ok(run.report.regressions.some((r) => r.test_id === "B602" && r.path === "app/tasks.py"));
    }
    assert.equal(existsSync(marker), false, "the branch's bandit package ran");
  });

  test("with an empty PYTHONPATH entry (the work directory), a committed sitecustomize.py and bandit/ do not run", async () => {
    const marker = join(markers, "sitecustomize");
    const repo = attackRepo({
      "sitecustomize.py": `open(${JSON.stringify(marker)}, "w").write("ran")\n`,
      "bandit/__init__.py": `open(${JSON.stringify(marker)}, "w").write("ran")\n`,
    });
    const run = await checkJson(repo.dir, [], { PYTHONPATH: ":" });
    assert.equal(run.code, 1, run.stderr);
    assert.ok(run.report.regressions.some((r) => r.test_id === "B602"));
    assert.equal(existsSync(marker), false, "the branch's sitecustomize or bandit package ran");
  });

  test("the hook (staged files, scanned from a temporary copy) is not fooled either", async () => {
    const marker = join(markers, "hook");
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", BASE).commit("baseline");
    repo.write("app/tasks.py", RISKY).write("bandit/__init__.py", "").write("bandit/__main__.py", fakeBanditMain(marker));
    repo.git("add", "-A");
    const python = pythonForBandit([BANDIT]);
    const run = await runCli(repo.dir, ["hook", "--bandit", `${python} -m bandit`, "app/tasks.py"]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B602/);
    assert.equal(existsSync(marker), false);
  });
});

describe("paths still map back to repository paths", () => {
  test("spaces and non-ASCII in directory and file names, at head and at the baseline", async () => {
    const path = "app dir/über módulo.py";
    const repo = new TempRepo();
    repos.push(repo);
    repo.write(path, BASE).commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/work");
    repo.write(path, "# shifted\n" + RISKY.replace("def greet", "import pickle\n\n\ndef greet"));
    repo.commit("agent change");
    const run = await checkJson(repo.dir);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      run.report.regressions.map((r) => `${r.test_id}:${r.path}`).sort(),
      [`B403:${path}`, `B404:${path}`, `B602:${path}`].sort(),
    );
    const staged = await runCli(repo.dir, ["check", "--head", "HEAD", "--format", "json", "--quiet"]);
    assert.equal(staged.code, 1);
    assert.ok((JSON.parse(staged.stdout) as { regressions: Array<{ path: string }> }).regressions.every((r) => r.path === path));
  });
});
