import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { handlerChanges, validateCandidate, type CandidateFacts, type FunctionFacts } from "../../src/core/fix/validation.js";

const original: FunctionFacts = {
  name: "load",
  isAsync: false,
  parameters: "path: str, *, strict=True",
  returns: "dict",
  decorators: ["cache"],
  raises: ["ValueError", "raise"],
  handlers: 1,
  stub: false,
  nosecComments: 0,
};

function candidate(changes: Partial<FunctionFacts> = {}, block: Partial<Extract<CandidateFacts, { parsed: true }>> = {}): CandidateFacts {
  return { parsed: true, functions: [{ ...original, ...changes }], otherStatements: [], nosecComments: 0, ...block };
}

const codes = (facts: CandidateFacts, base: FunctionFacts = original) => validateCandidate(base, facts).map((r) => r.code);

describe("candidate validation", () => {
  test("a candidate that keeps the contract passes", () => {
    assert.deepEqual(validateCandidate(original, candidate({ raises: ["raise", "ValueError", "TypeError"], handlers: 2 })), []);
  });

  test("unparseable", () => {
    const rejections = validateCandidate(original, { parsed: false, error: "line 3: invalid syntax" });
    assert.deepEqual(rejections, [{ code: "unparseable", message: "the candidate does not parse: line 3: invalid syntax" }]);
  });

  test("not exactly one function, or extra top-level code", () => {
    assert.deepEqual(codes(candidate({}, { functions: [] })), ["not-one-function"]);
    assert.deepEqual(codes(candidate({}, { functions: [original, { ...original, name: "helper" }] })), ["not-one-function"]);
    assert.deepEqual(codes(candidate({}, { otherStatements: ["Assign", "Expr"] })), ["extra-code"]);
  });

  test("renamed", () => {
    assert.deepEqual(codes(candidate({ name: "load_safely" })), ["name-changed"]);
  });

  test("signature changed: parameters, return annotation or async-ness", () => {
    assert.deepEqual(codes(candidate({ parameters: "path: str" })), ["signature-changed"]);
    assert.deepEqual(codes(candidate({ returns: null })), ["signature-changed"]);
    assert.deepEqual(codes(candidate({ isAsync: true })), ["signature-changed"]);
    assert.match(validateCandidate(original, candidate({ parameters: "path" }))[0]?.message ?? "", /from \(path: str, \*, strict=True\) -> dict to \(path\) -> dict/);
  });

  test("decorators changed, dropped or reordered", () => {
    assert.deepEqual(codes(candidate({ decorators: [] })), ["decorators-changed"]);
    assert.deepEqual(codes(candidate({ decorators: ["cache", "staticmethod"] })), ["decorators-changed"]);
    assert.deepEqual(codes(candidate({ decorators: ["b", "a"] }), { ...original, decorators: ["a", "b"] }), ["decorators-changed"]);
  });

  test("# nosec added anywhere in the block; an existing one kept is not an addition", () => {
    assert.deepEqual(codes(candidate({ nosecComments: 1 }, { nosecComments: 1 })), ["nosec-added"]);
    assert.deepEqual(codes(candidate({}, { nosecComments: 1 })), ["nosec-added"], "a nosec on an import line counts too");
    assert.deepEqual(codes(candidate({ nosecComments: 1 }, { nosecComments: 1 }), { ...original, nosecComments: 1 }), []);
  });

  test("raise statements removed (by kind), handlers removed", () => {
    assert.deepEqual(codes(candidate({ raises: ["ValueError"] })), ["raise-removed"]);
    assert.deepEqual(codes(candidate({ raises: ["RuntimeError", "raise"] })), ["raise-removed"]);
    assert.match(validateCandidate(original, candidate({ raises: [] }))[0]?.message ?? "", /raise ValueError, bare raise/);
    assert.deepEqual(codes(candidate({ handlers: 0 })), ["handler-removed"]);
  });

  test("a body reduced to a stub; a stub that was already a stub is fine", () => {
    assert.deepEqual(codes(candidate({ stub: true, raises: ["ValueError", "raise"] })), ["stubbed"]);
    assert.deepEqual(codes(candidate({ stub: true }), { ...original, stub: true }), []);
  });

  test("every problem is reported, not just the first", () => {
    assert.deepEqual(codes(candidate({ name: "x", parameters: "", decorators: [], raises: [], handlers: 0, stub: true }, { nosecComments: 1 })), [
      "nosec-added",
      "name-changed",
      "signature-changed",
      "decorators-changed",
      "raise-removed",
      "handler-removed",
      "stubbed",
    ]);
  });
});

