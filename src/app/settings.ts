import { relative, resolve } from "node:path";
import { ConfigurationError } from "../core/errors.js";
import { isThreshold, type Threshold } from "../core/gate/finding.js";
import { NOSEC_POLICIES, type NosecPolicy } from "../core/gate/policy.js";
import type { HeadSide } from "../adapters/git.js";
import { defaultJobs } from "./compose.js";

/**
 * Everything the gate needs to know, built by each entry point (CLI flags, Action inputs,
 * pre-commit hook) and nothing else. Every field is documented here once.
 */
export interface GateSettings {
  /** Directory to run in; the repository is the one containing it. */
  cwd: string;
  /** What to compare against. */
  baseline: BaselineSetting;
  /** What is judged: the working tree (CLI, Action), the index (pre-commit) or a commit (--head). */
  head: HeadSide;
  /** Set from a pull_request event: its base branch, whose merge-base with head is the baseline. */
  pullRequestBase?: string;
  /** From the event's repository.default_branch, used when origin/HEAD is unknown. */
  defaultBranch?: string;
  /** Only files matching one of these globs (empty: all). */
  include: string[];
  /** Files matching any of these globs are skipped. */
  exclude: string[];
  /** Restrict to these files or folders (repository-relative); empty: the whole repository. */
  paths: string[];
  /** Report regressions at or above this severity (Bandit's -l names). */
  severityLevel: Threshold;
  /** ... and at or above this confidence (Bandit's -i names). */
  confidenceLevel: Threshold;
  /** How `# nosec` comments added by the branch are treated. */
  nosec: NosecPolicy;
  /** When Bandit cannot scan a changed file: false fails the run (exit 3), true reports and goes on. */
  allowScanErrors: boolean;
  /**
   * Judge Bandit's B101 (`assert` used) in test files too. False (default): not judged there when
   * the repository's Bandit configuration says nothing about tests; its own choice always wins.
   */
  judgeTestAsserts: boolean;
  /**
   * Scan the code cells of changed Jupyter notebooks (docs/notebooks.md). True by default; false
   * lists changed notebooks in a note as not scanned.
   */
  notebooks: boolean;
  /** Bandit processes at once. */
  jobs: number;
  /** Each Bandit process is killed after this long, and the run fails (exit 3) naming its files. */
  banditTimeoutMs: number;
  /**
   * Baseline-file mode: read the baseline file and the Bandit configuration from the revision that
   * revision mode compares with (`ref`; absent: the branch-off point from the PR base or default
   * branch) instead of the tree being judged, so a branch cannot loosen its own check. The Action
   * and the hook set it; `check --baseline FILE` reads the file as it is.
   */
  trustedRevision?: { ref?: string };
  /** Fail (exit 1) when the branch changes the baseline file or the Bandit configuration the gate runs with. */
  strictConfig: boolean;
  /** Judge only this deterministic part of the changed files (matrix jobs). */
  shard?: { index: number; total: number };
}

export type BaselineSetting =
  | { kind: "auto" }
  | { kind: "ref"; ref: string }
  | { kind: "file"; path: string };

/** The gate's defaults, in one place: the CLI, the hook and the Action (whose action.yml a test compares) use these. */
export const GATE_DEFAULTS = {
  severityLevel: "all",
  confidenceLevel: "all",
  nosec: "new-is-regression",
} as const satisfies Partial<GateSettings>;

/**
 * The gate's settings as the user gave them, keyed by option name: a CLI flag's name without its
 * dashes, which is also the Action input's name (the Action's `baseline-file` fills `baseline`).
 * Absent means "not given": the default applies.
 */
export interface GateValues {
  base?: string;
  baseline?: string;
  head?: string;
  "severity-level"?: string;
  "confidence-level"?: string;
  nosec?: string;
  include?: string[];
  exclude?: string[];
  "allow-scan-errors"?: boolean;
  "judge-test-asserts"?: boolean;
  /** False: changed notebooks are only listed as not scanned. */
  notebooks?: boolean;
  "strict-config"?: boolean;
  jobs?: string;
  "bandit-timeout"?: string;
  shard?: string;
}

/**
 * How an option is named in a message, so that the user reads the name they typed:
 * `--severity-level` on the command line, `severity-level` in a workflow.
 */
