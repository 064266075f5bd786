import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, checkJson } from "../helpers/repo.js";
import type { ReportDocument } from "../../src/core/report/report.js";

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** main with these files committed, then a branch agent/work checked out. */
function branchedRepo(files: Record<string, string>): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

const kinds = (report: ReportDocument) => report.regressions.map((r) => `${r.kind}:${r.test_id}:${r.path}:${r.line}`);
const moves = (report: ReportDocument) => report.moved.map((m) => `${m.test_id}:${m.from.path}:${m.from.line}->${m.to.path}:${m.to.line}`);
const edits = (report: ReportDocument) => report.changed.map((m) => `${m.test_id}:${m.from.path}:${m.from.line}->${m.to.path}:${m.to.line}`);

/** A module as a person writes it, before a formatter. */
const HAND_WRITTEN = `import subprocess, pickle
import hashlib
from xml.etree import ElementTree


def run(cmd, cwd = None, env = None):
    return subprocess.call(cmd, shell=True, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)


def load(blob):
    return pickle.loads(blob)


def digest(data):
    return hashlib.md5(data).hexdigest()


def parse(text):
    return ElementTree.fromstring(text)


def evaluate(expr, names={'a': 1, 'b': 2}):
    try:
        return eval(expr, {'__builtins__': {}}, names)
    except:
        pass


PASSWORD = 'hunter22'
`;

/** The same module after \`black\` 24.10 (generated once, kept here so tests need no black). */
const BLACKENED = `import subprocess, pickle
import hashlib
from xml.etree import ElementTree


def run(cmd, cwd=None, env=None):
    return subprocess.call(
        cmd,
        shell=True,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        timeout=60,
    )


def load(blob):
    return pickle.loads(blob)


def digest(data):
    return hashlib.md5(data).hexdigest()


def parse(text):
    return ElementTree.fromstring(text)


def evaluate(expr, names={"a": 1, "b": 2}):
    try:
        return eval(expr, {"__builtins__": {}}, names)
    except:
        pass


PASSWORD = "hunter22"
`;

const SHELL = `import subprocess


def run(cmd):
    return subprocess.call(cmd, shell=True)


def greet(name):
    return "hello " + name
`;

