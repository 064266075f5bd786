import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";
import type { ReportDocument } from "../../src/core/report/report.js";

const APP = `def total(items):\n    return sum(items)\n`;
const TEST_FILE = `from app.api import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n    assert total([]) == 0\n`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

function branchedRepo(files: Record<string, string> = {}): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/api.py", APP);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

const kinds = (report: ReportDocument) => report.regressions.map((r) => `${r.kind}:${r.test_id}:${r.path}:${r.line}`);

describe("B101 in test files, by default", () => {
  test("asserts in new tests are not judged, one line says so with the switch; --judge-test-asserts judges them", async () => {
    const repo = branchedRepo();
    repo.write("tests/test_api.py", TEST_FILE);
    repo.write("app/test_more.py", "def test_x():\n    assert 1\n");
    repo.write("pkg/api_test.py", "def test_y():\n    assert 2\n");
    repo.write("conftest.py", "def pytest_configure(config):\n    assert config\n");
    repo.commit("tests");
    const quiet = await checkJson(repo.dir);
    assert.equal(quiet.code, 0, JSON.stringify(quiet.report?.regressions));
    assert.deepEqual(quiet.report.test_asserts, { judged: false, because: "the Bandit configuration says nothing about tests", set_aside: 5 });
    const text = await runCli(repo.dir, ["check", "--quiet"]);
    assert.equal(text.code, 0);
    assert.equal(text.stdout.split("\n").filter((l) => /5 B101 \(assert\) findings in test files not judged.*judge-test-asserts: true.*--judge-test-asserts/.test(l)).length, 1, text.stdout);
    const strict = await checkJson(repo.dir, ["--judge-test-asserts"]);
    assert.equal(strict.code, 1);
    assert.equal(strict.report.regressions.filter((r) => r.test_id === "B101").length, 5);
    assert.equal(strict.report.test_asserts?.judged, true);
  });

  test("an adversarial branch cannot get production files treated as tests, and other rules stay judged in tests", async () => {
    const repo = branchedRepo();
    repo.write("tests_util.py", "def check(user):\n    assert user.is_admin\n");
    repo.write("src/testing.py", "def check(user):\n    assert user.is_admin\n");
    repo.write("app/tests.py", "def check(user):\n    assert user.is_admin\n");
    // A conftest.py holding production code is still a test file: its asserts are not judged, but
    // everything else in it is.
    repo.write("conftest.py", "import subprocess\n\n\ndef deploy(cmd):\n    assert cmd\n    return subprocess.call(cmd, shell=True)\n");
    repo.write("tests/test_login.py", 'import tempfile\n\n\ndef test_login():\n    password = "hunter2"\n    open("/tmp/x", "w")\n    assert password\n');
    repo.commit("sneaky");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    const ids = kinds(report);
    for (const path of ["tests_util.py:2", "src/testing.py:2", "app/tests.py:2"]) assert.ok(ids.includes(`new:B101:${path}`), `${path} is judged: ${ids}`);
    assert.ok(ids.includes("new:B602:conftest.py:6"), ids.join(" "));
    assert.ok(ids.includes("new:B404:conftest.py:1"), ids.join(" "));
    assert.ok(ids.includes("new:B105:tests/test_login.py:5"), ids.join(" "));
    assert.ok(ids.includes("new:B108:tests/test_login.py:6"), ids.join(" "));
    assert.ok(!ids.some((id) => id.startsWith("new:B101:conftest.py") || id.startsWith("new:B101:tests/")), ids.join(" "));
    assert.equal(report.test_asserts?.set_aside, 2);
  });

  test("moving, reformatting or deleting tests neither cries wolf nor counts as a fix", async () => {
    const repo = branchedRepo({ "tests/test_api.py": TEST_FILE, "tests/test_old.py": "def test_old():\n    assert True\n" });
    repo.move("tests/test_api.py", "tests/unit/test_api.py");
    repo.write("tests/unit/test_api.py", "\n\n" + TEST_FILE.replace("assert total([1, 2]) == 3", "assert (\n        total([1, 2]) == 3\n    )"));
    repo.remove("tests/test_old.py");
    repo.commit("reorganise tests");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 0, JSON.stringify(report?.regressions));
    assert.equal(report.counts.fixed, 0, "a deleted test assert is not a fixed finding");
  });

  test("the repository's own configuration wins: assert_used settings, a per-directory .bandit", async () => {
    const assertUsed = branchedRepo({ "pyproject.toml": '[tool.bandit.assert_used]\nskips = ["*/test_*.py"]\n' });
    assertUsed.write("tests/test_api.py", TEST_FILE);
    assertUsed.write("tests/conftest.py", "def pytest_configure(config):\n    assert config\n");
    assertUsed.commit("tests");
    const a = await checkJson(assertUsed.dir);
    assert.deepEqual(kinds(a.report), ["new:B101:tests/conftest.py:2"], "Bandit's own assert_used skips decide, not the default");
    assert.equal(a.report.test_asserts?.judged, true);
    assert.match(a.report.test_asserts?.because ?? "", /pyproject\.toml at \w+ configures assert_used/);

    const local = branchedRepo({ "tests/.bandit": "[bandit]\nskips: B311\n" });
    local.write("tests/test_api.py", TEST_FILE);
    local.commit("tests");
    const b = await checkJson(local.dir);
    assert.equal(b.code, 1);
    assert.equal(b.report.regressions.length, 2);
    assert.match(b.report.test_asserts?.because ?? "", /per-directory Bandit configuration \(tests\/\.bandit\)/);
  });

  test("a branch cannot switch the default on for itself: the baseline's configuration decides", async () => {
    // The baseline's configuration judges asserts everywhere (it names B101); the branch drops that.
    const repo = branchedRepo({ "pyproject.toml": '[tool.bandit]\ntests = ["B101", "B602"]\n' });
    repo.write("pyproject.toml", '[tool.bandit]\ntests = ["B602"]\n');
    repo.write("tests/test_api.py", TEST_FILE);
    repo.commit("loosen");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B101:tests/test_api.py:5", "new:B101:tests/test_api.py:6"]);
  });

  test("against a stored baseline file the same default applies", async () => {
    const repo = branchedRepo({ "tests/test_api.py": TEST_FILE });
    const made = await runCli(repo.dir, ["baseline", "--output", ".bandit-baseline.json"]);
    assert.equal(made.code, 0, made.stderr);
    repo.write("tests/test_api.py", TEST_FILE + "    assert total([3]) == 3\n");
    repo.write("app/api.py", APP + "\n\ndef check(x):\n    assert x\n");
    const { code, report } = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B101:app/api.py:6"]);
    assert.equal(report.test_asserts?.set_aside, 3);
  });
});
