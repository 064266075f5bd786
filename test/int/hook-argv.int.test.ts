import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { TempRepo, runCli } from "../helpers/repo.js";

// pre-commit runs `entry args... FILES...`: the staged file names follow the hook's own
// arguments with no `--` between them. A file name that looks like an option is still a file.

const BASE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = `#!/usr/bin/env python3\nimport subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)  # nosec\n`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** A repository with `app/tasks.py` committed and `files` staged. */
function staged(files: Record<string, string>, committed: Record<string, string> = {}): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE);
  for (const [path, content] of Object.entries(committed)) repo.write(path, content);
  repo.commit("baseline");
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git("add", "-A");
  return repo;
}

describe("the hook: everything after its own arguments is a path", () => {
  test.each([
    ["--nosec=honor"],
    ["--exclude=**/*.py"],
    ["--help"],
  ])("a staged Python file named %s is judged, not obeyed", async (name) => {
    const repo = staged({ [name]: RISKY });
    const run = await runCli(repo.dir, ["hook", name]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B602/);
    assert.ok(run.stdout.includes(name), run.stdout);
  });

  test("a staged file named --bandit=./evil.py is a file, not the Bandit command", async () => {
    const name = "--bandit=./evil.py";
    const repo = staged({ [name]: RISKY, "--bandit=./evil.py.marker": "" });
    const run = await runCli(repo.dir, ["hook", "--nosec", "new-is-regression", name]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B602/);
  });

  test("a clean file named -rf.py passes instead of failing with an unknown option", async () => {
    const repo = staged({ "-rf.py": BASE });
    const run = await runCli(repo.dir, ["hook", "-rf.py"]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.doesNotMatch(run.stderr, /Unknown option/);
  });

  test("the hook's own arguments, including a value that is also a file, still count", async () => {
    const repo = staged({ "app/tasks.py": BASE + "\n\ndef ev(x):\n    return eval(x)  # nosec\n" }, { "base.json": "{}" });
    // `--nosec honor` (two words), a value that names an existing file, then pre-commit's files.
    const honour = await runCli(repo.dir, ["hook", "--nosec", "honor", "--exclude", "base.json", "app/tasks.py"]);
    assert.equal(honour.code, 0, honour.stdout + honour.stderr);
    const strict = await runCli(repo.dir, ["hook", "--exclude", "base.json", "app/tasks.py"]);
    assert.equal(strict.code, 1, strict.stdout);
  });

  test("a real unknown option (not a file) is still a usage error naming it", async () => {
    const repo = staged({ "app/tasks.py": BASE });
    const run = await runCli(repo.dir, ["hook", "--frobnicate", "app/tasks.py"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--frobnicate/);
  });
});
