import { join, resolve } from "node:path";
import { AnthropicGenerator, DEFAULT_ANTHROPIC_MODEL, DEFAULT_ANTHROPIC_SETTINGS } from "../../adapters/generators/anthropic.js";
import type { Generator } from "../../adapters/generators/generator.js";
import { ReplayGenerator } from "../../adapters/generators/replay.js";
import { Git } from "../../adapters/git.js";
import { realGateDeps } from "../../app/compose.js";
import {
  DEFAULT_MAX_OUTPUT_TOKENS_PER_ROUND,
  DEFAULT_MAX_ROUNDS,
  DEFAULT_MAX_TOKENS,
  DEFAULT_PROFILE_PATH,
  DEFAULT_TEMPERATURES,
  type FixOutput,
  type FixSettings,
  type GeneratorSetting,
} from "../../app/fix-settings.js";
import { describeRound } from "../../app/fix-loop.js";
import { runFix } from "../../app/fix.js";
import { applyChanges, unifiedDiff } from "../../app/fix-patch.js";
import { saveProfileFile } from "../../adapters/files/profile-file.js";
import { messages } from "../../core/messages.js";
import { ConfigurationError, EXIT } from "../../core/errors.js";
import type { FindingSummary, RemediationRecord } from "../../core/fix/record.js";
import { GATE_OPTIONS, gateSettingsFromFlags, parseCommandLine } from "../args.js";
import type { CliIo } from "../main.js";
import { ConsoleLogger } from "../console-logger.js";
import { HELP_FIX } from "../help.js";
import { writeOutputFile } from "../../adapters/files/output-file.js";
import type { PythonLocator } from "../../adapters/generators/codemod.js";
import { pythonForBandit } from "../../adapters/python/ast.js";
import { makeCodemodAwareGenerator } from "../../app/fix-generator.js";
import { CODEMOD_IDS, DEFAULT_HTTP_TIMEOUT_SECONDS, parseCodemodList } from "../../core/fix/codemods/catalog.js";