describe("a formatter or a refactor does not make the gate cry wolf", () => {
  test("black's output (wrapped call, quotes, trailing commas) is unchanged, every finding matched", async () => {
    const repo = branchedRepo({ "app/tasks.py": HAND_WRITTEN });
    repo.write("app/tasks.py", BLACKENED).commit("black");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.ok(report.counts.unchanged >= 9, `every finding matched (${report.counts.unchanged})`);
    assert.equal(report.counts.fixed, 0);
    assert.deepEqual(report.changed, []);
  });

  test("black's output with a real change in it still shows the change", async () => {
    const repo = branchedRepo({ "app/tasks.py": HAND_WRITTEN });
    repo.write("app/tasks.py", BLACKENED.replace("def parse(text):", "def run2(cmd):\n    return subprocess.call(cmd, shell=True)\n\n\ndef parse(text):")).commit("black and more");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B602:app/tasks.py:27"]);
  });

  test("a local renamed on the flagged line is changed in place, listed, not a regression", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.write("app/tasks.py", SHELL.replace("def run(cmd):\n    return subprocess.call(cmd,", "def run(command):\n    return subprocess.call(command,")).commit("rename local");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.deepEqual(edits(report), ["B602:app/tasks.py:5->app/tasks.py:5"]);
  });

  test("a .gitattributes on the branch marking Python binary does not hide the diff: the edit is still changed in place", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.write(".gitattributes", "*.py binary\n");
    repo.write("app/tasks.py", SHELL.replace("def run(cmd):\n    return subprocess.call(cmd,", "def run(command):\n    return subprocess.call(command,")).commit("rename local");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.deepEqual(edits(report), ["B602:app/tasks.py:5->app/tasks.py:5"]);
  });

  test("diff.interHunkContext in git's configuration joins no hunks: an eval removed and one added three lines on is new", async () => {
    const before = `def f(a, b):\n    x = eval(a)\n    y = 1\n    z = 2\n    w = 3\n    return x + y + z + w\n`;
    const repo = branchedRepo({ "app/calc.py": before });
    repo.git("config", "diff.interHunkContext", "10");
    repo.write("app/calc.py", before.replace("x = eval(a)", "x = int(a)").replace("return x + y + z + w", "return eval(b) + x + y + z + w")).commit("move the eval");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B307:app/calc.py:6"]);
    assert.deepEqual(edits(report), []);
  });

  test("severity rising in place is escalated", async () => {
    const repo = branchedRepo({ "app/tasks.py": `import subprocess\n\n\ndef listing():\n    return subprocess.call("ls -l", shell=True)\n` });
    repo.write("app/tasks.py", `import subprocess\n\n\ndef listing(path):\n    return subprocess.call("ls -l " + path, shell=True)\n`).commit("take a path");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["escalated:B602:app/tasks.py:5"]);
    assert.equal(report.regressions[0]?.baseline_severity, "LOW");
  });

  test("a function moved to a new module is moved; the new module's own import is new", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.write("app/tasks.py", `def greet(name):\n    return "hello " + name\n`);
    repo.write("app/shell.py", `import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`).commit("split");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(moves(report), ["B602:app/tasks.py:5->app/shell.py:5"]);
    // The old module imported subprocess and no longer does; the new one now does: Bandit's
    // import finding there is new (module-level code moves only with its whole file).
    assert.deepEqual(kinds(report), ["new:B404:app/shell.py:1"]);
    assert.equal(code, 1);
  });

  test("a function moved into an existing module (that already imports subprocess) is moved", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL, "app/admin.py": `import subprocess\n\n\ndef who():\n    return subprocess.check_output(["whoami"])\n` });
    repo.write("app/tasks.py", `def greet(name):\n    return "hello " + name\n`);
    repo.write("app/admin.py", repo.read("app/admin.py") + `\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`).commit("move run");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.deepEqual(moves(report), ["B602:app/tasks.py:5->app/admin.py:9"]);
    assert.equal(report.counts.fixed, 1, "the old module's B404 is gone");
  });

  test("a file renamed and rewritten past git's 50% similarity keeps its findings (moved)", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.remove("app/tasks.py");
    const rewritten = `"""Shell helpers, rewritten."""\nimport logging\nimport subprocess\n\nLOG = logging.getLogger(__name__)\n\n\ndef greet(name: str) -> str:\n    LOG.info("greeting %s", name)\n    return f"hello {name}"\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n\n\ndef size(items):\n    return len(items)\n`;
    repo.write("lib/commands.py", rewritten).commit("rewrite");
    const status = repo.git("diff", "--name-status", "-M", "main", "HEAD");
    assert.match(status, /^D\tapp\/tasks\.py$/m, "git does not pair them");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.deepEqual(moves(report), ["B404:app/tasks.py:1->lib/commands.py:3", "B602:app/tasks.py:5->lib/commands.py:14"]);
  });

  test("a deleted module whose function is re-added elsewhere is moved, and its deleted imports are not fixed twice", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL, "app/main.py": `import subprocess\n\n\ndef main():\n    return subprocess.check_output(["id"])\n` });
    repo.remove("app/tasks.py");
    repo.write("app/main.py", repo.read("app/main.py") + `\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`).commit("fold tasks into main");
    const { code, report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.equal(code, 0);
    assert.deepEqual(moves(report), ["B602:app/tasks.py:5->app/main.py:9"]);
  });

  test("a function moved to another module and edited there is changed, not new", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL, "app/admin.py": `import subprocess\n` });
    repo.write("app/tasks.py", `def greet(name):\n    return "hello " + name\n`);
    repo.write("app/admin.py", `import subprocess\n\n\ndef run(command):\n    return subprocess.call(command, shell=True)\n`).commit("move and rename");
    const { report } = await checkJson(repo.dir);
    assert.deepEqual(kinds(report), []);
    assert.deepEqual(edits(report), ["B602:app/tasks.py:5->app/admin.py:5"]);
  });
});

