import { join, resolve } from "node:path";
import { ConfigurationError } from "../core/errors.js";
import type { Threshold } from "../core/gate/finding.js";
import { flagName, type GateSettings, type OptionName } from "./settings.js";

/** How the model is reached. */
export type GeneratorSetting = { kind: "anthropic"; model: string } | { kind: "replay"; file: string };

/** Where the result goes: a diff on stdout, a patch file, or the working tree itself. */
export type FixOutput = { kind: "stdout" } | { kind: "patch"; file: string } | { kind: "write" };

/** The loop's own settings, independent of where they came from. */
export interface LoopSettings {
  /** Rounds per function, 1..10 (default 3). */
  maxRounds: number;
  /** Temperature of round i is the i-th entry; the last one repeats (default [0.2]). */
  temperatures: number[];
  /** Tokens (input + output) the whole run may spend; never exceeded. */
  maxTokens: number;
  /** Upper bound of one reply's output tokens. */
  maxOutputTokensPerRound: number;
  /** Run on a patched copy of the tree for every candidate that would be accepted; non-zero exit rejects it. */
  testCommand?: string;
  /** Findings below these levels are not scored (the gate's --severity-level / --confidence-level). */
  severityLevel: Threshold;
  confidenceLevel: Threshold;
}

/** Everything `bandit-gate fix` needs, built by the entry point. */
export interface FixSettings {
  gate: GateSettings;
  loop: LoopSettings;
  generator: GeneratorSetting;
  /** Absolute path of the security profile (created from defaults when absent, written back after the run). */
  profilePath: string;
  /** Absolute path for the JSON run record, if wanted. */
  recordPath?: string;
  output: FixOutput;
}

export const DEFAULT_MAX_ROUNDS = 3;
export const DEFAULT_TEMPERATURES = [0.2];
export const DEFAULT_MAX_TOKENS = 200_000;
export const DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND = 4096;
/** A round that could not produce even this many output tokens is not worth starting. */
export const MIN_OUTPUT_TOKENS_PER_ROUND = 256;
/** A current Sonnet; Sonnet 4.5 is deprecated in the SDK's model list. */
export const DEFAULT_ANTHROPIC_MODEL = "claude-sonnet-5-5";
export const DEFAULT_PROFILE_PATH = ".github/bandit-gate/profile.yml";

export function temperatureForRound(temperatures: readonly number[], round: number): number {
  return temperatures[Math.min(round, temperatures.length) - 1] ?? DEFAULT_TEMPERATURES[0] ?? 0.2;
}

/**
 * The fix loop's settings as the user gave them, keyed by option name (a CLI flag's name without
 * its dashes, which is also the Action input's name). Absent means "not given": the default applies.
 */
export interface FixValues {
  "max-rounds"?: string;
  "temperature-ramp"?: string;
  generator?: string;
  model?: string;
  "max-tokens"?: string;
  "test-command"?: string;
  profile?: string;
  record?: string;
  write?: boolean;
  patch?: string;
}

/**
 * Build `fix`'s settings around the gate's. Every problem, with those already in `problems`
 * (the gate's, say), is reported at once, each naming the option by `name`.
 */
export function fixSettingsFrom(
  values: FixValues,
  gate: GateSettings | undefined,
  context: { cwd: string; repoRoot: string },
  name: OptionName = flagName,
  problems: string[] = [],
): FixSettings {
  const whole = (option: string, text: string | undefined, fallback: number, min: number, max: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`${name(option)} must be a whole number from ${min} to ${max} (got "${text}")`);
    return fallback;
  };
  const maxRounds = whole("max-rounds", values["max-rounds"], DEFAULT_MAX_ROUNDS, 1, 10);
  const maxTokens = whole("max-tokens", values["max-tokens"], DEFAULT_MAX_TOKENS, 1, 100_000_000);
  let temperatures = [...DEFAULT_TEMPERATURES];
  if (values["temperature-ramp"] !== undefined) {
    const parts = values["temperature-ramp"].split(",").map((p) => p.trim());
    const numbers = parts.map(Number);
    if (parts.length === 0 || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) {
      problems.push(`${name("temperature-ramp")} must be comma-separated numbers from 0 to 1, one per round (got "${values["temperature-ramp"]}")`);
    } else {
      temperatures = numbers;
    }
  }
  let generator: GeneratorSetting = { kind: "anthropic", model: values.model ?? DEFAULT_ANTHROPIC_MODEL };
  const chosen = values.generator ?? "anthropic";
  if (chosen.startsWith("replay:") && chosen.length > "replay:".length) {
    generator = { kind: "replay", file: resolve(context.cwd, chosen.slice("replay:".length)) };
    if (values.model !== undefined) problems.push(`${name("model")} applies to the anthropic generator only`);
  } else if (chosen !== "anthropic") {
    problems.push(`${name("generator")} must be anthropic or replay:FILE (got "${chosen}")`);
  }
  if (values.model !== undefined && values.model.trim() === "") problems.push(`${name("model")} must not be empty`);
  let output: FixOutput = { kind: "stdout" };
  if (values.write && values.patch !== undefined) problems.push(`${name("write")} and ${name("patch")} are alternatives: apply the fix, or write it as a patch file`);
  else if (values.write) output = { kind: "write" };
  else if (values.patch !== undefined) output = { kind: "patch", file: resolve(context.cwd, values.patch) };
  const testCommand = values["test-command"]?.trim();
  if (values["test-command"] !== undefined && !testCommand) problems.push(`${name("test-command")} must not be empty`);
  if (problems.length > 0 || !gate) throw new ConfigurationError(problems.join("\n"));
  return {
    gate,
    loop: {
      maxRounds,
      temperatures,
      maxTokens,
      maxOutputTokensPerRound: DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND,
      ...(testCommand ? { testCommand } : {}),
      severityLevel: gate.severityLevel,
      confidenceLevel: gate.confidenceLevel,
    },
    generator,
    profilePath: values.profile !== undefined ? resolve(context.cwd, values.profile) : join(context.repoRoot, DEFAULT_PROFILE_PATH),
    ...(values.record !== undefined ? { recordPath: resolve(context.cwd, values.record) } : {}),
    output,
  };
}
