import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  DEFAULT_WEIGHTS,
  ProfileFileError,
  adaptProfile,
  decayProfile,
  defaultProfile,
  parseProfileYaml,
  renderProfileYaml,
  type SecurityProfile,
} from "../../src/core/fix/profile.js";
import { SECURITY_RULES } from "../../src/core/fix/security-rules.js";

function withWeights(weights: Partial<SecurityProfile["weights"]>): SecurityProfile {
  const profile = defaultProfile();
  return { ...profile, weights: { ...profile.weights, ...weights } };
}

describe("security profile updates", () => {
  test("a finding raises the weights its Bandit test maps to, and only those", () => {
    const before = defaultProfile();
    const { profile, changes } = adaptProfile(before, [{ testId: "B602" }]);
    assert.equal(profile.weights.subprocess_safety, before.weights.subprocess_safety + 0.35);
    assert.equal(profile.weights.shell_injection_prevention, before.weights.shell_injection_prevention + 0.35);
    for (const rule of SECURITY_RULES.filter((r) => r !== "subprocess_safety" && r !== "shell_injection_prevention")) {
      assert.equal(profile.weights[rule], before.weights[rule], rule);
    }
    assert.deepEqual(
      changes.map((c) => [c.rule, c.tests]),
      [
        ["subprocess_safety", ["B602"]],
        ["shell_injection_prevention", ["B602"]],
      ],
    );
    assert.equal(before.weights.subprocess_safety, DEFAULT_WEIGHTS.subprocess_safety, "the input profile is not mutated");
  });

  test("repeated findings add up; unmapped and unknown tests change nothing", () => {
    const { profile } = adaptProfile(withWeights({ secret_handling: 0.5 }), [{ testId: "B105" }, { testId: "B107" }, { testId: "B110" }, { testId: "B999" }]);
    assert.equal(profile.weights.secret_handling, 1.05);
    assert.deepEqual(adaptProfile(defaultProfile(), [{ testId: "B110" }]).changes, []);
  });

  test("weights are clamped to 1.5 however many findings arrive", () => {
    const { profile, changes } = adaptProfile(withWeights({ sql_injection_prevention: 1.4 }), Array(5).fill({ testId: "B608" }));
    assert.equal(profile.weights.sql_injection_prevention, 1.5);
    assert.deepEqual(changes[0], { rule: "sql_injection_prevention", from: 1.4, to: 1.5, tests: ["B608"] });
    const atMax = adaptProfile(withWeights({ sql_injection_prevention: 1.5 }), [{ testId: "B608" }]);
    assert.deepEqual(atMax.changes, [], "no change is reported at the ceiling");
  });

  test("decay moves each weight the configured share of the way back to its default", () => {
    const raised = withWeights({ temp_file_safety: 1.4, crypto_hygiene: 0.0 });
    const decayed = decayProfile({ ...raised, decay: 0.25 });
    assert.equal(decayed.weights.temp_file_safety, 1.4 + (DEFAULT_WEIGHTS.temp_file_safety - 1.4) * 0.25);
    assert.equal(decayed.weights.crypto_hygiene, DEFAULT_WEIGHTS.crypto_hygiene * 0.25);
    assert.equal(decayed.weights.input_validation, DEFAULT_WEIGHTS.input_validation, "a weight at its default stays");
    assert.deepEqual(decayProfile(raised, 0).weights, raised.weights, "factor 0 disables decay");
    assert.deepEqual(decayProfile(raised, 1).weights, { ...DEFAULT_WEIGHTS }, "factor 1 resets");
    let p = withWeights({ temp_file_safety: 1.5 });
    for (let i = 0; i < 30; i += 1) p = decayProfile(p, 0.2);
    assert.ok(Math.abs(p.weights.temp_file_safety - DEFAULT_WEIGHTS.temp_file_safety) < 0.01, "repeated runs converge on the default");
  });
});

describe("profile YAML", () => {
  test("round trip keeps weights, thresholds and decay, and the file documents itself", () => {
    const profile: SecurityProfile = {
      ...withWeights({ subprocess_safety: 1.234, temp_file_safety: 0, secret_handling: 1.5 }),
      thresholds: { high: 1.1, medium: 0.5 },
      decay: 0.3,
    };
    const text = renderProfileYaml(profile);
    assert.deepEqual(parseProfileYaml(text), profile);
    assert.match(text, /^# bandit-gate security profile/);
    assert.match(text, /thresholds:/);
    assert.match(text, /decay: 0\.3/);
    assert.match(text, /# .*\(default 0\.8\)\n {2}subprocess_safety: 1\.234/);
  });

  test("rules missing from the file take their defaults", () => {
    const profile = parseProfileYaml("version: 1\nweights:\n  crypto_hygiene: 1.2\n");
    assert.equal(profile.weights.crypto_hygiene, 1.2);
    assert.equal(profile.weights.input_validation, DEFAULT_WEIGHTS.input_validation);
    assert.deepEqual(profile.thresholds, defaultProfile().thresholds);
  });

  const problemsOf = (text: string) => {
    try {
      parseProfileYaml(text);
    } catch (error) {
      assert.ok(error instanceof ProfileFileError);
      return error.problems;
    }
    assert.fail("expected a ProfileFileError");
  };

  test("a YAML syntax error names its line", () => {
    const problems = problemsOf("version: 1\nweights:\n  crypto_hygiene: 1.2\n  sql_injection_prevention: [1,\n");
    assert.ok(problems.length >= 1);
    assert.ok(problems.some((p) => p.line >= 4), JSON.stringify(problems));
  });

  test("out-of-range values, wrong types and unknown keys each name their line; all are reported", () => {
    const text = ["version: 1", "thresholds:", "  high: 2.5", "  medium: 0.6", "decay: often", "weights:", "  crypto_hygiene: -1", "  made_up_rule: 1", "colour: blue"].join("\n");
    const problems = problemsOf(text);
    const byLine = new Map(problems.map((p) => [p.line, p.message]));
    assert.match(byLine.get(3) ?? "", /thresholds\.high must be between 0 and 1\.5/);
    assert.match(byLine.get(5) ?? "", /decay must be a number/);
    assert.match(byLine.get(7) ?? "", /weights\.crypto_hygiene must be between/);
    assert.match(byLine.get(8) ?? "", /unknown weights entry "made_up_rule"/);
    assert.match(byLine.get(9) ?? "", /unknown key "colour"/);
  });

  test("medium above high is rejected, and a non-mapping file too", () => {
    assert.match(problemsOf("thresholds:\n  high: 0.5\n  medium: 0.9\n")[0]?.message ?? "", /medium must not be above/);
    assert.equal(problemsOf("- just\n- a list\n")[0]?.line, 1);
  });
});
