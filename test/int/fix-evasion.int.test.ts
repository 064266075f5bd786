import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { PythonAstRunner, pythonForBandit, type FileOutline } from "../../src/adapters/python/ast.js";
import { splitCommand } from "../../src/adapters/process.js";
import { handlerChanges, validateCandidate, type FunctionFacts } from "../../src/core/fix/validation.js";
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

describe("a handler only the removed sink could raise into may go (Python's own reading)", () => {
  const ORIGINAL = 'import subprocess\n\ndef tag(name):\n    try:\n        subprocess.run("git tag " + name, shell=True, check=True)\n    except subprocess.CalledProcessError:\n        return False\n    return True\n';
  async function judged(candidate: string) {
    const outline = (await python.outline(ORIGINAL)) as Extract<FileOutline, { parsed: true }>;
    const facts = await python.candidate(candidate);
    const imports = [...outline.imports, ...(facts.parsed ? (facts.imports ?? []) : [])];
    const fn = outline.functions[0]?.facts as FunctionFacts;
    const kept = facts.parsed ? facts.functions[0] : undefined;
    return { codes: validateCandidate(fn, facts, imports).map((r) => r.code), notes: kept ? handlerChanges(fn, kept, imports).notes : [] };
  }

  test("subprocess gone: the CalledProcessError handler goes, and the note says why", async () => {
    const result = await judged('def tag(name):\n    repo.create_tag(name)\n    return True\n');
    assert.deepEqual(result.codes, []);
    assert.deepEqual(result.notes, ["dropped the handler for CalledProcessError: only subprocess.run raised it, and it is gone"]);
  });

  test("another subprocess call left: the handler is still required", async () => {
    assert.deepEqual((await judged('def tag(name):\n    subprocess.run(["git", "tag", name], check=True)\n    return True\n')).codes, ["handler-removed"]);
  });

  test("subprocess reached through an alias bound in the candidate: still required", async () => {
    assert.deepEqual((await judged('from subprocess import run as sh\n\ndef tag(name):\n    sh(["git", "tag", name], check=True)\n    return True\n')).codes, ["handler-removed"]);
  });

  test("the handler turned into `except Exception` elsewhere is no excuse; dropping a broad handler is rejected", async () => {
    const broad = ORIGINAL.replace("except subprocess.CalledProcessError:", "except Exception:");
    const outline = (await python.outline(broad)) as Extract<FileOutline, { parsed: true }>;
    const facts = await python.candidate('def tag(name):\n    repo.create_tag(name)\n    return True\n');
    assert.deepEqual(validateCandidate(outline.functions[0]?.facts as FunctionFacts, facts, outline.imports).map((r) => r.code), ["handler-removed"]);
  });
});
