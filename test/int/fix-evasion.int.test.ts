import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { PythonAstRunner, pythonForBandit, type FileOutline } from "../../src/adapters/python/ast.js";
import { splitCommand } from "../../src/adapters/process.js";
import { validateCandidate, type FunctionFacts } from "../../src/core/fix/validation.js";
import { BANDIT } from "../helpers/repo.js";

/** The real Python helper (the interpreter next to the Bandit the tests use). */
const python = new PythonAstRunner(pythonForBandit(splitCommand(BANDIT)));

async function originalFacts(source: string): Promise<FunctionFacts> {
  const outline = (await python.outline(source)) as Extract<FileOutline, { parsed: true }>;
  assert.ok(outline.parsed);
  return outline.functions[0]?.facts as FunctionFacts;
}

async function codes(original: string, candidate: string): Promise<string[]> {
  return validateCandidate(await originalFacts(original), await python.candidate(candidate)).map((r) => r.code);
}

const RUN = "import subprocess\n\ndef run(cmd):\n    return subprocess.run(cmd, shell=True)\n";

describe("candidates that hide a sink behind dynamic indirection are rejected", () => {
  const kinds: Array<[string, string]> = [
    ["getattr on a module with a constant name", 'def run(cmd):\n    return getattr(subprocess, "run")(cmd, shell=True)\n'],
    ["__import__", 'def run(cmd):\n    return __import__("subprocess").run(cmd, shell=True)\n'],
    ["importlib.import_module", 'def run(cmd):\n    return importlib.import_module("os").system(cmd)\n'],
    ["builtins.__dict__", 'def run(cmd):\n    return builtins.__dict__["eval"](cmd)\n'],
    ["globals()[...]", 'def run(cmd):\n    return globals()["eval"](cmd)\n'],
    ["vars()[...]", 'def run(cmd):\n    return vars(subprocess)["run"](cmd, shell=True)\n'],
    ["exec", 'def run(cmd):\n    exec("import os; os.system(cmd)")\n'],
    ["compile", 'def run(cmd):\n    return eval(compile(cmd, "<cmd>", "eval"))\n'],
  ];
  for (const [kind, candidate] of kinds) {
    test(kind, async () => {
      assert.deepEqual(await codes(RUN, candidate), ["indirection-added"]);
    });
  }

  test("indirection the original already had is not held against the rewrite (no crying wolf)", async () => {
    const original = 'def load(name):\n    mod = importlib.import_module(name)\n    return getattr(mod, "VERSION")\n';
    assert.deepEqual(await codes(original, 'def load(name):\n    mod = importlib.import_module(name)\n    return getattr(mod, "VERSION")\n'), []);
  });

  test("ordinary attribute probing is not indirection: getattr(self, 'x'), getattr(obj, 'x', default)", async () => {
    const original = "def size(self, obj):\n    return obj.size\n";
    assert.deepEqual(await codes(original, 'def size(self, obj):\n    return getattr(obj, "size", 0) or getattr(self, "default")\n'), []);
  });
});

describe("guards that can never run do not count", () => {
  const GUARDED = 'def find(name):\n    if not name:\n        raise ValueError("name")\n    try:\n        return lookup(name)\n    except KeyError:\n        return None\n';

  test("a raise under `if False and ...` is a removed raise", async () => {
    assert.deepEqual(await codes(GUARDED, 'def find(name):\n    if False and not name:\n        raise ValueError("name")\n    try:\n        return lookup(name)\n    except KeyError:\n        return None\n'), ["raise-removed"]);
  });

  test("a raise in the dead else of `if True:` is a removed raise", async () => {
    assert.deepEqual(await codes(GUARDED, 'def find(name):\n    if True:\n        pass\n    else:\n        raise ValueError("name")\n    try:\n        return lookup(name)\n    except KeyError:\n        return None\n'), ["raise-removed"]);
  });

  test("`except ():` catches nothing: a removed handler", async () => {
    assert.deepEqual(await codes(GUARDED, 'def find(name):\n    if not name:\n        raise ValueError("name")\n    try:\n        return lookup(name)\n    except ():\n        return None\n'), ["handler-removed"]);
  });

  test("`return None` as the whole body is a stub", async () => {
    assert.deepEqual(await codes(GUARDED.replace(/\n {4}if not name[\s\S]*$/, "\n    return lookup(name)\n"), "def find(name):\n    return None\n"), ["stubbed"]);
  });

  test("a guard reformatted (other condition, same reachable raise) passes", async () => {
    assert.deepEqual(await codes(GUARDED, 'def find(name):\n    if name is None or name == "":\n        raise ValueError("name")\n    try:\n        return lookup(name)\n    except (KeyError, LookupError):\n        return None\n'), []);
  });
});
