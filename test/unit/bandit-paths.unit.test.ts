import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { banditSettingsForRoot, escapeFnmatch, excludedByBandit, fnmatchRegExp, relativeToRoot } from "../../src/core/gate/bandit-paths.js";

describe("Bandit's exclude rules, applied by the gate to repository paths", () => {
  test("fnmatch as Python's: * and ? cross /, sets, negated sets, an unclosed [ is literal", () => {
    const cases: Array<[string, string, boolean]> = [
      ["tests/*", "tests/a/b.py", true],
      ["tests/*", "app/tests/b.py", false],
      ["*/vendor/*", "app/vendor/x.py", true],
      ["*/vendor/*", "vendor/x.py", false],
      ["app/?.py", "app/a.py", true],
      ["app/[ab].py", "app/b.py", true],
      ["app/[!ab].py", "app/b.py", false],
      ["app/[!ab].py", "app/c.py", true],
      ["app/[.py", "app/[.py", true],
      ["a.b", "axb", false],
      ["app/[z-a].py", "app/b.py", false],
    ];
    for (const [pattern, path, expected] of cases) assert.equal(fnmatchRegExp(pattern).test(path), expected, `${pattern} ~ ${path}`);
  });

  test("a pattern excludes by glob or as a substring, as Bandit does; an empty pattern excludes nothing", () => {
    assert.equal(excludedByBandit("generated/api.py", ["generated"]), true);
    assert.equal(excludedByBandit("app/generated_api.py", ["generated"]), true, "Bandit's substring rule");
    assert.equal(excludedByBandit("app/tasks.py", ["tmp", "bandit-gate", ""]), false);
    assert.equal(excludedByBandit("app/tasks.py", []), false);
  });

  test("B101 skips are anchored at the root, with the root's glob characters escaped; exclude_dirs is dropped", () => {
    const root = "/tmp/x [1]*?";
    const out = banditSettingsForRoot({ exclude_dirs: ["a"], skips: ["B101"], assert_used: { skips: ["tests/*", "*_test.py"] } }, root);
    assert.deepEqual(out, { skips: ["B101"], assert_used: { skips: [`${escapeFnmatch(root)}/tests/*`, `${escapeFnmatch(root)}/*_test.py`] } });
    const [tests, suffix] = (out.assert_used as { skips: string[] }).skips as [string, string];
    assert.equal(fnmatchRegExp(tests).test(`${root}/tests/t.py`), true);
    assert.equal(fnmatchRegExp(tests).test(`/tmp/x 1/tests/t.py`), false);
    assert.equal(fnmatchRegExp(suffix).test(`${root}/a/b_test.py`), true);
  });

  test("absolute paths under the root come back repository-relative; others are left alone", () => {
    const finding = { path: "/r/a b/ü.py", line: 1, lineRange: [1], testId: "B1", testName: "t", severity: "LOW" as const, confidence: "LOW" as const, text: "" };
    const out = relativeToRoot({ findings: [finding], failures: [{ path: "/r/x.py", reason: "r" }], scanned: ["/r/a b/ü.py", "/other/y.py"] }, "/r");
    assert.deepEqual(out.findings.map((f) => f.path), ["a b/ü.py"]);
    assert.deepEqual(out.failures.map((f) => f.path), ["x.py"]);
    assert.deepEqual(out.scanned, ["a b/ü.py", "other/y.py"]);
  });
});