export type OptionName = (option: string) => string;
export const flagName: OptionName = (option) => (option === "PATHS" ? "PATHS" : `--${option}`);

/**
 * Build the gate's settings from option values. Every problem is collected, then reported at once,
 * each naming the option by `name`. `repoRoot` turns paths given relative to `cwd` into repository paths.
 */
export function gateSettingsFrom(
  values: GateValues,
  positionals: string[],
  context: { cwd: string; repoRoot: string; head?: GateSettings["head"] },
  name: OptionName = flagName,
): GateSettings {
  const problems: string[] = [];
  const threshold = (option: string, value: string | undefined, fallback: Threshold): Threshold => {
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (isThreshold(lower)) return lower;
    problems.push(`${name(option)} must be one of all, low, medium, high (got "${value}")`);
    return fallback;
  };
  const severityLevel = threshold("severity-level", values["severity-level"], GATE_DEFAULTS.severityLevel);
  const confidenceLevel = threshold("confidence-level", values["confidence-level"], GATE_DEFAULTS.confidenceLevel);
  let nosec: NosecPolicy = GATE_DEFAULTS.nosec;
  if (values.nosec !== undefined) {
    if ((NOSEC_POLICIES as readonly string[]).includes(values.nosec)) nosec = values.nosec as NosecPolicy;
    else problems.push(`${name("nosec")} must be "honor" or "new-is-regression" (got "${values.nosec}")`);
  }
  if (values.base !== undefined && values.baseline !== undefined) {
    problems.push(`${name("base")} and ${name("baseline")} are alternatives: compare with a git revision or with a baseline file, not both`);
  }
  let jobs = defaultJobs();
  if (values.jobs !== undefined) {
    const n = Number(values.jobs);
    if (Number.isInteger(n) && n >= 1 && n <= 256) jobs = n;
    else problems.push(`${name("jobs")} must be a whole number from 1 to 256 (got "${values.jobs}")`);
  }
  let banditTimeoutMs = DEFAULT_BANDIT_TIMEOUT_MS;
  if (values["bandit-timeout"] !== undefined) {
    const parsed = parseDuration(values["bandit-timeout"]);
    if (parsed !== undefined) banditTimeoutMs = parsed;
    else problems.push(`${name("bandit-timeout")} must be a duration such as 600, 90s or 10m (got "${values["bandit-timeout"]}")`);
  }
  let shard: GateSettings["shard"];
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (!shard) problems.push(`${name("shard")} must be i/n with 1 <= i <= n (got "${values.shard}")`);
  }
  const paths = positionals.map((p) => relative(context.repoRoot, resolve(context.cwd, p)).split("\\").join("/"));
  for (const [i, p] of paths.entries()) {
    if (p.startsWith("..")) problems.push(`${name("PATHS")}: "${positionals[i]}" is outside the repository ${context.repoRoot}`);
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join("\n"));
  return {
    cwd: context.cwd,
    baseline:
      values.baseline !== undefined
        ? { kind: "file", path: values.baseline }
        : values.base !== undefined
          ? { kind: "ref", ref: values.base }
          : { kind: "auto" },
    head: values.head !== undefined ? { kind: "commit", ref: values.head } : (context.head ?? { kind: "worktree" }),
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    paths: paths.filter((p) => p !== ""),
    severityLevel,
    confidenceLevel,
    nosec,
    allowScanErrors: values["allow-scan-errors"] === true,
    judgeTestAsserts: values["judge-test-asserts"] === true,
    notebooks: values.notebooks !== false,
    strictConfig: values["strict-config"] === true,
    banditTimeoutMs,
    jobs,
    ...(shard ? { shard } : {}),
  };
}

export function parseShard(text: string): { index: number; total: number } | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const total = Number(match[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}

/** Generous: a large change scanned by one process takes minutes; a hung Bandit takes for ever. */
export const DEFAULT_BANDIT_TIMEOUT_MS = 10 * 60_000;

/** `600`, `90s`, `10m`, `1h` -> milliseconds; undefined unless a positive duration. */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]) * ({ s: 1, m: 60, h: 3600 } as const)[(match[2] ?? "s") as "s" | "m" | "h"] * 1000;
  return value > 0 ? Math.round(value) : undefined;
}
