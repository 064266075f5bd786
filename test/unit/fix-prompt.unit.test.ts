import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { defaultProfile, type SecurityProfile } from "../../src/core/fix/profile.js";
import { buildPrompt, placeRules, type RewriteTask } from "../../src/core/fix/prompt.js";
import { RULE_GUIDANCE, SECURITY_RULES, type SecurityRule } from "../../src/core/fix/security-rules.js";

function profileWith(weights: Record<SecurityRule, number>): SecurityProfile {
  return { ...defaultProfile(), weights, thresholds: { high: 1.0, medium: 0.6 } };
}

function allAt(value: number): Record<SecurityRule, number> {
  return Object.fromEntries(SECURITY_RULES.map((r) => [r, value])) as Record<SecurityRule, number>;
}

const task: RewriteTask = {
  path: "app/db.py",
  qualname: "Store.find",
  source: "def find(self, name):\n    return self.db.execute(\"SELECT * FROM t WHERE n = '%s'\" % name)\n",
  findings: [
    { testId: "B608", testName: "hardcoded_sql_expressions", severity: "MEDIUM", confidence: "LOW", text: "Possible SQL injection", relativeLine: 2 },
  ],
  imports: ["import sqlite3", "from typing import Any"],
};

describe("prompt rule placement", () => {
  test("a weight exactly at high is a priority; exactly at medium is guidance; below medium is left out", () => {
    const weights = { ...allAt(0.1), crypto_hygiene: 1.0, temp_file_safety: 0.6, secret_handling: 0.59 };
    assert.deepEqual(placeRules(profileWith(weights)), { priorities: ["crypto_hygiene"], guidance: ["temp_file_safety"] });
  });

  test("at most 6 priorities and 4 guidance rules, the heaviest first", () => {
    const weights = {
      input_validation: 1.05,
      subprocess_safety: 1.4,
      deserialization_safety: 1.1,
      file_permission_safety: 1.2,
      crypto_hygiene: 1.3,
      secret_handling: 1.0,
      sql_injection_prevention: 1.5,
      shell_injection_prevention: 0.9,
      network_timeout_safety: 0.7,
      temp_file_safety: 0.8,
    };
    const placed = placeRules(profileWith(weights));
    assert.deepEqual(placed.priorities, ["sql_injection_prevention", "subprocess_safety", "crypto_hygiene", "file_permission_safety", "deserialization_safety", "input_validation"]);
    assert.ok(!placed.priorities.includes("secret_handling"), "the seventh rule above high is capped away, not demoted");
    assert.ok(!placed.guidance.includes("secret_handling"));
    assert.deepEqual(placed.guidance, ["shell_injection_prevention", "temp_file_safety", "network_timeout_safety"]);
    const many = placeRules(profileWith(allAt(0.8)));
    assert.deepEqual(many.priorities, []);
    assert.deepEqual(many.guidance, SECURITY_RULES.slice(0, 4), "equal weights keep the rules' own order, capped at 4");
  });

  test("custom thresholds move the boundaries", () => {
    const profile = { ...profileWith(allAt(0.5)), thresholds: { high: 0.5, medium: 0.2 } };
    assert.equal(placeRules(profile).priorities.length, 6);
    assert.equal(placeRules(profile).guidance.length, 0);
  });
});

describe("prompt text", () => {
  const weights = { ...allAt(0.3), sql_injection_prevention: 1.3, input_validation: 1.1, crypto_hygiene: 0.7 };
  const prompt = buildPrompt(profileWith(weights), task);

  test("sections come in order: preamble, priorities, guidance, task, findings, function, imports, answer format", () => {
    const order = ["You are reviewing Python code", "Security priorities", "Additional secure coding guidance", "Task:", "Findings", "The function:", "The file's imports", "exactly one fenced"];
    const positions = order.map((marker) => prompt.indexOf(marker));
    assert.ok(positions.every((p) => p >= 0), JSON.stringify(positions));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  });

  test("priorities list the heavier rule first, guidance holds the middle rule, low rules are absent", () => {
    const sql = prompt.indexOf(RULE_GUIDANCE.sql_injection_prevention);
    const input = prompt.indexOf(RULE_GUIDANCE.input_validation);
    assert.ok(sql > 0 && input > sql);
    assert.ok(prompt.indexOf(RULE_GUIDANCE.crypto_hygiene) > prompt.indexOf("Additional secure coding guidance"));
    assert.equal(prompt.includes(RULE_GUIDANCE.temp_file_safety), false);
  });

  test("the task keeps name and contract, findings carry function-relative lines, source and imports are quoted", () => {
    assert.match(prompt, /Rewrite `Store\.find` from `app\/db\.py`/);
    assert.match(prompt, /name, parameters, decorators, behaviour and public contract/);
    assert.match(prompt, /- line 2: B608 hardcoded_sql_expressions \(severity MEDIUM, confidence LOW\): Possible SQL injection/);
    assert.ok(prompt.includes(task.source.trimEnd()));
    assert.ok(prompt.includes("import sqlite3\nfrom typing import Any"));
  });

  test("without guidance-range rules the guidance section is omitted; without priorities a generic requirement stands", () => {
    const bare = buildPrompt(profileWith(allAt(0.1)), { ...task, imports: [] });
    assert.equal(bare.includes("Additional secure coding guidance"), false);
    assert.match(bare, /Security priorities \(hard requirements\):\n- Fix every finding/);
    assert.match(bare, /The file's imports, for context:\n\(none\)/);
  });
});
