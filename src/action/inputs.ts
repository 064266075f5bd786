import { DEFAULT_MAX_ROUNDS, DEFAULT_MAX_TOKENS, fixSettingsFrom, type FixSettings } from "../app/fix-settings.js";
import { GATE_DEFAULTS, gateSettingsFrom, type GateSettings, type OptionName } from "../app/settings.js";
import { ConfigurationError } from "../core/errors.js";
import { DEFAULT_HTTP_TIMEOUT_SECONDS } from "../core/fix/codemods/catalog.js";
import { PINNED_BANDIT_VERSION } from "../core/messages.js";

export const DEFAULT_BRANCHES = ["agent/**"];
export const DEFAULT_FIX_BRANCH_PREFIX = "bandit-gate/fix/";
export const DEFAULT_BOT = { name: "bandit-gate[bot]", email: "bandit-gate@users.noreply.github.com" };

type InputSpec =
  | { kind: "text"; default: string; actionYmlDefault?: string }
  | { kind: "lines"; default: readonly string[] }
  | { kind: "flag"; default: boolean }
  | { kind: "choice"; default: string; options: readonly string[] };

const text = (fallback = "", actionYmlDefault?: string) =>
  ({ kind: "text", default: fallback, ...(actionYmlDefault !== undefined ? { actionYmlDefault } : {}) }) as const;
const lines = (fallback: readonly string[] = []) => ({ kind: "lines", default: fallback }) as const;
const flag = (fallback: boolean) => ({ kind: "flag", default: fallback }) as const;
/** A boolean that has grown more values: true and false as YAML spells them, or one of `more`. */
const choice = (fallback: string, more: readonly string[]) => ({ kind: "choice", default: fallback, options: ["true", "false", ...more] }) as const;

/** `fix`: off, one job (gate, fix, push: trusted repositories), or the two jobs of docs/fix.md. */
export type FixMode = "off" | "one-job" | "propose" | "publish";
export function fixModeOf(inputs: Pick<ActionInputs, "fix">): FixMode {
  return inputs.fix === "true" ? "one-job" : inputs.fix === "false" ? "off" : (inputs.fix as FixMode);
}

/**
 * Every input of action.yml, its kind and its default: the one list the Action reads, once.
 * Adding an input is one line here and its entry in action.yml (a unit test checks that both have
 * the same names and defaults, and `node scripts/docs-tables.mjs` writes the README's table).
 * An empty text input means "not given".
 */
