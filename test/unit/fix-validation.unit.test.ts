import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { validateCandidate, type CandidateFacts, type FunctionFacts } from "../../src/core/fix/validation.js";

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
