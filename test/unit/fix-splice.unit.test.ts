import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PythonAstRunner, innermostFunction, pythonForBandit, type FileOutline } from "../../src/adapters/python/ast.js";
import { splitCommand } from "../../src/adapters/process.js";
import { dedent, missingImports, spliceFile } from "../../src/core/fix/splice.js";
import { validateCandidate } from "../../src/core/fix/validation.js";
import { targetsOf } from "../../src/app/fix-loop.js";
import type { ModuleLevelRecord } from "../../src/core/fix/record.js";
import type { RegressionRecord } from "../../src/core/report/report.js";

// The same Python as the Bandit under test, as the fix command picks it.
const python = new PythonAstRunner(pythonForBandit(splitCommand(process.env.BANDIT_GATE_BANDIT ?? "bandit")));

async function outlineOf(text: string): Promise<Extract<FileOutline, { parsed: true }>> {
  const outline = await python.outline(text);
  assert.ok(outline.parsed, JSON.stringify(outline));
  return outline;
}

async function rewrite(text: string, line: number, candidate: string, candidateImports: string[] = []) {
  const outline = await outlineOf(text);
  const fn = innermostFunction(outline.functions, line);
  assert.ok(fn, `a function encloses line ${line}`);
  const facts = await python.candidate([...candidateImports, candidate].join("\n"));
  assert.ok(facts.parsed);
  const imports = missingImports(outline.imports, facts.imports ?? []);
  const result = spliceFile(text, [{ start: fn.start, end: fn.end, source: candidate }], imports, outline.importAfter);
  await outlineOf(result.text); // the spliced file still parses
  return { fn, result, imports };
}