describe("what must still be caught", () => {
  test("a copy is not a move: the original stays, the copy in another module is new", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL, "app/admin.py": `import subprocess\n` });
    repo.write("app/admin.py", `import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`).commit("copy");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B602:app/admin.py:5"]);
    assert.deepEqual(report.moved, []);
  });

  test("a duplicated vulnerable line is new, and it is the added one", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.write("app/tasks.py", SHELL.replace("    return subprocess.call(cmd, shell=True)\n", "    subprocess.call(cmd, shell=True)\n    return subprocess.call(cmd, shell=True)\n")).commit("dup");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B602:app/tasks.py:5"]);
  });

  test("an identical statement duplicated in another function of the same file: the added copy is new", async () => {
    const base = `import subprocess\n\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n    return 0\n`;
    const repo = branchedRepo({ "app/tasks.py": base });
    repo.write("app/tasks.py", `import subprocess\n\n\ndef first(cmd):\n    subprocess.call(cmd, shell=True)\n\n\n` + base.slice("import subprocess\n\n\n".length)).commit("dup above");
    const { report } = await checkJson(repo.dir);
    // The original's line maps unchanged through the diff, so it keeps its identity even
    // though the copy comes first in the file.
    assert.deepEqual(kinds(report), ["new:B602:app/tasks.py:5"]);
  });

  test("a second eval added in a function that had one is new, even right next to it", async () => {
    const base = `def calc(expr):\n    return eval(expr)\n`;
    const repo = branchedRepo({ "app/calc.py": base });
    repo.write("app/calc.py", `def calc(expr):\n    check = eval(expr + "+0")\n    return eval(expr)\n`).commit("another eval");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B307:app/calc.py:2"]);
  });

  test("an old eval edited and a new one added in the same hunk: one is changed, one is new", async () => {
    const repo = branchedRepo({ "app/calc.py": `def calc(expr):\n    return eval(expr)\n` });
    repo.write("app/calc.py", `def calc(expr):\n    first = eval(expr.strip())\n    return eval(first)\n`).commit("two evals");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.equal(report.counts.new, 1);
    assert.equal(report.counts.changed, 1);
  });

  test("a nosec added on an old finding is suppressed, also after black", async () => {
    const repo = branchedRepo({ "app/tasks.py": HAND_WRITTEN });
    repo.write("app/tasks.py", BLACKENED.replace("        shell=True,\n", "        shell=True,  # nosec\n")).commit("hide");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["suppressed:B602:app/tasks.py:9"]);
  });

  test("'# nosec' inside a string literal suppresses nothing", async () => {
    const repo = branchedRepo({ "app/calc.py": `def calc(expr):\n    return len(expr)\n` });
    repo.write("app/calc.py", `def calc(expr):\n    return eval(expr, {"note": "# nosec"})\n`).commit("string nosec");
    const honour = await checkJson(repo.dir, ["--nosec", "honor"]);
    assert.equal(honour.code, 1);
    assert.deepEqual(kinds(honour.report), ["new:B307:app/calc.py:2"]);
    const strict = await checkJson(repo.dir);
    assert.deepEqual(kinds(strict.report), ["new:B307:app/calc.py:2"], "new, not 'suppressed'");
  });

  test("a generic statement removed in one place and added in another context is new (except: pass, import pickle)", async () => {
    const repo = branchedRepo({
      "app/a.py": `import pickle\n\n\ndef load(blob):\n    try:\n        return pickle.loads(blob)\n    except:\n        pass\n`,
      "app/b.py": `def parse(text):\n    return int(text)\n`,
    });
    repo.write("app/a.py", `import json\n\n\ndef load(blob):\n    return json.loads(blob)\n`);
    repo.write("app/b.py", `import pickle\n\n\ndef parse(text):\n    try:\n        return int(text)\n    except:\n        pass\n`).commit("shuffle");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B403:app/b.py:1", "new:B110:app/b.py:7"]);
    assert.deepEqual(report.moved, []);
  });

  test("a module-level shell call removed from an admin script and added to an existing module is new", async () => {
    const repo = branchedRepo({
      "scripts/admin.py": `import subprocess\nsubprocess.call(input(), shell=True)\n`,
      "app/web.py": `import subprocess\n\n\ndef ok():\n    return subprocess.check_output(["id"])\n`,
    });
    repo.remove("scripts/admin.py");
    repo.write("app/web.py", repo.read("app/web.py") + `subprocess.call(input(), shell=True)\n`).commit("move the call");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B602:app/web.py:6"]);
  });

  test("deleting one script and adding an unrelated one with the same module-level call is new, not a move", async () => {
    const repo = branchedRepo({
      "scripts/cleanup.py": `import subprocess\n\n\ndef stale():\n    return []\n\n\nsubprocess.call(input(), shell=True)\n`,
    });
    repo.remove("scripts/cleanup.py");
    const deploy = `"""Release tooling."""\nimport logging\nimport subprocess\n\nLOG = logging.getLogger("deploy")\n\n\ndef release(tag: str) -> str:\n    LOG.info("releasing %s", tag)\n    return f"v{tag}"\n\n\ndef channels():\n    return ["stable", "beta"]\n\n\nsubprocess.call(input(), shell=True)\n`;
    repo.write("app/deploy.py", deploy).commit("swap scripts");
    assert.match(repo.git("diff", "--name-status", "-M", "main", "HEAD"), /^D\tscripts\/cleanup\.py$/m, "git does not pair them");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B404:app/deploy.py:3", "new:B602:app/deploy.py:17"]);
    assert.deepEqual(report.moved, []);
  });
});

