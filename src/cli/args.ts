import { parseArgs, type ParseArgsConfig } from "node:util";
import { ConfigurationError } from "../core/errors.js";
import { REPORT_FORMATS, type ReportFormat } from "../core/report/render.js";
import { flagName, gateSettingsFrom, parseShard, type GateSettings } from "../app/settings.js";

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
  "judge-test-asserts": { type: "boolean" },
  "no-notebooks": { type: "boolean" },
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

/** The gate's settings from command-line flags; problems name the flag (`--jobs`). */
export function gateSettingsFromFlags(
  values: GateFlagValues,
  positionals: string[],
  context: { cwd: string; repoRoot: string; head?: GateSettings["head"] },
): GateSettings {
  return gateSettingsFrom({ ...values, notebooks: values["no-notebooks"] !== true }, positionals, context, flagName);
}

export { parseShard };

export function parseFormat(value: string | undefined, fallback: ReportFormat): ReportFormat {
  if (value === undefined) return fallback;
  if ((REPORT_FORMATS as readonly string[]).includes(value)) return value as ReportFormat;
  throw new ConfigurationError(`--format must be one of ${REPORT_FORMATS.join(", ")} (got "${value}")`);
}
