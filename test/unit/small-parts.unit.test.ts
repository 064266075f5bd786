import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { isSuppressed, parseNosec } from "../../src/core/gate/nosec.js";
import { redactSource, redactText } from "../../src/core/report/redact.js";
import { enclosingFunction } from "../../src/core/gate/scope.js";
import { inShard, isPythonFile, makeSelector } from "../../src/core/gate/selection.js";
import { normalisePath } from "../../src/core/gate/paths.js";
import { splitIntoChunks } from "../../src/adapters/bandit/run.js";
import { parseRawDiff } from "../../src/adapters/git.js";

describe("nosec comments (Bandit 1.7.5+ semantics)", () => {
  test("blanket and specific forms", () => {
    assert.deepEqual(parseNosec("x()  # nosec"), { tests: [] });
    assert.deepEqual(parseNosec("x()  #nosec B602, B607"), { tests: ["B602", "B607"] });
    assert.deepEqual(parseNosec("x()  # nosec: B602"), { tests: ["B602"] });
    assert.deepEqual(parseNosec("x()  # nosec - reviewed by alice"), { tests: [] }, "unknown words leave a blanket nosec");
    assert.deepEqual(parseNosec("x()  # nosec subprocess_popen_with_shell_equals_true"), { tests: ["subprocess_popen_with_shell_equals_true"] });
    assert.equal(parseNosec("x()  # NOSEC"), undefined, "Bandit's match is case-sensitive");
    assert.equal(parseNosec("x()  # nosecurity"), undefined);
  });

  test("any line of the flagged statement may carry it; another test's id does not suppress", () => {
    assert.equal(isSuppressed(["call(", "  cmd,  # nosec", "  shell=True)"], "B602", "x"), true);
    assert.equal(isSuppressed(["call(cmd, shell=True)  # nosec B101"], "B602", "x"), false);
    assert.equal(isSuppressed(["call(cmd, shell=True)  # nosec B101 B602"], "B602", "x"), true);
  });
});

describe("secrets", () => {
  test("hardcoded-password messages and lines are redacted; other tests are left alone", () => {
    assert.equal(redactText("B105", "Possible hardcoded password: 'hunter2'"), "Possible hardcoded password: '***'");
    assert.equal(redactText("B602", "subprocess call: shell=True"), "subprocess call: shell=True");
    assert.equal(redactSource("B105", 'DB_PASSWORD = "hunter2"  # prod'), 'DB_PASSWORD = "***"  # prod');
    assert.equal(redactSource("B106", "connect(user='u', password='p\\'w')"), "connect(user='***', password='***')");
    assert.equal(redactSource("B107", 'def f(password="""multi'), 'def f(password="""***');
    assert.equal(redactSource("B602", 'call("ls", shell=True)'), 'call("ls", shell=True)');
  });
});

describe("enclosing function names", () => {
  const lines = ["class A:", "    def m(self):", "        if x:", "            call()", "", "def top():", "    return 1", "x = 2"];
  test("methods, functions and module level", () => {
    assert.equal(enclosingFunction(lines, 4), "A.m");
    assert.equal(enclosingFunction(lines, 7), "top");
    assert.equal(enclosingFunction(lines, 8), undefined);
  });
});

describe("file selection", () => {
  test("python by extension or shebang", () => {
    assert.equal(isPythonFile("a/b.py", () => undefined), true);
    assert.equal(isPythonFile("a/b.pyw", () => undefined), true);
    assert.equal(isPythonFile("bin/tool", () => "#!/usr/bin/env python3"), true);
    assert.equal(isPythonFile("bin/tool", () => "#!/bin/sh"), false);
    assert.equal(isPythonFile("notes.txt", () => "#!/usr/bin/python"), false);
  });

  test("include, exclude and paths", () => {
    const select = makeSelector({ include: ["src/**"], exclude: ["**/test_*.py"], paths: [] });
    assert.equal(select("src/a.py"), true);
    assert.equal(select("src/test_a.py"), false);
    assert.equal(select("lib/a.py"), false);
    const inPaths = makeSelector({ include: [], exclude: [], paths: ["pkg/"] });
    assert.equal(inPaths("pkg/x.py"), true);
    assert.equal(inPaths("pkgx/x.py"), false);
    assert.equal(makeSelector({ include: [], exclude: [], paths: [] })(".github/x.py"), true);
  });

  test("shards partition the files deterministically", () => {
    const files = Array.from({ length: 200 }, (_, i) => `pkg/m${i}.py`);
    const parts = [1, 2, 3].map((index) => files.filter((f) => inShard(f, { index, total: 3 })));
    assert.equal(parts.flat().length, files.length);
    assert.equal(new Set(parts.flat()).size, files.length);
    for (const part of parts) assert.ok(part.length > 30, "roughly balanced");
  });

  test("paths are normalised", () => {
    assert.equal(normalisePath("./a/./b/../c.py"), "a/c.py");
    assert.equal(normalisePath("././x.py"), "x.py");
    assert.equal(normalisePath("dir\\sub\\y.py"), "dir/sub/y.py");
  });
});