describe("a handler only the removed sink could need may go", () => {
  const imp = (name: string, asname: string | null = null) => ({ kind: "import" as const, module: null, name, asname, level: 0 });
  const from = (module: string, name: string, asname: string | null = null) => ({ kind: "from" as const, module, name, asname, level: 0 });
  const withSubprocess: FunctionFacts = {
    ...original,
    raises: [],
    handlers: 1,
    handlerTypes: [["subprocess.CalledProcessError"]],
    references: ["subprocess", "subprocess.CalledProcessError", "subprocess.run", "cmd"],
  };
  const after = (changes: Partial<FunctionFacts>): CandidateFacts => candidate({ ...withSubprocess, handlers: 0, handlerTypes: [], references: ["shlex", "shlex.split", "cmd"], ...changes });

  test("subprocess gone: the CalledProcessError handler may go, with a note naming the call", () => {
    assert.deepEqual(validateCandidate(withSubprocess, after({}), [imp("subprocess")]), []);
    const kept = (after({}) as Extract<CandidateFacts, { parsed: true }>).functions[0] as FunctionFacts;
    assert.deepEqual(handlerChanges(withSubprocess, kept, [imp("subprocess")]).notes, ["dropped the handler for CalledProcessError: only subprocess.run raised it, and it is gone"]);
  });

  test("the table is read through the imports: from-imports and module aliases", () => {
    const fromImport: FunctionFacts = { ...withSubprocess, handlerTypes: [["CalledProcessError", "TimeoutExpired"]], references: ["run", "CalledProcessError", "TimeoutExpired"] };
    const imports = [from("subprocess", "run"), from("subprocess", "CalledProcessError"), from("subprocess", "TimeoutExpired")];
    assert.deepEqual(validateCandidate(fromImport, after({}), imports), []);
    const aliased: FunctionFacts = { ...withSubprocess, handlerTypes: [["ET.ParseError"]], references: ["ET", "ET.fromstring", "ET.ParseError"] };
    assert.deepEqual(validateCandidate(aliased, after({ references: ["defusedxml.ElementTree.fromstring"] }), [imp("xml.etree.ElementTree", "ET")]), []);
    const pickled: FunctionFacts = { ...withSubprocess, handlerTypes: [["pickle.UnpicklingError"]], references: ["pickle", "pickle.loads"] };
    assert.deepEqual(validateCandidate(pickled, after({ references: ["json", "json.loads"] }), [imp("pickle")]), []);
  });

  test("a module still used anywhere in the candidate keeps its handler required", () => {
    const stillCalled = after({ references: ["subprocess", "subprocess.check_output", "cmd"] });
    assert.deepEqual(codes(stillCalled, withSubprocess), ["handler-removed"]);
    const aliased = after({ references: ["run", "cmd"] });
    assert.deepEqual(validateCandidate(withSubprocess, aliased, [imp("subprocess"), from("subprocess", "run")]).map((r) => r.code), ["handler-removed"], "run is subprocess.run");
  });

  test("Exception, OSError, a bare except and a tuple with a builtin never go this way", () => {
    for (const types of [["Exception"], ["OSError"], ["*"], ["subprocess.CalledProcessError", "ValueError"], ["BaseException"]]) {
      const before: FunctionFacts = { ...withSubprocess, handlerTypes: [types] };
      const rejections = validateCandidate(before, after({}), [imp("subprocess")]);
      assert.deepEqual(rejections.map((r) => r.code), ["handler-removed"], types.join(","));
    }
  });

  test("a handler the original only named (the exception comes from a helper it calls) stays required", () => {
    const helper: FunctionFacts = { ...withSubprocess, references: ["subprocess", "subprocess.CalledProcessError", "run_git", "cmd"] };
    assert.deepEqual(validateCandidate(helper, after({ references: ["run_git", "cmd"] }), [imp("subprocess")]).map((r) => r.code), ["handler-removed"]);
  });

  test("a module-specific name without its import is not trusted (a local CalledProcessError class)", () => {
    const local: FunctionFacts = { ...withSubprocess, handlerTypes: [["CalledProcessError"]], references: ["subprocess", "subprocess.run", "CalledProcessError"] };
    assert.deepEqual(validateCandidate(local, after({}), [imp("subprocess")]).map((r) => r.code), ["handler-removed"]);
  });

  test("facts without handler types (older helpers) fall back to the count: any removal is rejected", () => {
    const { handlerTypes: _t, references: _r, ...bare } = withSubprocess;
    assert.deepEqual(codes(candidate({ ...bare, handlers: 0 }), bare), ["handler-removed"]);
  });

  test("a handler rewritten into another (same count) is not a removal", () => {
    const before: FunctionFacts = { ...withSubprocess, handlerTypes: [["KeyError"]] };
    assert.deepEqual(codes(after({ handlers: 1, handlerTypes: [["KeyError", "LookupError"]] }), before), []);
  });
});
