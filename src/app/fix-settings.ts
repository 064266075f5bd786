import type { Threshold } from "../core/gate/finding.js";
import type { GateSettings } from "./settings.js";

import type { CodemodId } from "../core/fix/codemods/catalog.js";

/**
 * Where candidates come from: a model (anthropic), recorded replies (replay), deterministic
 * codemods alone (codemod), or codemods first and the model for what they leave (auto).
 */
export type GeneratorSetting =
  | { kind: "anthropic"; model: string }
  | { kind: "replay"; file: string }
  | { kind: "codemod" }
  | { kind: "auto"; model: string };

/** How the codemods behave (used by the codemod and auto generators). */
export interface CodemodOptions {
  /** Codemods never applied (--disable-codemods). */
  disabled: CodemodId[];
  /** The timeout, in seconds, requests-timeout adds to HTTP calls that have none. */
  httpTimeoutSeconds: number;
}

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
  codemods: CodemodOptions;
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
export const DEFAULT_PROFILE_PATH = ".github/bandit-gate/profile.yml";

export function temperatureForRound(temperatures: readonly number[], round: number): number {
  return temperatures[Math.min(round, temperatures.length) - 1] ?? DEFAULT_TEMPERATURES[0] ?? 0.2;
}