describe("adapters' pure helpers", () => {
  test("file lists are split by process count and command-line length, in order", () => {
    const files = Array.from({ length: 100 }, (_, i) => `f${String(i).padStart(3, "0")}.py`);
    const two = splitIntoChunks(files, { processes: 2, maxArgChars: 100_000, minFilesPerProcess: 16 });
    assert.deepEqual(two.map((c) => c.length), [50, 50]);
    assert.deepEqual(two.flat(), files);
    assert.deepEqual(splitIntoChunks(files.slice(0, 10), { processes: 2, maxArgChars: 100_000, minFilesPerProcess: 16 }).length, 1);
    const narrow = splitIntoChunks(files, { processes: 1, maxArgChars: 80, minFilesPerProcess: 16 });
    assert.ok(narrow.every((c) => c.join(" ").length <= 80));
    assert.deepEqual(narrow.flat(), files);
  });

  test("git's raw -z diff: renames kept, symbolic links and submodules left out", () => {
    const z = "0".repeat(40);
    const raw = [
      `:100644 100644 ${z} ${z} M`, "a.py",
      `:100644 100644 ${z} ${z} R087`, "old name.py", "new ü.py",
      `:100644 000000 ${z} ${z} D`, "gone.py",
      `:000000 100755 ${z} ${z} A`, "bin/tool",
      `:000000 120000 ${z} ${z} A`, "link.py",
      `:160000 160000 ${z} ${z} M`, "vendor/lib",
    ].join("\0") + "\0";
    assert.deepEqual(parseRawDiff(raw), [
      { status: "M", path: "a.py" },
      { status: "R", path: "new ü.py", oldPath: "old name.py" },
      { status: "D", path: "gone.py" },
      { status: "A", path: "bin/tool" },
    ]);
  });
});

test("the tool's reported version is package.json's", async () => {
  const { TOOL_VERSION } = await import("../../src/core/version.js");
  const pkg = JSON.parse((await import("node:fs")).readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  assert.equal(TOOL_VERSION, pkg.version);
});

test("a command over its time limit is killed with what it started, exit 124", async () => {
  const { runCommand } = await import("../../src/adapters/process.js");
  const started = Date.now();
  const result = await runCommand("/bin/sh", ["-c", "sleep 30 & sleep 30; echo never"], { timeoutMs: 300 });
  assert.equal(result.code, 124);
  assert.match(result.stderr, /killed after 0 s \(time limit\)/);
  assert.ok(Date.now() - started < 10_000, "did not wait for the children");
  assert.doesNotMatch(result.stdout, /never/);
});

test("a test suite that hangs rejects the candidate instead of hanging the run", async () => {
  const { CopiedTreeTestRunner } = await import("../../src/adapters/test-command.js");
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const root = mkdtempSync(join(tmpdir(), "bandit-gate-hang-"));
  writeFileSync(join(root, "a.py"), "x = 1\n");
  const runner = new CopiedTreeTestRunner(root, "sleep 30", process.env, 300);
  try {
    const outcome = await runner.run(new Map([["a.py", "x = 2\n"]]));
    assert.equal(outcome.passed, false);
    assert.equal(outcome.exitCode, 124);
  } finally {
    await runner.dispose();
    rmSync(root, { recursive: true, force: true });
  }
});
