import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";

// A branch that edits the workflow that runs the gate, or the gate's configuration, is warned
// about: that is how an agent would turn its own check off.

const CODE = `def greet(name):\n    return "hello " + name\n`;
const WORKFLOW = `on: pull_request\njobs:\n  gate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: org/bandit-gate@v1\n`;
const PYPROJECT = `[project]\nname = "demo"\nversion = "1.0"\n\n[tool.bandit]\nskips = ["B101"]\n`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

function project(extra: Record<string, string> = {}): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", CODE).write(".github/workflows/gate.yml", WORKFLOW).write("pyproject.toml", PYPROJECT);
  for (const [path, content] of Object.entries(extra)) repo.write(path, content);
  repo.commit("main");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

const WARNING = /Warning: this branch changes the workflow that runs the gate or the gate's configuration/;

describe("changes to the gate's own files", () => {
  test("a workflow edit next to a Python change is in gate_changes, the notes and the text output", async () => {
    const repo = project();
    repo.write(".github/workflows/gate.yml", WORKFLOW.replace("org/bandit-gate@v1", "org/bandit-gate@v0"));
    repo.write("app/tasks.py", CODE + "\n\ndef shout(n):\n    return n.upper()\n");
    repo.commit("agent");
    const { code, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(code, 0);
    assert.deepEqual(report.gate_changes, [".github/workflows/gate.yml"]);
    assert.ok(report.notes.some((n) => WARNING.test(n) && n.includes(".github/workflows/gate.yml")), report.notes.join("\n"));
    const text = await runCli(repo.dir, ["check", "--base", "main"]);
    assert.match(text.stdout, WARNING);
  });

  test("a branch that only edits or moves a workflow (no Python) is still warned about", async () => {
    const repo = project();
    repo.move(".github/workflows/gate.yml", "disabled/gate.yml");
    repo.commit("agent: park the gate");
    const { code, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(code, 0);
    assert.ok(report.gate_changes?.includes(".github/workflows/gate.yml"), JSON.stringify(report.gate_changes));
    assert.ok(report.notes.some((n) => WARNING.test(n)));
    // --strict-config turns any change of the gate's own files into a failure.
    const strict = await runCli(repo.dir, ["check", "--base", "main", "--strict-config"]);
    assert.equal(strict.code, 1, strict.stdout + strict.stderr);
  });

  test("a workflow replaced by a symbolic link still counts", async () => {
    const repo = project();
    repo.write("noop.yml", "on: workflow_dispatch\njobs: {}\n");
    repo.remove(".github/workflows/gate.yml");
    symlinkSync("../../noop.yml", join(repo.dir, ".github/workflows/gate.yml"));
    repo.commit("agent");
    const { report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.deepEqual(report.gate_changes, [".github/workflows/gate.yml"]);
  });

  test("the hook's configuration, .bandit, bandit.yaml and setup.cfg's bandit section count", async () => {
    const repo = project({ "setup.cfg": "[metadata]\nname = demo\n\n[bandit]\nskips = B101\n" });
    repo.write(".pre-commit-config.yaml", "repos: []\n");
    repo.write(".bandit", "[bandit]\nskips = B602\n");
    repo.write("bandit.yaml", "skips: ['B602']\n");
    repo.write("setup.cfg", "[metadata]\nname = demo\n\n[bandit]\nskips = B101,B602\n");
    repo.commit("agent");
    const { report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.deepEqual([...(report.gate_changes ?? [])].sort(), [".bandit", ".pre-commit-config.yaml", "bandit.yaml", "setup.cfg"]);
  });

  test("pyproject.toml counts when its [tool.bandit] table changes, not when the rest of it or its spacing does", async () => {
    const repo = project({ "setup.cfg": "[metadata]\nname = demo\n\n[bandit]\nskips = B101\n" });
    // A formatter and a version bump: no warning.
    repo.write("pyproject.toml", PYPROJECT.replace(`version = "1.0"`, `version = "1.1"`).replace("[tool.bandit]", "# security\n[tool.bandit]\n"));
    repo.write("setup.cfg", "[metadata]\nname = demo2\n\n\n[bandit]\nskips = B101\n");
    repo.commit("bump");
    const quiet = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(quiet.report.gate_changes, undefined, JSON.stringify(quiet.report.gate_changes));
    assert.ok(!quiet.report.notes.some((n) => WARNING.test(n)));

    repo.write("pyproject.toml", PYPROJECT + `\n[tool.bandit.assert_used]\nskips = ["*"]\n`);
    repo.commit("agent");
    const loud = await checkJson(repo.dir, ["--base", "main"]);
    assert.deepEqual(loud.report.gate_changes, ["pyproject.toml"]);
  });
});

const describeAction = existsSync(ACTION_ENTRY) ? describe : describe.skip;
describeAction("the Action", () => {
  test("a pushed branch that edits the workflow gets a core.warning and the warning in the job summary", async () => {
    const repo = project();
    repo.write(".github/workflows/gate.yml", WORKFLOW + "        continue-on-error: true\n");
    repo.write("app/tasks.py", CODE + "\n\ndef shout(n):\n    return n.upper()\n");
    repo.commit("agent");
    const payload = { ref: "refs/heads/agent/work", before: "0".repeat(40), repository: { default_branch: "main" } };
    const run = await runAction(repo.dir, "push", payload);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /::warning::bandit-gate: Warning: this branch changes the workflow/);
    assert.match(run.summary, WARNING);
  });
});