describe("extracting functions with Python's ast", () => {
  const source = [
    "import os", // 1
    "", // 2
    "class Store:", // 3
    "    @property", // 4
    "    @other.deco(", // 5
    "        1)", // 6
    "    def size(self):", // 7
    "        return 1", // 8
    "", // 9
    "    async def fetch(self, url, *, timeout=None):", // 10
    "        def helper(x):", // 11
    "            return eval(x)", // 12
    "        return helper(url)", // 13
    "", // 14
    "x = eval('1')", // 15
    "",
  ].join("\n");

  test("methods with multi-line decorators start at the first decorator and end at end_lineno", async () => {
    const outline = await outlineOf(source);
    const size = outline.functions.find((f) => f.qualname === "Store.size");
    assert.deepEqual([size?.start, size?.defLine, size?.end], [4, 7, 8]);
    assert.deepEqual(size?.facts.decorators, ["property", "other.deco(1)"]);
  });

  test("the innermost function encloses a line: nested inside async; module level has none", async () => {
    const outline = await outlineOf(source);
    assert.equal(innermostFunction(outline.functions, 12)?.qualname, "Store.fetch.helper");
    assert.equal(innermostFunction(outline.functions, 13)?.qualname, "Store.fetch");
    assert.equal(innermostFunction(outline.functions, 10)?.facts.isAsync, true);
    assert.equal(innermostFunction(outline.functions, 15), undefined);
    assert.deepEqual(outline.importText, ["import os"]);
    assert.equal(outline.importAfter, 1);
  });

  test("regressions are grouped per function; a nested one joins its regressed parent; module level is set aside", async () => {
    const outline = await outlineOf(source);
    const at = (line: number, id: string) => ({ path: "m.py", line, end_line: line, test_id: id }) as RegressionRecord;
    const moduleLevel: ModuleLevelRecord[] = [];
    const targets = targetsOf("m.py", [at(12, "B307"), at(13, "B113"), at(8, "B101"), at(15, "B307")], outline, moduleLevel);
    assert.deepEqual(
      targets.map((t) => [t.fn.qualname, t.regressions.map((r) => r.line)]),
      [
        ["Store.size", [8]],
        ["Store.fetch", [13, 12]],
      ],
    );
    assert.deepEqual(moduleLevel.map((m) => [m.line, m.test_id]), [[15, "B307"]]);
    assert.match(moduleLevel[0]?.reason ?? "", /outside any function/);
    const inner = targetsOf("m.py", [at(12, "B307")], outline, []);
    assert.deepEqual(inner.map((t) => t.fn.qualname), ["Store.fetch.helper"], "alone, the nested function is rewritten by itself");
  });

  test("a file that does not parse says where", async () => {
    const outline = await python.outline("def f(:\n    pass\n");
    assert.deepEqual(outline, { parsed: false, error: "line 1: invalid syntax" });
  });

  test("the Python next to a venv's bandit is used; python -m bandit uses that python", () => {
    const dir = mkdtempSync(join(tmpdir(), "bandit-gate-venv-"));
    try {
      writeFileSync(join(dir, "bandit"), "");
      writeFileSync(join(dir, "python"), "");
      chmodSync(join(dir, "python"), 0o755);
      assert.equal(pythonForBandit([join(dir, "bandit")]), join(dir, "python"));
      assert.equal(pythonForBandit(["/usr/bin/python3.12", "-m", "bandit"]), "/usr/bin/python3.12");
      assert.equal(pythonForBandit(["bandit"]), "python3");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("splicing a candidate into a file", () => {
  test("a decorated method is replaced whole, re-indented to the class body; the rest is untouched", async () => {
    const text = "class A:\n    @staticmethod\n    def run(cmd):\n        import subprocess\n        return subprocess.call(cmd, shell=True)\n\n    def other(self):\n        return 2\n";
    const candidate = "@staticmethod\ndef run(cmd):\n    import subprocess\n    return subprocess.call(cmd.split())\n";
    const { result } = await rewrite(text, 5, candidate);
    assert.equal(result.text, "class A:\n    @staticmethod\n    def run(cmd):\n        import subprocess\n        return subprocess.call(cmd.split())\n\n    def other(self):\n        return 2\n");
    assert.deepEqual(result.ranges, [{ start: 2, end: 5 }]);
  });

  test("a nested function is replaced inside its parent, which is otherwise unchanged", async () => {
    const text = "async def outer(x):\n    def inner(y):\n        return eval(y)\n    return inner(x)\n";
    const { fn, result } = await rewrite(text, 3, "def inner(y):\n    import ast\n    return ast.literal_eval(y)\n");
    assert.equal(fn.qualname, "outer.inner");
    assert.equal(result.text, "async def outer(x):\n    def inner(y):\n        import ast\n        return ast.literal_eval(y)\n    return inner(x)\n");
  });

  test("an async function keeps its place; candidates given indented are dedented first", async () => {
    const text = "import aiohttp\n\nasync def get(url):\n    return await aiohttp.get(url)\n\nTAIL = 1\n";
    const { result } = await rewrite(text, 4, "    async def get(url):\n        return await aiohttp.get(url, timeout=10)\n");
    assert.equal(result.text, "import aiohttp\n\nasync def get(url):\n    return await aiohttp.get(url, timeout=10)\n\nTAIL = 1\n");
  });

  test("new imports are added once, after the file's imports; ones already there (even partly) are not repeated", async () => {
    const text = '"""Module."""\nimport os\nfrom typing import Any\n\n\ndef f(p: Any):\n    return os.system(p)\n';
    const candidate = "def f(p: Any):\n    return subprocess.run(shlex.split(p), check=False)\n";
    const { result, imports } = await rewrite(text, 7, candidate, ["import os", "import shlex", "import subprocess", "from typing import Any, List", "import shlex"]);
    assert.deepEqual(imports, ["import shlex", "import subprocess", "from typing import List"]);
    assert.equal(
      result.text,
      '"""Module."""\nimport os\nfrom typing import Any\nimport shlex\nimport subprocess\nfrom typing import List\n\n\ndef f(p: Any):\n    return subprocess.run(shlex.split(p), check=False)\n',
    );
    assert.deepEqual(result.importLines, { start: 4, end: 6 });
    assert.deepEqual(result.ranges, [{ start: 9, end: 10 }], "the function's range accounts for the inserted imports");
  });

  test("aliases are distinct imports; relative imports keep their dots", () => {
    const existing = [{ kind: "import" as const, module: null, name: "json", asname: null, level: 0 }];
    assert.deepEqual(
      missingImports(existing, [
        { kind: "import", module: null, name: "json", asname: "j", level: 0 },
        { kind: "from", module: "util", name: "a", asname: null, level: 1 },
        { kind: "from", module: null, name: "b", asname: null, level: 2 },
      ]),
      ["import json as j", "from .util import a", "from .. import b"],
    );
  });

  test("with no imports, new ones go after the docstring, or after a shebang and coding line", async () => {
    const withDoc = '"""Doc."""\n\ndef f():\n    return eval("1")\n';
    assert.equal((await rewrite(withDoc, 4, "def f():\n    return ast.literal_eval('1')\n", ["import ast"])).result.text, '"""Doc."""\nimport ast\n\ndef f():\n    return ast.literal_eval(\'1\')\n');
    const withShebang = "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\ndef f():\n    return eval('1')\n";
    assert.equal(
      (await rewrite(withShebang, 4, "def f():\n    return ast.literal_eval('1')\n", ["import ast"])).result.text,
      "#!/usr/bin/env python\n# -*- coding: utf-8 -*-\nimport ast\ndef f():\n    return ast.literal_eval('1')\n",
    );
  });

  test("CRLF files stay CRLF throughout, new imports included", async () => {
    const text = "import os\r\n\r\nclass C:\r\n    def f(self, p):\r\n        return os.system(p)\r\n";
    const { result } = await rewrite(text, 5, "def f(self, p):\n    return subprocess.run([p], check=False)\n", ["import subprocess"]);
    assert.equal(result.text, "import os\r\nimport subprocess\r\n\r\nclass C:\r\n    def f(self, p):\r\n        return subprocess.run([p], check=False)\r\n");
    assert.equal(/[^\r]\n/.test(result.text), false);
  });

  test("tab-indented files get tabs, whatever the candidate used", async () => {
    const text = "class C:\n\tdef f(self, p):\n\t\tif p:\n\t\t\treturn eval(p)\n\t\treturn None\n";
    const { result } = await rewrite(text, 4, "def f(self, p):\n    if p:\n        return int(p)\n    return None\n");
    assert.equal(result.text, "class C:\n\tdef f(self, p):\n\t\tif p:\n\t\t\treturn int(p)\n\t\treturn None\n");
  });

  test("a file without a final newline keeps lacking one", () => {
    const result = spliceFile("def f():\n    return 1", [{ start: 1, end: 2, source: "def f():\n    return 2\n" }], [], 0);
    assert.equal(result.text, "def f():\n    return 2");
  });

  test("several functions in one file are spliced together, bottom-up, with one import block", () => {
    const text = "import os\n\ndef a():\n    return 1\n\ndef b():\n    return 2\n";
    const result = spliceFile(
      text,
      [
        { start: 3, end: 4, source: "def a():\n    x = 1\n    return x\n" },
        { start: 6, end: 7, source: "def b():\n    return 3\n" },
      ],
      ["import json"],
      1,
    );
    assert.equal(result.text, "import os\nimport json\n\ndef a():\n    x = 1\n    return x\n\ndef b():\n    return 3\n");
    assert.deepEqual(result.ranges, [{ start: 4, end: 6 }, { start: 8, end: 9 }]);
  });

  test("dedent removes only the common indentation", () => {
    assert.equal(dedent("    def f():\n        return 1\n"), "def f():\n    return 1\n");
  });
});

describe("candidate facts from Python's ast feed the validators", () => {
  const originalSource = 'def load(path, strict=True):\n    try:\n        return open(path).read()\n    except OSError:\n        raise ValueError("bad path")\n';

  async function check(candidate: string) {
    const outline = await outlineOf(originalSource);
    const original = outline.functions[0];
    assert.ok(original);
    return validateCandidate(original.facts, await python.candidate(candidate)).map((r) => r.code);
  }

  test("an honest rewrite passes", async () => {
    assert.deepEqual(await check('def load(path, strict=True):\n    try:\n        with open(path) as f:\n            return f.read()\n    except OSError:\n        raise ValueError("bad path")\n'), []);
  });

  test("# nosec, a deleted raise, a changed signature, a stub and broken syntax are caught", async () => {
    assert.deepEqual(await check('def load(path, strict=True):  # nosec\n    try:\n        return open(path).read()\n    except OSError:\n        raise ValueError("bad path")\n'), ["nosec-added"]);
    assert.deepEqual(await check("def load(path, strict=True):\n    try:\n        return open(path).read()\n    except OSError:\n        return None\n"), ["raise-removed"]);
    assert.deepEqual(await check('def load(path):\n    try:\n        return open(path).read()\n    except OSError:\n        raise ValueError("bad path")\n'), ["signature-changed"]);
    assert.deepEqual(await check("def load(path, strict=True):\n    raise NotImplementedError\n"), ["raise-removed", "handler-removed", "stubbed"]);
    assert.deepEqual(await check("def load(path, strict=True)\n    pass\n"), ["unparseable"]);
  });

  test("a string that merely contains 'nosec' is not a comment", async () => {
    assert.deepEqual(await check('def load(path, strict=True):\n    try:\n        return open(path).read() + "# nosec"\n    except OSError:\n        raise ValueError("bad path")\n'), []);
  });
});
