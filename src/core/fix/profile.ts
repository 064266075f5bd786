import { isMap, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { deltasFor } from "./rule-map.js";
import { RULE_GUIDANCE, SECURITY_RULES, isSecurityRule, type SecurityRule } from "./security-rules.js";

/** Weights of the ten rules, the thresholds that place them in the prompt, and the decay factor. */
export interface SecurityProfile {
  weights: Record<SecurityRule, number>;
  thresholds: { high: number; medium: number };
  /** Share of the distance back to the default weights covered at the start of each run, 0..1. */
  decay: number;
}

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 1.5;

/**
 * Starting weights. The classic injection and secret rules start at `high`, so the first prompt
 * already carries hard requirements; the rest start as guidance and rise when Bandit finds them.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<SecurityRule, number>> = {
  input_validation: 1.0,
  subprocess_safety: 0.8,
  deserialization_safety: 0.8,
  file_permission_safety: 0.6,
  crypto_hygiene: 0.7,
  secret_handling: 1.0,
  sql_injection_prevention: 1.0,
  shell_injection_prevention: 1.0,
  network_timeout_safety: 0.6,
  temp_file_safety: 0.6,
};

export const DEFAULT_THRESHOLDS = { high: 1.0, medium: 0.6 } as const;
export const DEFAULT_DECAY = 0.2;

export function defaultProfile(): SecurityProfile {
  return { weights: { ...DEFAULT_WEIGHTS }, thresholds: { ...DEFAULT_THRESHOLDS }, decay: DEFAULT_DECAY };
}

export function clampWeight(value: number): number {
  return Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, value));
}

/** Three decimals: enough to learn, few enough that the YAML file diffs stay readable. */
function tidy(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export interface WeightChange {
  rule: SecurityRule;
  from: number;
  to: number;
  /** The Bandit tests that caused it. */
  tests: string[];
}

/** Raise the weights of the rules behind each finding, clamped to [0, 1.5]. */
export function adaptProfile(
  profile: SecurityProfile,
  findings: readonly { testId: string }[],
): { profile: SecurityProfile; changes: WeightChange[] } {
  const weights = { ...profile.weights };
  const causes = new Map<SecurityRule, Set<string>>();
  for (const finding of findings) {
    for (const [rule, delta] of Object.entries(deltasFor(finding.testId)) as [SecurityRule, number][]) {
      weights[rule] = tidy(clampWeight(weights[rule] + delta));
      if (!causes.has(rule)) causes.set(rule, new Set());
      causes.get(rule)?.add(finding.testId);
    }
  }
  const changes: WeightChange[] = [];
  for (const rule of SECURITY_RULES) {
    if (weights[rule] !== profile.weights[rule]) {
      changes.push({ rule, from: profile.weights[rule], to: weights[rule], tests: [...(causes.get(rule) ?? [])].sort() });
    }
  }
  return { profile: { ...profile, weights }, changes };
}

/** Move every weight `factor` of the way back toward its default, so one odd run cannot dominate for ever. */
export function decayProfile(profile: SecurityProfile, factor: number = profile.decay): SecurityProfile {
  const f = Math.min(1, Math.max(0, factor));
  const weights = { ...profile.weights };
  for (const rule of SECURITY_RULES) {
    weights[rule] = tidy(clampWeight(weights[rule] + (DEFAULT_WEIGHTS[rule] - weights[rule]) * f));
  }
  return { ...profile, weights };
}

/** Rules by weight, highest first; equal weights keep the order of SECURITY_RULES. */
export function rankedRules(profile: SecurityProfile): { rule: SecurityRule; weight: number }[] {
  return SECURITY_RULES.map((rule, index) => ({ rule, weight: profile.weights[rule], index }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map(({ rule, weight }) => ({ rule, weight }));
}

export interface ProfileProblem {
  line: number;
  message: string;
}

/** The profile file could not be used; every problem names its line. */
export class ProfileFileError extends Error {
  override name = "ProfileFileError";
  constructor(readonly problems: ProfileProblem[]) {
    super(problems.map((p) => `line ${p.line}: ${p.message}`).join("; "));
  }
}

/** Parse the YAML profile. Rules missing from the file take their defaults (forward compatibility). */
export function parseProfileYaml(text: string): SecurityProfile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ProfileProblem[] = [];
  for (const error of doc.errors) {
    problems.push({ line: error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line, message: error.message.split("\n")[0] ?? error.message });
  }
  if (problems.length > 0) throw new ProfileFileError(problems);

  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const root = doc.contents;
  if (!isMap(root)) throw new ProfileFileError([{ line: lineOf(root), message: "the profile must be a mapping with version, thresholds, decay and weights" }]);

  const profile = defaultProfile();
  const number = (path: string[], min: number, max: number): number | undefined => {
    const node = doc.getIn(path, true);
    if (node === undefined) return undefined;
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== "number" || !Number.isFinite(value)) {
      problems.push({ line: lineOf(node), message: `${path.join(".")} must be a number` });
      return undefined;
    }
    if (value < min || value > max) {
      problems.push({ line: lineOf(node), message: `${path.join(".")} must be between ${min} and ${max} (got ${value})` });
      return undefined;
    }
    return value;
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!["version", "thresholds", "decay", "weights"].includes(key)) {
      problems.push({ line: lineOf(pair.key), message: `unknown key "${key}" (expected version, thresholds, decay, weights)` });
    }
  }
  const version = doc.getIn(["version"], true);
  if (version !== undefined && !(isScalar(version) && version.value === 1)) {
    problems.push({ line: lineOf(version), message: "version must be 1" });
  }
  checkMapKeys(doc, "thresholds", ["high", "medium"], problems, lineOf);
  checkMapKeys(doc, "weights", SECURITY_RULES, problems, lineOf);

  const high = number(["thresholds", "high"], WEIGHT_MIN, WEIGHT_MAX);
  const medium = number(["thresholds", "medium"], WEIGHT_MIN, WEIGHT_MAX);
  if (high !== undefined) profile.thresholds.high = high;
  if (medium !== undefined) profile.thresholds.medium = medium;
  if (profile.thresholds.medium > profile.thresholds.high) {
    problems.push({ line: lineOf(doc.getIn(["thresholds", "medium"], true)), message: "thresholds.medium must not be above thresholds.high" });
  }
  const decay = number(["decay"], 0, 1);
  if (decay !== undefined) profile.decay = decay;
  for (const rule of SECURITY_RULES) {
    const weight = number(["weights", rule], WEIGHT_MIN, WEIGHT_MAX);
    if (weight !== undefined) profile.weights[rule] = weight;
  }
  if (problems.length > 0) throw new ProfileFileError(problems.sort((a, b) => a.line - b.line));
  return profile;
}

function checkMapKeys(
  doc: Document,
  key: string,
  allowed: readonly string[],
  problems: ProfileProblem[],
  lineOf: (node: unknown) => number,
): void {
  const node = doc.getIn([key], true);
  if (node === undefined) return;
  if (!isMap(node)) {
    problems.push({ line: lineOf(node), message: `${key} must be a mapping` });
    return;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!allowed.includes(name)) {
      problems.push({ line: lineOf(pair.key), message: `unknown ${key} entry "${name}" (expected one of ${allowed.join(", ")})` });
    }
  }
}