export const FIX_OPTIONS = {
  ...GATE_OPTIONS,
  "max-rounds": { type: "string" },
  "temperature-ramp": { type: "string" },
  generator: { type: "string" },
  "disable-codemods": { type: "string" },
  "http-timeout": { type: "string" },
  model: { type: "string" },
  "max-tokens": { type: "string" },
  "test-command": { type: "string" },
  profile: { type: "string" },
  record: { type: "string" },
  write: { type: "boolean" },
  patch: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

type FixFlags = ReturnType<typeof parseCommandLine<typeof FIX_OPTIONS>>["values"];

/** Flags -> settings; every problem is collected and reported at once. */
export function fixSettingsFromFlags(values: FixFlags, positionals: string[], context: { cwd: string; repoRoot: string }): FixSettings {
  const problems: string[] = [];
  let gate;
  try {
    gate = gateSettingsFromFlags(values, positionals, context);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    problems.push(error.message);
  }
  if (values.head !== undefined) problems.push("fix rewrites the working tree, so --head cannot be used with it");
  const whole = (flag: string, text: string | undefined, fallback: number, min: number, max: number): number => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(`--${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
    return fallback;
  };
  const maxRounds = whole("max-rounds", values["max-rounds"], DEFAULT_MAX_ROUNDS, 1, 10);
  const maxTokens = whole("max-tokens", values["max-tokens"], DEFAULT_MAX_TOKENS, 1, 100_000_000);
  let temperatures = [...DEFAULT_TEMPERATURES];
  if (values["temperature-ramp"] !== undefined) {
    const parts = values["temperature-ramp"].split(",").map((p) => p.trim());
    const numbers = parts.map(Number);
    if (parts.length === 0 || parts.some((p) => p === "") || numbers.some((n) => !Number.isFinite(n) || n < 0 || n > 1)) {
      problems.push(`--temperature-ramp must be comma-separated numbers from 0 to 1, one per round (got "${values["temperature-ramp"]}")`);
    } else {
      temperatures = numbers;
    }
  }
  const model = values.model ?? DEFAULT_ANTHROPIC_MODEL;
  let generator: GeneratorSetting = { kind: "auto", model };
  const chosen = values.generator ?? "auto";
  if (chosen.startsWith("replay:") && chosen.length > "replay:".length) {
    generator = { kind: "replay", file: resolve(context.cwd, chosen.slice("replay:".length)) };
    if (values.model !== undefined) problems.push("--model applies to the anthropic generator only");
  } else if (chosen === "anthropic" || chosen === "model") {
    generator = { kind: "anthropic", model };
  } else if (chosen === "codemod") {
    generator = { kind: "codemod" };
    if (values.model !== undefined) problems.push("--model does not apply to --generator codemod, which uses no model");
  } else if (chosen !== "auto") {
    problems.push(`--generator must be auto, codemod, model (or anthropic) or replay:FILE (got "${chosen}")`);
  }
  const codemodList = parseCodemodList(values["disable-codemods"] ?? "");
  if (codemodList.unknown.length > 0) problems.push(`--disable-codemods names unknown codemods (${codemodList.unknown.join(", ")}); known: ${CODEMOD_IDS.join(", ")}`);
  const httpTimeout = values["http-timeout"] === undefined ? DEFAULT_HTTP_TIMEOUT_SECONDS : Number(values["http-timeout"]);
  if (!Number.isFinite(httpTimeout) || httpTimeout <= 0 || httpTimeout > 3600) problems.push(`--http-timeout must be a number of seconds above 0 and at most 3600 (got "${values["http-timeout"]}")`);
  if (values.model !== undefined && values.model.trim() === "") problems.push("--model must not be empty");
  let output: FixOutput = { kind: "stdout" };
  if (values.write && values.patch !== undefined) problems.push("--write and --patch are alternatives: apply the fix, or write it as a patch file");
  else if (values.write) output = { kind: "write" };
  else if (values.patch !== undefined) output = { kind: "patch", file: resolve(context.cwd, values.patch) };
  const testCommand = values["test-command"]?.trim();
  if (values["test-command"] !== undefined && !testCommand) problems.push("--test-command must not be empty");
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
    codemods: { disabled: codemodList.ids, httpTimeoutSeconds: httpTimeout },
    profilePath: values.profile !== undefined ? resolve(context.cwd, values.profile) : join(context.repoRoot, DEFAULT_PROFILE_PATH),
    ...(values.record !== undefined ? { recordPath: resolve(context.cwd, values.record) } : {}),
    output,
  };
}

async function makeGenerator(settings: FixSettings, env: NodeJS.ProcessEnv, logger: ConsoleLogger, locatePython: PythonLocator): Promise<Generator> {
  const setting = settings.generator;
  if (setting.kind === "replay") return ReplayGenerator.fromFile(setting.file);
  const model = setting.kind === "codemod" ? undefined : () => new AnthropicGenerator({ model: setting.model, ...DEFAULT_ANTHROPIC_SETTINGS }, env);
  return makeCodemodAwareGenerator(setting, settings, { hasApiKey: Boolean(env.ANTHROPIC_API_KEY?.trim()), model, logger, locatePython });
}

/** `bandit-gate fix`: run the gate, regenerate every regressed function, and hand back a patch. */
export async function fixCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, FIX_OPTIONS);
  if (values.help) {
    io.stdout(HELP_FIX);
    return EXIT.ok;
  }
  const git = await Git.open(io.cwd, io.env);
  const settings = fixSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
  const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
  // Everything the user can get wrong is checked before the gate spends any time.
  const location = { explicit: values.bandit, fromEnv: io.env.BANDIT_GATE_BANDIT, env: io.env };
  const gateDeps = await realGateDeps(settings.gate, location, logger, io.env);
  const generator = await makeGenerator(settings, io.env, logger, async () => pythonForBandit((await gateDeps.bandit()).argv));
  if (!generator.supportsTemperature && values["temperature-ramp"] !== undefined) {
    logger.warning(`the ${generator.kind} generator cannot set a temperature (the API rejects it), so --temperature-ramp is recorded but has no effect`);
  }
  const run = await runFix(settings, {
    gate: gateDeps,
    generator,
    logger,
    env: io.env,
  });
  if (run.kind === "scan-errors") {
    io.stderr(`bandit-gate: ${messages.scanFailed(run.report.scan_errors)}\n`);
    return EXIT.scan;
  }
  if (run.kind === "nothing-to-fix") {
    io.stdout("bandit-gate: no security regressions: nothing to fix\n");
    return EXIT.ok;
  }
  const { record, result } = run;
  await saveProfileFile(settings.profilePath, result.profile);
  if (settings.recordPath) await writeOutputFile(settings.recordPath, `${JSON.stringify(record, null, 2)}\n`, "--record");

  const diff = await unifiedDiff(result.changes);
  const summary = renderSummary(record, settings, diff !== "");
  if (settings.output.kind === "write") {
    await applyChanges(git.root, result.changes);
    io.stdout(summary);
  } else if (settings.output.kind === "patch") {
    await writeOutputFile(settings.output.file, diff, "--patch");
    io.stdout(summary);
  } else {
    io.stderr(summary);
    io.stdout(diff);
  }
  const unfixed = result.moduleLevel.length + result.functions.filter((f) => f.status !== "fixed").length;
  return unfixed === 0 ? EXIT.ok : EXIT.regressions;
}


function listFindings(findings: readonly FindingSummary[]): string {
  if (findings.length === 0) return "none";
  return findings.map((f) => `${f.test_id} ${f.severity} at line ${f.line}`).join(", ");
}

/** The per-function account: findings before, every round, the choice, findings after, tokens. */
export function renderSummary(record: RemediationRecord, settings: FixSettings, changed: boolean): string {
  const out: string[] = [];
  for (const fn of record.functions) {
    out.push(`${fn.path}: ${fn.qualname} (lines ${fn.start_line}-${fn.end_line}): ${fn.status === "fixed" ? "FIXED" : "NOT FIXED"}`);
    out.push(`  before: score ${fn.score_before}: ${listFindings(fn.findings_before)}`);
    for (const round of fn.rounds) out.push(`  round ${round.round}: ${describeRound(round)}`);
    out.push(fn.selected_round === null ? `  selected: none (${fn.reason ?? "not fixed"})` : `  selected: round ${fn.selected_round}`);
    out.push(`  after: score ${fn.score_after}: ${listFindings(fn.findings_after)}`);
    out.push(`  tokens: ${fn.usage.input_tokens} in, ${fn.usage.output_tokens} out`);
  }
  for (const m of record.module_level) out.push(`${m.path}:${m.line}: ${m.test_id}: NOT FIXED: ${m.reason}`);
  const fixed = record.functions.filter((f) => f.status === "fixed").length;
  const total = record.usage.input_tokens + record.usage.output_tokens;
  out.push(
    `fixed ${fixed} of ${record.functions.length} function(s)${record.module_level.length ? `; ${record.module_level.length} module-level finding(s) left alone` : ""}; ` +
      `tokens ${total} of a ${record.usage.budget} budget in ${record.usage.calls} call(s)`,
  );
  if (record.stopped_early) out.push(`stopped early: ${record.stopped_early}`);
  out.push(`profile written to ${settings.profilePath}`);
  if (settings.recordPath) out.push(`run record written to ${settings.recordPath}`);
  if (!changed) out.push("no change to propose");
  else if (settings.output.kind === "write") out.push("changes written to the working tree");
  else if (settings.output.kind === "patch") out.push(`patch written to ${settings.output.file} (apply with git apply)`);
  return `${out.map((l) => `bandit-gate: ${l}`).join("\n")}\n`;
}
