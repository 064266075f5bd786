import { parseArgs, type ParseArgsConfig } from "node:util";
import { relative, resolve } from "node:path";
import { ConfigurationError } from "../core/errors.js";
import { isThreshold, type Threshold } from "../core/gate/finding.js";
import { NOSEC_POLICIES, type NosecPolicy } from "../core/gate/policy.js";
import { REPORT_FORMATS, type ReportFormat } from "../core/report/render.js";
import type { GateSettings } from "../app/settings.js";
import { defaultJobs } from "../app/compose.js";

/** Flags shared by every command that runs the gate (`check`, `fix`, the hook). */
export const GATE_OPTIONS = {
  base: { type: "string" },
  baseline: { type: "string" },
  head: { type: "string" },
  "severity-level": { type: "string" },
  "confidence-level": { type: "string" },
  nosec: { type: "string" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  bandit: { type: "string" },
  "allow-scan-errors": { type: "boolean" },
  "strict-config": { type: "boolean" },
  jobs: { type: "string" },
  "bandit-timeout": { type: "string" },
  shard: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

export const OUTPUT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
} as const satisfies ParseArgsConfig["options"];

export type GateFlagValues = { [K in keyof typeof GATE_OPTIONS]?: (typeof GATE_OPTIONS)[K] extends { multiple: true } ? string[] : (typeof GATE_OPTIONS)[K] extends { type: "boolean" } ? boolean : string };

/** Parse argv strictly; unknown flags are usage errors naming the flag. */
export function parseCommandLine<O extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new ConfigurationError(`${(error as Error).message}; see --help`);
  }
}

/**
 * Build the gate's settings from flag values. Every problem is collected, then reported at once.
 * `repoRoot` turns PATHS given relative to `cwd` into repository paths.
 */
export function gateSettingsFromFlags(
  values: GateFlagValues,
  positionals: string[],
  context: { cwd: string; repoRoot: string; head?: GateSettings["head"] },
): GateSettings {
  const problems: string[] = [];
  const threshold = (flag: string, value: string | undefined): Threshold => {
    if (value === undefined) return "all";
    const lower = value.toLowerCase();
    if (isThreshold(lower)) return lower;
    problems.push(`--${flag} must be one of all, low, medium, high (got "${value}")`);
    return "all";
  };
  const severityLevel = threshold("severity-level", values["severity-level"]);
  const confidenceLevel = threshold("confidence-level", values["confidence-level"]);
  let nosec: NosecPolicy = "new-is-regression";
  if (values.nosec !== undefined) {
    if ((NOSEC_POLICIES as readonly string[]).includes(values.nosec)) nosec = values.nosec as NosecPolicy;
    else problems.push(`--nosec must be "honor" or "new-is-regression" (got "${values.nosec}")`);
  }
  if (values.base !== undefined && values.baseline !== undefined) {
    problems.push("--base and --baseline are alternatives: compare with a git revision or with a baseline file, not both");
  }
  let jobs = defaultJobs();
  if (values.jobs !== undefined) {
    const n = Number(values.jobs);
    if (Number.isInteger(n) && n >= 1 && n <= 256) jobs = n;
    else problems.push(`--jobs must be a whole number from 1 to 256 (got "${values.jobs}")`);
  }
  let banditTimeoutMs = DEFAULT_BANDIT_TIMEOUT_MS;
  if (values["bandit-timeout"] !== undefined) {
    const parsed = parseDuration(values["bandit-timeout"]);
    if (parsed !== undefined) banditTimeoutMs = parsed;
    else problems.push(`--bandit-timeout must be a duration such as 600, 90s or 10m (got "${values["bandit-timeout"]}")`);
  }
  let shard: GateSettings["shard"];
  if (values.shard !== undefined) {
    shard = parseShard(values.shard);
    if (!shard) problems.push(`--shard must be i/n with 1 <= i <= n (got "${values.shard}")`);
  }
  const paths = positionals.map((p) => relative(context.repoRoot, resolve(context.cwd, p)).split("\\").join("/"));
  for (const [i, p] of paths.entries()) {
    if (p.startsWith("..")) problems.push(`path "${positionals[i]}" is outside the repository ${context.repoRoot}`);
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
    strictConfig: values["strict-config"] === true,
    jobs,
    banditTimeoutMs,
    ...(shard ? { shard } : {}),
  };
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

export function parseShard(text: string): { index: number; total: number } | undefined {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const total = Number(match[2]);
  return index >= 1 && total >= 1 && index <= total ? { index, total } : undefined;
}

export function parseFormat(value: string | undefined, fallback: ReportFormat): ReportFormat {
  if (value === undefined) return fallback;
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new ConfigurationError(`--format must be one of ${REPORT_FORMATS.join(", ")} (got "${value}")`);
}
