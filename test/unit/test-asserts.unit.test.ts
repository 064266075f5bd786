import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { decideTestAsserts, isTestPath, setAsideTestAsserts, whatConfigSaysAboutTests } from "../../src/core/gate/test-asserts.js";
import { mergeReports } from "../../src/core/gate/merge.js";
import { finishReport, testAssertsLine, type ReportDocument } from "../../src/core/report/report.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { renderText } from "../../src/core/report/text.js";

describe("what is a test file", () => {
  test("pytest's and unittest's conventions are test files", () => {
    for (const path of ["test_api.py", "pkg/test_api.py", "api_test.py", "pkg/sub/api_test.py", "conftest.py", "pkg/conftest.py", "tests/helpers.py", "test/data/make.py", "src/pkg/tests/unit/util.py", "tests/fixtures/settings.pyw"]) {
      assert.equal(isTestPath(path), true, path);
    }
  });

  test("production files with test-like names are not (a branch cannot get them waved through)", () => {
    for (const path of ["tests_util.py", "src/testing.py", "testsuite/run.py", "Tests/x.py", "app/contest.py", "app/latest_test_results.py.bak", "test_.py", "_test.py", "test.py", "app/test_api.pyc", "attest/x.py", "pkg/testsx/a.py", "app/tests.py", "app/test_helpers/x.py"]) {
      assert.equal(isTestPath(path), false, path);
    }
  });
});

describe("does the configuration say anything about tests", () => {
  const pyproject = (body: string) => ({ kind: "pyproject" as const, text: body, source: "pyproject.toml" });
  const ini = (body: string) => ({ kind: "ini" as const, text: body, source: ".bandit" });

  test("skips of B101, assert_used settings and test excludes are the repository's own choice", () => {
    assert.equal(whatConfigSaysAboutTests(pyproject('[tool.bandit]\nskips = ["B101", "B601"]\n')), "names B101");
    assert.equal(whatConfigSaysAboutTests(pyproject('[tool.bandit]\ntests = [\n  "B101",\n]\n')), "names B101");
    assert.equal(whatConfigSaysAboutTests(pyproject('[tool.bandit.assert_used]\nskips = ["*_test.py"]\n')), "configures assert_used");
    assert.match(whatConfigSaysAboutTests(pyproject('[tool.bandit]\nexclude_dirs = [\n  "build",\n  "tests",\n]\n')) ?? "", /excludes test paths/);
    assert.equal(whatConfigSaysAboutTests(ini("[bandit]\nskips: B101,B311\n")), "names B101");
    assert.match(whatConfigSaysAboutTests(ini("[bandit]\nexclude: ./test,./docs\n")) ?? "", /excludes test paths/);
  });

  test("configuration that concerns other things (or other tools' tables) says nothing about tests", () => {
    assert.equal(whatConfigSaysAboutTests({ kind: "none", text: "", source: "Bandit's defaults" }), undefined);
    assert.equal(whatConfigSaysAboutTests(pyproject('[tool.bandit]\nskips = ["B311"]\nexclude_dirs = ["build"]\n')), undefined);
    // pytest's table names tests, and a comment mentions B101: neither is Bandit configuration.
    const other = '[tool.pytest.ini_options]\ntestpaths = ["tests"]\n\n[tool.bandit]\n# we might skip B101 one day\nskips = ["B404"]\n\n[tool.ruff]\nexclude = ["tests"]\n';
    assert.equal(whatConfigSaysAboutTests(pyproject(other)), undefined);
    assert.equal(whatConfigSaysAboutTests(ini("[bandit]\n; B101 is fine\nexclude: ./build\n")), undefined);
  });

  test("a per-directory .bandit or the switch makes B101 judged; silence leaves it out", () => {
    const none = { kind: "none" as const, text: "", source: "Bandit's defaults" };
    assert.equal(decideTestAsserts(none, { perDirectoryBandit: [] }, false).judged, false);
    assert.equal(decideTestAsserts(none, { perDirectoryBandit: ["tests/.bandit"] }, false).judged, true);
    assert.equal(decideTestAsserts(none, { perDirectoryBandit: [] }, true).judged, true);
    assert.match(decideTestAsserts(pyproject('[tool.bandit]\nskips = ["B101"]\n'), { perDirectoryBandit: [] }, false).because, /pyproject\.toml names B101/);
  });
});

describe("setting aside", () => {
  test("only B101 in test files is set aside: secrets and /tmp in tests, and B101 in production, stay judged", () => {
    const items = [
      { path: "tests/test_api.py", testId: "B101" },
      { path: "tests/test_api.py", testId: "B105" },
      { path: "tests/conftest.py", testId: "B108" },
      { path: "app/api.py", testId: "B101" },
      { path: "tests_util.py", testId: "B101" },
    ];
    const { kept, setAside } = setAsideTestAsserts(items, (i) => i);
    assert.deepEqual(setAside, [items[0]]);
    assert.deepEqual(kept, items.slice(1));
  });

  const report = (set_aside: number, judged = false): ReportDocument =>
    finishReport({
      regressions: [],
      fixed: [],
      unchanged: 0,
      baseline: { mode: "git", ref: "main", commit: "a".repeat(40) },
      scanned: { head: "working tree", files: ["tests/test_a.py"], baseline_files: 1 },
      bandit_version: "1.9.4",
      scan_errors: [],
      notes: [],
      test_asserts: { judged, because: "the Bandit configuration says nothing about tests", set_aside },
    });

  test("the text report and the summary say it in one line, with the switch; silent when nothing was set aside", () => {
    const line = testAssertsLine(report(3)) ?? "";
    assert.match(line, /^3 B101 \(assert\) findings in test files not judged/);
    assert.match(line, /judge-test-asserts: true/);
    assert.match(line, /--judge-test-asserts/);
    assert.equal(renderText(report(3), { colour: false }).split("\n").filter((l) => l.includes("--judge-test-asserts")).length, 1);
    assert.equal(renderMarkdown(report(3)).split("\n").filter((l) => l.includes("judge-test-asserts")).length, 1);
    assert.equal(testAssertsLine(report(0)), undefined);
    assert.equal(testAssertsLine(report(3, true)), undefined);
    assert.doesNotMatch(renderMarkdown(report(0)), /judge-test-asserts/);
  });

  test("merged shards add their counts", () => {
    const one = { ...report(2), scanned: { ...report(2).scanned, shard: "1/2" } };
    const two = { ...report(5), scanned: { ...report(5).scanned, shard: "2/2" } };
    assert.equal(mergeReports([one, two]).test_asserts?.set_aside, 7);
  });
});
