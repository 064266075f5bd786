import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { ACTION_INPUTS, fixModeOf, fixSettingsFromInputs, gateSettingsFromInputs, labelsOf, profilePlaceOf, readInputs } from "../../src/action/inputs.js";
import { ConfigurationError } from "../../src/core/errors.js";
import { profileCacheKeys } from "../../src/adapters/caches/profile-cache.js";

/** Inputs as the runner hands them over: INPUT_* text, "" for anything the workflow left out. */
const from = (given: Record<string, string>) => (name: string) => given[name] ?? "";
const repoRoot = "/repo";
const errorOf = (fn: () => unknown): ConfigurationError => {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigurationError, `a ConfigurationError, got ${String(error)}`);
    return error;
  }
  assert.fail("expected a ConfigurationError");
};

describe("the Action's inputs, read once", () => {
  test("an input the workflow leaves out takes its default; every declared input is read", () => {
    const asked: string[] = [];
    const inputs = readInputs((name) => (asked.push(name), ""));
    assert.deepEqual(asked.sort(), Object.keys(ACTION_INPUTS).sort());
    assert.deepEqual(inputs.branches, ["agent/**"]);
    assert.equal(inputs["severity-level"], "all");
    assert.equal(inputs.cache, true);
    assert.equal(inputs.fix, "false");
    assert.equal(inputs["fix-branch-prefix"], "bandit-gate/fix/");
    const gate = gateSettingsFromInputs(inputs, { repoRoot });
    assert.equal(gate.severityLevel, "all");
    assert.equal(gate.nosec, "new-is-regression");
    assert.deepEqual(gate.baseline, { kind: "auto" });
  });

  test("text, line lists and booleans are read as the runner gives them", () => {
    const inputs = readInputs(from({ include: "  src/**\n\n tests/** \n", "allow-scan-errors": "True", cache: "false", labels: "security, bandit-gate\nextra", base: "  v2.3.0 " }));
    assert.deepEqual(inputs.include, ["src/**", "tests/**"]);
    assert.equal(inputs["allow-scan-errors"], true);
    assert.equal(inputs.cache, false);
    assert.equal(inputs.base, "v2.3.0");
    assert.deepEqual(labelsOf(inputs), ["security", "bandit-gate", "extra"]);
    const gate = gateSettingsFromInputs(inputs, { repoRoot, pullRequestBase: "main" });
    assert.deepEqual(gate.baseline, { kind: "ref", ref: "v2.3.0" });
    assert.equal(gate.pullRequestBase, "main");
    assert.equal(gate.allowScanErrors, true);
  });

  test("errors name the input as the workflow spells it, never a CLI flag, and all come at once", () => {
    const inputs = readInputs(from({ "severity-level": "severe", jobs: "0", base: "main", "baseline-file": "b.json", paths: "../elsewhere" }));
    const { message } = errorOf(() => gateSettingsFromInputs(inputs, { repoRoot }));
    assert.match(message, /^severity-level must be one of all, low, medium, high \(got "severe"\)$/m);
    assert.match(message, /^jobs must be a whole number/m);
    assert.match(message, /^base and baseline-file are alternatives/m);
    assert.match(message, /^paths: "\.\.\/elsewhere" is outside the repository/m);
    assert.doesNotMatch(message, /--/, "no CLI flag is named");
  });

  test("a boolean input that is not YAML's true or false is refused by name (a typo must not turn a step off)", () => {
    const { message } = errorOf(() => readInputs(from({ fix: "yes", cache: "no" })));
    assert.match(message, /^fix must be one of true, false, propose, publish \(got "yes"\)$/m);
    assert.match(message, /^cache must be true or false \(got "no"\)$/m);
  });

  test("fix is off, one job, or one of the two jobs; YAML's spellings of true and false still work", () => {
    const mode = (fix: string) => fixModeOf(readInputs(from({ fix })));
    assert.equal(mode(""), "off");
    assert.equal(mode("False"), "off");
    assert.equal(mode("TRUE"), "one-job");
    assert.equal(mode("propose"), "propose");
    assert.equal(mode("publish"), "publish");
    assert.match(errorOf(() => readInputs(from({ fix: "Publish" }))).message, /fix must be one of true, false, propose, publish \(got "Publish"\)/);
  });

  test("the fix step's inputs become the loop's settings, and their errors name the input", () => {
    const inputs = readInputs(from({ "max-rounds": "5", "temperature-ramp": "0.2, 0.5", "test-command": "pytest -q", model: "m" }));
    const gate = gateSettingsFromInputs(inputs, { repoRoot });
    const fix = fixSettingsFromInputs(inputs, gate, repoRoot);
    assert.equal(fix.gate, gate, "the gate's settings are the ones the gate ran with, not parsed again");
    assert.equal(fix.loop.maxRounds, 5);
    assert.deepEqual(fix.loop.temperatures, [0.2, 0.5]);
    assert.equal(fix.loop.testCommand, "pytest -q");
    assert.deepEqual(fix.generator, { kind: "auto", model: "m" });
    assert.deepEqual(fix.codemods, { disabled: [], httpTimeoutSeconds: 30 });
    assert.equal(fix.profilePath, "/repo/.github/bandit-gate/profile.yml");
    const codemodOnly = readInputs(from({ generator: "codemod", "disable-codemods": "eval-literal-eval", "http-timeout": "12" }));
    const offline = fixSettingsFromInputs(codemodOnly, gateSettingsFromInputs(codemodOnly, { repoRoot }), repoRoot);
    assert.deepEqual(offline.generator, { kind: "codemod" });
    assert.deepEqual(offline.codemods, { disabled: ["eval-literal-eval"], httpTimeoutSeconds: 12 });
    const bad = readInputs(from({ "max-rounds": "11", "max-tokens": "lots", "temperature-ramp": "hot", generator: "gpt", "disable-codemods": "yaml" }));
    const { message } = errorOf(() => fixSettingsFromInputs(bad, gateSettingsFromInputs(bad, { repoRoot }), repoRoot));
    assert.match(message, /^max-rounds must be a whole number from 1 to 10 \(got "11"\)$/m);
    assert.match(message, /^max-tokens must be/m);
    assert.match(message, /^temperature-ramp must be/m);
    assert.match(message, /^generator must be auto, codemod, model/m);
    assert.match(message, /^disable-codemods names unknown codemods \(yaml\)/m);
    assert.doesNotMatch(message, /--/);
  });
});

