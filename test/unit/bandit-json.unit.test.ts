import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { BanditOutputError, parseBanditJson, parseBanditVersion } from "../../src/core/gate/bandit-json.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/bandit-json/${name}`, import.meta.url), "utf8");

for (const version of ["1.9.4", "1.6.3"]) {
  test(`parses Bandit ${version} JSON (recorded from a real run)`, () => {
    const result = parseBanditJson(fixture(`${version}-ignore-nosec.json`));
    assert.deepEqual(
      result.findings.map((f) => `${f.path}:${f.line}:${f.testId}:${f.severity}/${f.confidence}`),
      [
        "app.py:2:B403:LOW/HIGH",
        "app.py:3:B404:LOW/HIGH",
        "app.py:5:B105:LOW/MEDIUM",
        "app.py:11:B602:HIGH/HIGH",
        "app.py:15:B608:MEDIUM/LOW",
        "app.py:21:B602:HIGH/HIGH",
        "app.py:25:B602:HIGH/HIGH",
        "app.py:29:B301:MEDIUM/HIGH",
      ],
    );
    assert.deepEqual(result.failures, [{ path: "broken.py", reason: "syntax error while parsing AST from file" }]);
    assert.deepEqual(result.scanned.sort(), ["app.py", "broken.py", "lib/clean.py"]);
    const multiLine = result.findings.find((f) => f.line === 11);
    assert.deepEqual(multiLine?.lineRange, [9, 10, 11]);
  });
}

test("fields added in later versions are optional: cwe and column exist in 1.9.4 only", () => {
  const modern = parseBanditJson(fixture("1.9.4-ignore-nosec.json")).findings[0];
  const old = parseBanditJson(fixture("1.6.3-ignore-nosec.json")).findings[0];
  assert.equal(modern?.cwe, 502);
  assert.equal(typeof modern?.column, "number");
  assert.equal(old?.cwe, undefined);
  assert.equal(old?.column, undefined);
  assert.match(old?.moreInfo ?? "", /^https:\/\/bandit\.readthedocs\.io/);
});

test("honoured nosec comments remove findings from Bandit's own output", () => {
  const honoured = parseBanditJson(fixture("1.9.4-honor-nosec.json"));
  assert.deepEqual(honoured.findings.filter((f) => f.testId === "B602").map((f) => f.line), [11]);
});

test("not a Bandit report: a typed error", () => {
  assert.throws(() => parseBanditJson("Traceback (most recent call last):"), BanditOutputError);
  assert.throws(() => parseBanditJson('{"errors": []}'), /no `results` array/);
  assert.throws(() => parseBanditJson('{"results": [{"filename": "a.py"}]}'), /lacks filename, line_number or test_id/);
});

test("Bandit's --version output, as bandit and as python -m bandit", () => {
  assert.equal(parseBanditVersion("bandit 1.9.4\n  python version = 3.11.7 (main)\n"), "1.9.4");
  assert.equal(parseBanditVersion("__main__.py 1.7.5\n  python version = 3.11.7\n"), "1.7.5");
  assert.equal(parseBanditVersion("usage: something else"), undefined);
});
