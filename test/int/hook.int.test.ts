/**
 * `bandit-gate hook` without the pre-commit framework (test/int/pre-commit.int.test.ts runs it
 * under pre-commit): the index is judged, not the work tree, and a machine without Bandit or
 * Python gets one line saying what to install.
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GIT_ENV, TempRepo, runCli } from "../helpers/repo.js";

const CLI = fileURLToPath(new URL("../../src/cli/index.ts", import.meta.url));
const BASE = "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd)\n";
const UNSAFE = BASE.replace("call(cmd)", "call(cmd, shell=True)");

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function repo(files: Record<string, string> = { "app.py": BASE }): TempRepo {
  const r = new TempRepo();
  cleanup.push(() => r.dispose());
  for (const [path, content] of Object.entries(files)) r.write(path, content);
  r.commit("base");
  return r;
}

describe("bandit-gate hook", () => {
  test("judges the staged content of the given files against HEAD, not the work tree", async () => {
    const r = repo();
    r.write("app.py", UNSAFE).git("add", "app.py");
    r.write("app.py", BASE);
    const staged = await runCli(r.dir, ["hook", "app.py"]);
    assert.equal(staged.code, 1, staged.stdout + staged.stderr);
    assert.match(staged.stdout, /app\.py\n\s+5:12\s+B602 HIGH .*\[new\] in run\(\)\n.*\n\s+> return subprocess\.call\(cmd, shell=True\)/);
    assert.match(staged.stdout, /baseline HEAD @/);
    assert.equal(staged.stderr, "", "no progress messages unless --verbose");

    r.git("add", "app.py");
    r.write("app.py", UNSAFE);
    const clean = await runCli(r.dir, ["hook", "app.py"]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /bandit-gate PASS/);
  });

  test("only the files given are judged; none given means every staged file", async () => {
    const r = repo({ "a.py": BASE, "b.py": BASE });
    r.write("a.py", UNSAFE).write("b.py", "X = 1\n").git("add", "-A");
    assert.equal((await runCli(r.dir, ["hook", "b.py"])).code, 0);
    assert.equal((await runCli(r.dir, ["hook"])).code, 1);
  });

  test("the first commit of a repository: everything staged is new", async () => {
    const r = new TempRepo();
    cleanup.push(() => r.dispose());
    r.write("app.py", UNSAFE).git("add", "-A");
    const result = await runCli(r.dir, ["hook", "--verbose", "app.py"]);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /B602 HIGH .*\[new\]/);
    assert.match(result.stderr, /Baseline: empty repository \(first commit\)/);
  });

  test("--head and --shard are not hook options; --help describes the hook", async () => {
    const r = repo();
    const bad = await runCli(r.dir, ["hook", "--head", "HEAD"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--head/);
    const help = await runCli(r.dir, ["hook", "--help"]);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /STAGED content/);
    assert.match(help.stdout, /SKIP=bandit-gate/);
  });

  test("no Bandit and no Python: exit 2 with one line saying what to install", () => {
    const r = repo();
    r.write("app.py", UNSAFE).git("add", "app.py");
    const scratch = mkdtempSync(join(tmpdir(), "bandit-gate-nopython-"));
    cleanup.push(() => rmSync(scratch, { recursive: true, force: true }));
    const bin = join(scratch, "bin");
    mkdirSync(bin);
    const gitPath = spawnSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).stdout.trim();
    symlinkSync(gitPath, join(bin, "git"));
    const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV, PATH: bin, BANDIT_GATE_CACHE_DIR: join(scratch, "cache") };
    delete env.BANDIT_GATE_BANDIT;
    const result = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), CLI, "hook", "app.py"], { cwd: r.dir, env, encoding: "utf8" });
    assert.equal(result.status, 2, result.stdout + result.stderr);
    const lines = result.stderr.trim().split("\n");
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0] ?? "", /python3 was not found.*install Python 3/);
  });
});
