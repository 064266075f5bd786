import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { TempRepo, runCli } from "../helpers/repo.js";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";

// In baseline-file mode the Action and the hook read the baseline file and the Bandit
// configuration from the baseline revision, so a branch cannot loosen its own check.

const BASE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = BASE + `\n\ndef run(cmd):\n    import subprocess\n    return subprocess.call(cmd, shell=True)\n`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** main with app/tasks.py, a baseline file made by the gate, and `config` committed. */
async function adopted(config: Record<string, string> = {}): Promise<TempRepo> {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE);
  for (const [path, content] of Object.entries(config)) repo.write(path, content);
  repo.commit("code");
  const made = await runCli(repo.dir, ["baseline", "--output", "base.json"]);
  assert.equal(made.code, 0, made.stderr);
  repo.commit("baseline file");
  return repo;
}

/** The branch's own baseline file, regenerated to accept what it adds. */
async function launder(repo: TempRepo): Promise<void> {
  const made = await runCli(repo.dir, ["baseline", "--output", "base.json"]);
  assert.equal(made.code, 0, made.stderr);
}

describe("the hook, baseline-file mode", () => {
  test("a staged baseline file regenerated to accept a new finding is not used: HEAD's is, with a note", async () => {
    const repo = await adopted();
    repo.write("app/tasks.py", RISKY);
    await launder(repo);
    repo.git("add", "-A");
    const run = await runCli(repo.dir, ["hook", "--baseline", "base.json", "app/tasks.py"]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B602/);
    assert.match(run.stdout, /baseline file base\.json differs/);
  });

  test("a staged pyproject.toml that excludes the changed code is not used; --strict-config fails even a clean change", async () => {
    const repo = await adopted();
    repo.write("pyproject.toml", `[tool.bandit]\nexclude_dirs = ["app"]\n`);
    repo.write("app/tasks.py", RISKY);
    repo.git("add", "-A");
    const run = await runCli(repo.dir, ["hook", "--baseline", "base.json", "app/tasks.py"]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B602/);
    assert.match(run.stdout, /Bandit configuration differs/);

    repo.write("app/tasks.py", BASE + "\n\ndef shout(n):\n    return n.upper()\n");
    repo.git("add", "-A");
    const relaxed = await runCli(repo.dir, ["hook", "--baseline", "base.json", "app/tasks.py"]);
    assert.equal(relaxed.code, 0, relaxed.stdout + relaxed.stderr);
    const strict = await runCli(repo.dir, ["hook", "--baseline", "base.json", "--strict-config", "app/tasks.py"]);
    assert.equal(strict.code, 1, strict.stdout + strict.stderr);
    assert.match(strict.stderr, /pyproject\.toml.*--strict-config/);
  });

  test("a baseline file the baseline revision does not have yet is taken from the branch, with a note; --strict-config fails", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", BASE).commit("code");
    await launder(repo);
    repo.git("add", "-A");
    const run = await runCli(repo.dir, ["hook", "--baseline", "base.json"]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const strict = await runCli(repo.dir, ["hook", "--baseline", "base.json", "--strict-config"]);
    assert.equal(strict.code, 1, strict.stdout + strict.stderr);
  });
});

const describeAction = existsSync(ACTION_ENTRY) ? describe : describe.skip;
describeAction("the Action, baseline-file mode", () => {
  test("a pushed branch that regenerates the baseline file and the config is judged by the default branch's", async () => {
    const repo = await adopted({ "pyproject.toml": `[tool.bandit]\nskips = ["B101"]\n` });
    repo.git("checkout", "-q", "-b", "agent/work");
    repo.write("app/tasks.py", RISKY);
    repo.write("pyproject.toml", `[tool.bandit]\nskips = ["B101", "B602", "B404"]\n`);
    await launder(repo);
    repo.commit("agent: loosen");
    const payload = { ref: "refs/heads/agent/work", before: "0".repeat(40), repository: { default_branch: "main" } };
    const run = await runAction(repo.dir, "push", payload, { "baseline-file": "base.json" });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.summary, /B602/);
    assert.match(run.summary, /baseline file base\.json differs/);
    const strict = await runAction(repo.dir, "push", payload, { "baseline-file": "base.json", "strict-config": "true" });
    assert.equal(strict.code, 1);
    assert.match(strict.stdout + strict.stderr, /strict-config/);
  });
});
