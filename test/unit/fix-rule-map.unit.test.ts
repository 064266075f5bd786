import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DELIBERATELY_UNMAPPED, RULE_DELTAS } from "../../src/core/fix/rule-map.js";
import { isSecurityRule } from "../../src/core/fix/security-rules.js";

const pinnedIds = readFileSync(new URL("../fixtures/bandit-json/test-ids-1.9.4.txt", import.meta.url), "utf8")
  .split("\n")
  .map((line) => line.trim().split(/\s+/)[0])
  .filter((id): id is string => !!id && /^B\d{3}$/.test(id));

describe("Bandit test -> rule map", () => {
  test("every test id of Bandit 1.9.4 is mapped or deliberately unmapped, never both", () => {
    assert.ok(pinnedIds.length >= 70, `read ${pinnedIds.length} ids`);
    const missing = pinnedIds.filter((id) => !(id in RULE_DELTAS) && !(id in DELIBERATELY_UNMAPPED));
    assert.deepEqual(missing, []);
    const both = Object.keys(DELIBERATELY_UNMAPPED).filter((id) => id in RULE_DELTAS);
    assert.deepEqual(both, []);
    for (const [id, why] of Object.entries(DELIBERATELY_UNMAPPED)) assert.ok(why.length > 20, `${id} says why it is unmapped`);
  });

  test("every delta names one of the ten rules and is a small positive step", () => {
    for (const [id, deltas] of Object.entries(RULE_DELTAS)) {
      const entries = Object.entries(deltas);
      assert.ok(entries.length > 0, id);
      for (const [rule, delta] of entries) {
        assert.ok(isSecurityRule(rule), `${id}: ${rule}`);
        assert.ok(typeof delta === "number" && delta > 0 && delta <= 0.5, `${id}: ${rule} ${delta}`);
      }
    }
  });

  test("the issue's starting points are kept", () => {
    assert.deepEqual(RULE_DELTAS.B105, { secret_handling: 0.3 });
    assert.deepEqual(RULE_DELTAS.B107, { secret_handling: 0.25 });
    assert.equal(RULE_DELTAS.B307?.shell_injection_prevention, 0.35);
    assert.deepEqual(RULE_DELTAS.B301, { deserialization_safety: 0.35 });
    assert.deepEqual(RULE_DELTAS.B602, { subprocess_safety: 0.35, shell_injection_prevention: 0.35 });
    assert.deepEqual(RULE_DELTAS.B608, { sql_injection_prevention: 0.35 });
    assert.deepEqual(RULE_DELTAS.B108, { temp_file_safety: 0.2 });
    assert.deepEqual(RULE_DELTAS.B404, { subprocess_safety: 0.1 });
  });
});