/** The profile as a self-documenting YAML file. */
export function renderProfileYaml(profile: SecurityProfile): string {
  const n = (value: number) => {
    const text = String(tidy(value));
    return /[.e]/.test(text) ? text : `${text}.0`;
  };
  const lines = [
    "# bandit-gate security profile: how strongly `bandit-gate fix` stresses each secure-coding rule",
    "# when it asks a model to rewrite a function that Bandit flagged.",
    "#",
    "# weights: 0.0 to 1.5 per rule. Each Bandit finding in a rewritten function raises the weights of",
    "#   the rules that would have avoided it; the file is written back after every run, so it learns.",
    "# thresholds: rules weighing at least `high` are hard requirements in the prompt (at most 6);",
    "#   rules from `medium` up to `high` are listed as additional guidance (at most 4); lower ones are left out.",
    "# decay: at the start of each run every weight moves this share (0 to 1) of the way back to its",
    "#   default, so one burst of unusual findings cannot dominate for ever. 0 disables it.",
    "# Edit freely; an invalid file is an error, never silently replaced.",
    "version: 1",
    "thresholds:",
    `  high: ${n(profile.thresholds.high)}`,
    `  medium: ${n(profile.thresholds.medium)}`,
    `decay: ${n(profile.decay)}`,
    "weights:",
  ];
  for (const rule of SECURITY_RULES) {
    lines.push(`  # ${RULE_GUIDANCE[rule]} (default ${n(DEFAULT_WEIGHTS[rule])})`);
    lines.push(`  ${rule}: ${n(profile.weights[rule])}`);
  }
  return `${lines.join("\n")}\n`;
}

export { isSecurityRule };
