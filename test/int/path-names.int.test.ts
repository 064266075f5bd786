/**
 * A changed Python file whose name git cannot hand over intact (not UTF-8, a newline in it) must
 * never pass unscanned: the CLI, the hook and the Action stop with exit 3, naming the file as git
 * quotes it and saying why. A name chosen to dodge the gate is a failure, never a pass.
 */
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { TempRepo, git, runCli } from "../helpers/repo.js";

const SAFE = "import os\n\n\ndef home():\n    return os.getcwd()\n";
const UNSAFE = "import os\n\n\ndef run(x):\n    os.system(x)\n";
/** `caf\xe9.py`: a latin-1 byte, not UTF-8. */
const LATIN1 = Buffer.concat([Buffer.from("caf"), Buffer.from([0xe9]), Buffer.from(".py")]);
const NEWLINE = Buffer.from("a\nb.py");
/** `q"u\o.py`: valid UTF-8, but a backslash would be read as a folder separator. */
const BACKSLASH = Buffer.from('q"u\\o.py');

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function repoWith(name: Buffer, content = UNSAFE, options: { commit?: boolean; stage?: boolean } = { commit: true }): TempRepo {
  const repo = new TempRepo();
  cleanup.push(() => repo.dispose());
  repo.write("app.py", SAFE).commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), name]), content);
  if (options.commit) repo.commit("agent: add a file");
  else if (options.stage) repo.git("add", "-A");
  return repo;
}

function assertRefused(run: { code: number; stdout: string; stderr: string }, quoted: string, why: RegExp): void {
  assert.equal(run.code, 3, run.stdout + run.stderr);
  const all = run.stdout + run.stderr;
  assert.ok(all.includes(`cannot scan ${quoted} (`), all);
  assert.match(all, why);
  assert.doesNotMatch(all, /PASS|internal error|\n\s+at /);
}

beforeAll(() => {
  assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)");
});

describe("file names git cannot hand over intact", () => {
  for (const [label, name, quoted, why] of [
    ["a latin-1 byte", LATIN1, '"caf\\351.py"', /not valid UTF-8/],
    ["a newline", NEWLINE, '"a\\nb.py"', /contains a newline/],
    ["a backslash", BACKSLASH, '"q\\"u\\\\o.py"', /contains a backslash/],
  ] as const) {
    test(`check: a committed file named with ${label} is exit 3, named and explained, for --head and the work tree`, async () => {
      const repo = repoWith(name);
      assertRefused(await runCli(repo.dir, ["check", "--base", "main", "--head", "HEAD"]), quoted, why);
      assertRefused(await runCli(repo.dir, ["check", "--base", "main"]), quoted, why);
      // --allow-scan-errors accepts files Bandit failed on, not files the gate could not even hand to it.
      assertRefused(await runCli(repo.dir, ["check", "--base", "main", "--allow-scan-errors"]), quoted, why);
      assertRefused(await runCli(repo.dir, ["check", "--base", "main", "--format", "json"]), quoted, why);
    });

    test(`check and hook: an untracked or staged file named with ${label} is exit 3`, async () => {
      assertRefused(await runCli(repoWith(name, UNSAFE, {}).dir, ["check", "--base", "main"]), quoted, why);
      const staged = repoWith(name, UNSAFE, { stage: true });
      assertRefused(await runCli(staged.dir, ["hook"]), quoted, why);
      // pre-commit hands the names over as arguments: git's own decoding of them is what it gives.
      const listed = git(staged.dir, "-c", "core.quotepath=off", "diff", "--cached", "--name-only", "-z").split("\0").filter(Boolean);
      assertRefused(await runCli(staged.dir, ["hook", ...listed]), quoted, why);
    });
  }

  test("odd names git hands over intact (UTF-8 letters, a tab, a leading space) are judged, not refused", async () => {
    for (const name of ["café.py", "a\tb.py", " lead.py"]) {
      const run = await runCli(repoWith(Buffer.from(name)).dir, ["check", "--base", "main", "--head", "HEAD", "--format", "json"]);
      assert.equal(run.code, 1, `${JSON.stringify(name)}: ${run.stderr}`);
      const report = JSON.parse(run.stdout) as { regressions: Array<{ path: string; test_id: string }> };
      assert.deepEqual(report.regressions.map((r) => [r.path, r.test_id]), [[name, "B605"]]);
    }
  });

  test("baseline-file mode and the baseline command refuse such a name too", async () => {
    const repo = repoWith(LATIN1);
    repo.git("checkout", "-q", "main");
    const scratch = mkdtempSync(join(tmpdir(), "bandit-gate-stored-"));
    cleanup.push(() => rmSync(scratch, { recursive: true, force: true }));
    const stored = join(scratch, "baseline.json");
    assert.equal((await runCli(repo.dir, ["baseline", "--output", stored])).code, 0);
    repo.git("checkout", "-q", "agent/work");
    assertRefused(await runCli(repo.dir, ["check", "--baseline", stored]), '"caf\\351.py"', /not valid UTF-8/);
    assertRefused(await runCli(repo.dir, ["baseline", "--output", stored]), '"caf\\351.py"', /not valid UTF-8/);
  });

  test("a clean file with such a name fails too (it is unscanned, not judged clean); other unscannable names do not matter", async () => {
    assertRefused(await runCli(repoWith(LATIN1, SAFE).dir, ["check", "--base", "main"]), '"caf\\351.py"', /not valid UTF-8/);
    const notes = repoWith(Buffer.concat([Buffer.from("notes-"), Buffer.from([0xe9]), Buffer.from(".txt")]), "hello\n");
    const run = await runCli(notes.dir, ["check", "--base", "main"]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });

  test("the Action: exit 3 with the file named in the failure", async () => {
    const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
    git(origin, "init", "-q", "--bare", "-b", "main");
    const author = repoWith(LATIN1);
    author.git("remote", "add", "origin", origin);
    author.git("push", "-q", "origin", "main", "agent/work");
    const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
    const ws = join(parent, "ws");
    git(parent, "clone", "-q", "--no-tags", "--branch", "agent/work", `file://${origin}`, ws);
    const payload = { ref: "refs/heads/agent/work", before: "0".repeat(40), after: "", repository: { default_branch: "main" } };
    const run = await runAction(ws, "push", payload);
    assert.equal(run.code, 3, run.stdout + run.stderr);
    assert.match(run.stdout, /::error::bandit-gate: cannot scan "caf\\351\.py" \(its name is not valid UTF-8\)/);
  });
});
