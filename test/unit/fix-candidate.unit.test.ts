import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { parseReply } from "../../src/core/fix/candidate.js";
import { SEVERITY_POINTS, scoreFindings } from "../../src/core/fix/score.js";

describe("scoring", () => {
  test("LOW 1, MEDIUM 3, HIGH 6 per finding, summed", () => {
    assert.equal(scoreFindings([]), 0);
    assert.equal(scoreFindings([{ severity: "LOW" }]), 1);
    assert.equal(scoreFindings([{ severity: "MEDIUM" }]), 3);
    assert.equal(scoreFindings([{ severity: "HIGH" }]), 6);
    assert.equal(scoreFindings([{ severity: "HIGH" }, { severity: "MEDIUM" }, { severity: "LOW" }, { severity: "LOW" }]), 11);
    assert.equal(SEVERITY_POINTS.UNDEFINED, 1, "no finding is free");
  });
});

describe("parsing the model's reply", () => {
  test("one python block: the function, with leading imports split off", () => {
    const reply = "Sure, here it is:\n\n```python\nimport shlex\nfrom os import path, sep\n\ndef run(cmd):\n    return shlex.split(cmd)\n```\nThis avoids the shell.";
    assert.deepEqual(parseReply(reply), { ok: true, imports: ["import shlex", "from os import path, sep"], functionSource: "def run(cmd):\n    return shlex.split(cmd)\n" });
  });

  test("parenthesised multi-line imports stay whole; decorators start the function", () => {
    const reply = "```py\nfrom typing import (\n    Any,\n    Dict,\n)\n@cache\ndef f():\n    return 1\n```";
    const parsed = parseReply(reply);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.imports, ["from typing import (", "    Any,", "    Dict,", ")"]);
    assert.match(parsed.functionSource, /^@cache\ndef f/);
  });

  test("CRLF replies and untagged fences are accepted when they are the only block", () => {
    const parsed = parseReply("```\r\ndef f():\r\n    return 1\r\n```\r\n");
    assert.deepEqual(parsed, { ok: true, imports: [], functionSource: "def f():\n    return 1\n" });
  });

  test("no block, two blocks, or only imports are rejected with a reason", () => {
    assert.deepEqual(parseReply("def f():\n    return 1"), { ok: false, reason: "the reply has no fenced python code block" });
    const two = parseReply("```python\ndef f():\n    pass\n```\nand\n```python\ndef g():\n    pass\n```");
    assert.equal(two.ok, false);
    assert.match(!two.ok ? two.reason : "", /2 python code blocks/);
    const importsOnly = parseReply("```python\nimport os\n```");
    assert.deepEqual(importsOnly, { ok: false, reason: "the code block holds no function" });
  });

  test("a tagged python block wins over untagged ones (shell examples, output)", () => {
    const parsed = parseReply("Run:\n```\npip install x\n```\n```python\ndef f():\n    return 2\n```");
    assert.ok(parsed.ok);
    assert.match(parsed.functionSource, /return 2/);
  });
});