describe("where the learned profile lives", () => {
  test("in the cache by default; profile-path commits it; the deprecated profile means the same, flagged", () => {
    assert.deepEqual(profilePlaceOf(readInputs(from({}))), { deprecated: false });
    assert.deepEqual(profilePlaceOf(readInputs(from({ "profile-path": "sec/profile.yml" }))), { path: "sec/profile.yml", deprecated: false });
    assert.deepEqual(profilePlaceOf(readInputs(from({ profile: ".github/bandit-gate/profile.yml" }))), { path: ".github/bandit-gate/profile.yml", deprecated: true });
    assert.deepEqual(profilePlaceOf(readInputs(from({ profile: "old.yml", "profile-path": "new.yml" }))), { path: "new.yml", deprecated: false }, "profile-path wins");
    const inputs = readInputs(from({ "profile-path": "sec/profile.yml" }));
    assert.equal(fixSettingsFromInputs(inputs, gateSettingsFromInputs(inputs, { repoRoot }), repoRoot).profilePath, "/repo/sec/profile.yml");
  });

  test("the cache key is per repository and names no branch; every run saves under its own key", () => {
    const keys = profileCacheKeys({ GITHUB_REPOSITORY: "acme/shop", GITHUB_RUN_ID: "7", GITHUB_RUN_ATTEMPT: "2", GITHUB_REF: "refs/heads/agent/x" });
    assert.deepEqual(keys, { key: "bandit-gate-profile-v1-acme_shop-7-2", restoreKeys: ["bandit-gate-profile-v1-acme_shop-"] });
    assert.ok(!keys.key.includes("agent"));
    assert.notEqual(profileCacheKeys({ GITHUB_REPOSITORY: "acme/other", GITHUB_RUN_ID: "7" }).restoreKeys[0], keys.restoreKeys[0]);
  });
});