export const ACTION_INPUTS = {
  branches: lines(DEFAULT_BRANCHES),
  base: text(),
  "baseline-file": text(),
  "severity-level": text(GATE_DEFAULTS.severityLevel),
  "confidence-level": text(GATE_DEFAULTS.confidenceLevel),
  nosec: text(GATE_DEFAULTS.nosec),
  include: lines(),
  exclude: lines(),
  paths: lines(),
  bandit: text(),
  "bandit-version": text(PINNED_BANDIT_VERSION),
  "allow-scan-errors": flag(false),
  "judge-test-asserts": flag(false),
  notebooks: flag(true),
  "strict-config": flag(false),
  jobs: text(),
  "bandit-timeout": text("10m"),
  cache: flag(true),
  shard: text(),
  "merge-reports": lines(),
  "sarif-file": text(),
  "report-json": text(),
  comment: flag(false),
  fix: choice("false", ["propose", "publish"]),
  "fix-artifact-dir": text(),
  "anthropic-api-key": text(),
  generator: text("auto"),
  "disable-codemods": text(),
  "http-timeout": text(String(DEFAULT_HTTP_TIMEOUT_SECONDS)),
  model: text(),
  "max-rounds": text(String(DEFAULT_MAX_ROUNDS)),
  "max-tokens": text(String(DEFAULT_MAX_TOKENS)),
  "temperature-ramp": text(),
  "test-command": text(),
  "test-env": lines(),
  "profile-path": text(),
  // Deprecated for profile-path; given, it means what profile-path means.
  profile: text(),
  // The runner fills in the workflow's token; outside a runner, $GITHUB_TOKEN.
  "github-token": text("", "${{ github.token }}"),
  "fix-branch-prefix": text(DEFAULT_FIX_BRANCH_PREFIX),
  labels: lines(),
  draft: flag(false),
  "bot-name": text(DEFAULT_BOT.name),
  "bot-email": text(DEFAULT_BOT.email),
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof ACTION_INPUTS;
type ValueOf<S extends InputSpec> = S extends { kind: "text" | "choice" } ? string : S extends { kind: "lines" } ? string[] : boolean;
/** The Action's inputs, read once, with their defaults applied. */
export type ActionInputs = { readonly [K in InputName]: ValueOf<(typeof ACTION_INPUTS)[K]> };

/** The default as action.yml spells it. */
export function actionYmlDefault(spec: InputSpec): string {
  if (spec.kind === "lines") return spec.default.join("\n");
  if (spec.kind === "flag" || spec.kind === "choice") return String(spec.default);
  return spec.actionYmlDefault ?? spec.default;
}

// YAML 1.2's core booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = new Set(["true", "True", "TRUE"]);
const FALSE = new Set(["false", "False", "FALSE"]);

/**
 * Read every input once. `get` returns an input's raw text ("" when unset), e.g. `core.getInput`.
 * Every problem is collected and reported at once, naming the input.
 */
export function readInputs(get: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const values: Record<string, string | string[] | boolean> = {};
  for (const [name, spec] of Object.entries(ACTION_INPUTS) as [InputName, InputSpec][]) {
    const raw = get(name).trim();
    if (spec.kind === "text") values[name] = raw === "" ? spec.default : raw;
    else if (spec.kind === "lines") {
      const list = raw.split("\n").map((line) => line.trim()).filter((line) => line !== "");
      values[name] = list.length > 0 ? list : [...spec.default];
    } else if (spec.kind === "choice") {
      const value = raw === "" ? spec.default : TRUE.has(raw) ? "true" : FALSE.has(raw) ? "false" : raw;
      if (!spec.options.includes(value)) problems.push(`${name} must be one of ${spec.options.join(", ")} (got "${raw}")`);
      values[name] = spec.options.includes(value) ? value : spec.default;
    } else if (raw === "") values[name] = spec.default;
    else if (TRUE.has(raw)) values[name] = true;
    else if (FALSE.has(raw)) values[name] = false;
    else {
      problems.push(`${name} must be true or false (got "${raw}")`);
      values[name] = spec.default;
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join("\n"));
  return values as ActionInputs;
}

/** The Action's own names for the options whose CLI flag differs: errors name what the workflow says. */
const INPUT_FOR_OPTION: Record<string, InputName> = { baseline: "baseline-file", PATHS: "paths" };
export const inputName: OptionName = (option) => INPUT_FOR_OPTION[option] ?? option;

const given = (value: string) => (value === "" ? undefined : value);

/** The gate's settings from the inputs and the event; problems name the input (`severity-level`). */
export function gateSettingsFromInputs(
  inputs: ActionInputs,
  context: { repoRoot: string; pullRequestBase?: string; defaultBranch?: string },
): GateSettings {
  const settings = gateSettingsFrom(
    {
      base: given(inputs.base),
      baseline: given(inputs["baseline-file"]),
      "severity-level": inputs["severity-level"],
      "confidence-level": inputs["confidence-level"],
      nosec: inputs.nosec,
      include: inputs.include,
      exclude: inputs.exclude,
      "allow-scan-errors": inputs["allow-scan-errors"],
      "judge-test-asserts": inputs["judge-test-asserts"],
      notebooks: inputs.notebooks,
      "strict-config": inputs["strict-config"],
      jobs: given(inputs.jobs),
      "bandit-timeout": given(inputs["bandit-timeout"]),
      shard: given(inputs.shard),
    },
    inputs.paths,
    { cwd: context.repoRoot, repoRoot: context.repoRoot },
    inputName,
  );
  if (context.pullRequestBase) settings.pullRequestBase = context.pullRequestBase;
  if (context.defaultBranch) settings.defaultBranch = context.defaultBranch;
  // The pushed branch's own baseline file and configuration could loosen its check.
  if (settings.baseline.kind === "file") settings.trustedRevision = {};
  return settings;
}

/** The fix step's settings around the gate's; problems name the input (`max-rounds`). */
export function fixSettingsFromInputs(inputs: ActionInputs, gate: GateSettings, repoRoot: string): FixSettings {
  return fixSettingsFrom(
    {
      "max-rounds": inputs["max-rounds"],
      "max-tokens": inputs["max-tokens"],
      "temperature-ramp": given(inputs["temperature-ramp"]),
      model: given(inputs.model),
      "test-command": given(inputs["test-command"]),
      "test-env": inputs["test-env"],
      profile: profilePlaceOf(inputs).path,
      generator: inputs.generator,
      "disable-codemods": given(inputs["disable-codemods"]),
      "http-timeout": inputs["http-timeout"],
    },
    gate,
    { cwd: repoRoot, repoRoot },
    inputName,
  );
}

/**
 * Where the learned profile lives: committed into the fix pull request at `profile-path` (or at
 * the deprecated `profile`, which meant the same), else in the Action's cache (`path` absent).
 */
export function profilePlaceOf(inputs: Pick<ActionInputs, "profile" | "profile-path">): { path?: string; deprecated: boolean } {
  const path = given(inputs["profile-path"]);
  if (path !== undefined) return { path, deprecated: false };
  const legacy = given(inputs.profile);
  return legacy !== undefined ? { path: legacy, deprecated: true } : { deprecated: false };
}

/** The fix pull request's labels: one per line or comma-separated. */
export function labelsOf(inputs: ActionInputs): string[] {
  return inputs.labels.flatMap((l) => l.split(",")).map((l) => l.trim()).filter(Boolean);
}