describe("source is decoded the way Python decodes it", () => {
  test("a utf-7 encoding cookie: a new eval hidden from a UTF-8 reading is new", async () => {
    const repo = branchedRepo({ "app/cfg.py": `# coding: utf-7\ndef f(x):\n    return eval(x)\n` });
    // In UTF-7 "+AAo-" is a newline: Python (and Bandit) see a second eval on its own line,
    // while the bytes read as UTF-8 show an unchanged line followed by a comment.
    repo.write("app/cfg.py", `# coding: utf-7\ndef f(x):\n    return eval(x)  # +AAo-    eval(input())\n`).commit("utf-7");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B307:app/cfg.py:4"]);
    assert.deepEqual(report.regressions[0]?.code, ["    eval(input())"]);
  });

  test("a file its own cookie cannot decode is a scan failure (exit 3), not a pass", async () => {
    const repo = branchedRepo({ "app/cfg.py": `def f(x):\n    return x\n` });
    writeFileSync(join(repo.dir, "app/cfg.py"), Buffer.concat([Buffer.from("# -*- coding: ascii -*-\ndef f(x):\n    return x  # caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
    repo.commit("bad bytes");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 3);
    assert.deepEqual(report.scan_errors.map((f) => f.path), ["app/cfg.py"]);
  });

  test("a UTF-8 BOM changes nothing", async () => {
    const repo = branchedRepo({ "app/tasks.py": SHELL });
    repo.write("app/tasks.py", `\ufeff${SHELL}`).commit("bom");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 0);
    assert.deepEqual(kinds(report), []);
  });
});

describe("baseline-file mode uses the same cascade", () => {
  test("black's output and a function moved to a new module pass against a stored baseline; a copy does not", async () => {
    const repo = branchedRepo({ "app/tasks.py": HAND_WRITTEN, "app/shell.py": SHELL });
    const made = await runCliJson(repo, ["baseline", "--output", ".bandit-baseline.json"]);
    assert.equal(made, 0);
    assert.equal(JSON.parse(repo.read(".bandit-baseline.json")).schema_version, 3);
    repo.write("app/tasks.py", BLACKENED);
    repo.write("app/shell.py", `import subprocess\n\n\ndef greet(name):\n    return "hello " + name\n`);
    repo.write("app/runner.py", `import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`);
    const moved = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.deepEqual(kinds(moved.report), ["new:B404:app/runner.py:1"]);
    assert.deepEqual(moved.report.moved.map((m) => `${m.test_id}:${m.from.path}->${m.to.path}:${m.to.line}`), ["B602:app/shell.py->app/runner.py:5"]);
    repo.write("app/shell.py", SHELL);
    const copied = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.deepEqual(kinds(copied.report), ["new:B404:app/runner.py:1", "new:B602:app/runner.py:5"]);
  });

  test("a version 1 baseline file is refused with the command that regenerates it", async () => {
    const repo = branchedRepo({ "app/shell.py": SHELL });
    repo.write(".bandit-baseline.json", JSON.stringify({ schema: "bandit-gate/baseline", schema_version: 1, bandit_version: "1.9.4", config_digest: "x", files: {} }));
    const { code, stderr } = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(code, 2);
    assert.match(stderr, /schema_version 1/);
    assert.match(stderr, /bandit-gate baseline --output \S*\.bandit-baseline\.json/);
  });
});

async function runCliJson(repo: TempRepo, args: string[]): Promise<number> {
  const { runCli } = await import("../helpers/repo.js");
  return (await runCli(repo.dir, args)).code;
}
