import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { ConfigurationError } from "../../src/core/errors.js";
import { FIX_OPTIONS, fixSettingsFromFlags } from "../../src/cli/commands/fix.js";
import { parseCommandLine } from "../../src/cli/args.js";

const context = { cwd: "/repo/sub", repoRoot: "/repo" };
const settingsOf = (argv: string[]) => {
  const { values, positionals } = parseCommandLine(argv, FIX_OPTIONS);
  return fixSettingsFromFlags(values, positionals, context);
};

describe("fix flags", () => {
  test("defaults: 3 rounds, temperature 0.2, auto (codemods, then the model), profile under .github, diff on stdout", () => {
    const settings = settingsOf([]);
    assert.equal(settings.loop.maxRounds, 3);
    assert.deepEqual(settings.loop.temperatures, [0.2]);
    assert.equal(settings.loop.maxTokens, 200_000);
    assert.deepEqual(settings.generator, { kind: "auto", model: "claude-sonnet-5-5" });
    assert.deepEqual(settings.codemods, { disabled: [], httpTimeoutSeconds: 30 });
    assert.equal(settings.profilePath, "/repo/.github/bandit-gate/profile.yml");
    assert.deepEqual(settings.output, { kind: "stdout" });
    assert.equal(settings.loop.testCommand, undefined);
  });

  test("every flag lands in the settings; paths resolve against the working directory", () => {
    const settings = settingsOf([
      "--max-rounds", "5", "--temperature-ramp", "0.2, 0.4,0.6", "--generator", "replay:r.json", "--max-tokens", "5000",
      "--test-command", "pytest -q", "--profile", "p.yml", "--record", "out/run.json", "--patch", "fix.patch", "--severity-level", "medium",
    ]);
    assert.equal(settings.loop.maxRounds, 5);
    assert.deepEqual(settings.loop.temperatures, [0.2, 0.4, 0.6]);
    assert.deepEqual(settings.generator, { kind: "replay", file: "/repo/sub/r.json" });
    assert.equal(settings.loop.maxTokens, 5000);
    assert.equal(settings.loop.testCommand, "pytest -q");
    assert.equal(settings.profilePath, "/repo/sub/p.yml");
    assert.equal(settings.recordPath, "/repo/sub/out/run.json");
    assert.deepEqual(settings.output, { kind: "patch", file: "/repo/sub/fix.patch" });
    assert.equal(settings.loop.severityLevel, "medium");
    assert.deepEqual(settingsOf(["--write", "--model", "claude-opus-5-5"]).output, { kind: "write" });
    assert.deepEqual(settingsOf(["--model", "claude-opus-5-5"]).generator, { kind: "auto", model: "claude-opus-5-5" });
    assert.deepEqual(settingsOf(["--generator", "model", "--model", "claude-opus-5-5"]).generator, { kind: "anthropic", model: "claude-opus-5-5" });
    assert.deepEqual(settingsOf(["--generator", "anthropic"]).generator, { kind: "anthropic", model: "claude-sonnet-5-5" });
    assert.deepEqual(settingsOf(["--generator", "codemod"]).generator, { kind: "codemod" });
    assert.deepEqual(settingsOf(["--disable-codemods", "hashlib-sha256, random-secrets", "--http-timeout", "7.5"]).codemods, { disabled: ["hashlib-sha256", "random-secrets"], httpTimeoutSeconds: 7.5 });
  });

  test("every problem is reported at once", () => {
    assert.throws(
      () => settingsOf(["--max-rounds", "0", "--temperature-ramp", "0.2,hot", "--generator", "openai", "--disable-codemods", "yaml-safe-load,yaml-be-safe", "--http-timeout", "0", "--write", "--patch", "x", "--head", "HEAD~1", "--max-tokens=-5", "--jobs", "0"]),
      (error: unknown) => {
        assert.ok(error instanceof ConfigurationError);
        for (const expected of [/--max-rounds must be a whole number from 1 to 10/, /--temperature-ramp must be/, /--generator must be auto, codemod, model \(or anthropic\) or replay:FILE/, /unknown codemods \(yaml-be-safe\)/, /--http-timeout must be/, /--write and --patch are alternatives/, /--head cannot be used/, /--max-tokens must be/, /--jobs must be/]) {
          assert.match(error.message, expected);
        }
        return true;
      },
    );
  });

  test("--model with --generator codemod is a contradiction, reported", () => {
    assert.throws(() => settingsOf(["--generator", "codemod", "--model", "x"]), /--model does not apply to --generator codemod/);
  });
});
