import { AnthropicGenerator, DEFAULT_ANTHROPIC_SETTINGS } from "../../adapters/generators/anthropic.js";
import type { Generator } from "../../adapters/generators/generator.js";
import { ReplayGenerator } from "../../adapters/generators/replay.js";
import { Git } from "../../adapters/git.js";
import { realGateDeps } from "../../app/compose.js";
import { hideInheritedEnvironment } from "../../adapters/inherited-environment.js";
import { isAllowListedName } from "../../core/child-env.js";
import { fixSettingsFrom, type FixSettings } from "../../app/fix-settings.js";
import { flagName } from "../../app/settings.js";
import { describeRound } from "../../app/fix-loop.js";
import { runFix } from "../../app/fix.js";
import { applyChanges, unifiedDiff } from "../../app/fix-patch.js";
import { saveProfileFile } from "../../adapters/files/profile-file.js";
import { messages } from "../../core/messages.js";
import { ConfigurationError, EXIT } from "../../core/errors.js";
import type { FindingSummary, FixRecord } from "../../core/fix/record.js";
import { GATE_OPTIONS, gateSettingsFromFlags, parseCommandLine } from "../args.js";
import type { CliIo } from "../io.js";
import { ConsoleLogger } from "../console-logger.js";
import { HELP_FIX } from "../help.js";
import { writeOutputFile } from "../../adapters/files/output-file.js";
import type { PythonLocator } from "../../adapters/generators/codemod.js";
import { pythonForBandit } from "../../adapters/python/ast.js";
import { makeCodemodAwareGenerator } from "../../app/fix-generator.js";

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
  "test-env": { type: "string", multiple: true },
  profile: { type: "string" },
  record: { type: "string" },
  write: { type: "boolean" },
  patch: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

type FixFlags = ReturnType<typeof parseCommandLine<typeof FIX_OPTIONS>>["values"];

/** Flags -> settings; every problem is collected and reported at once, naming the flag. */
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
  return fixSettingsFrom(values, gate, context, flagName, problems);
}

async function makeGenerator(settings: FixSettings, env: NodeJS.ProcessEnv, logger: ConsoleLogger, locatePython: PythonLocator): Promise<Generator> {
  const setting = settings.generator;
  if (setting.kind === "replay") return ReplayGenerator.fromFile(setting.file);
  const model = setting.kind === "codemod" ? undefined : () => new AnthropicGenerator({ model: setting.model, ...DEFAULT_ANTHROPIC_SETTINGS }, { apiKey: env.ANTHROPIC_API_KEY, baseURL: env.ANTHROPIC_BASE_URL });
  return makeCodemodAwareGenerator(setting, settings, { hasApiKey: Boolean(env.ANTHROPIC_API_KEY?.trim()), model, logger, locatePython });
}

/** `bandit-gate fix`: run the gate, regenerate every regressed function, and hand back a patch. */
export async function fixCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, FIX_OPTIONS);
  if (values.help) {
    io.stdout(HELP_FIX);
    return EXIT.ok;
  }
  // The branch's tests run with the candidate spliced in: what this process was started with
  // (ANTHROPIC_API_KEY) must not be readable in /proc/<pid>/environ (inherited-environment.ts).
  if (io.env === process.env) hideInheritedEnvironment(isAllowListedName);
  const git = await Git.open(io.cwd, io.env);
  const settings = fixSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
  const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: io.env.BANDIT_GATE_DEBUG === "1" });
  // Everything the user can get wrong is checked before the gate spends any time.
  const location = { explicit: values.bandit, fromEnv: io.env.BANDIT_GATE_BANDIT, env: io.env };
  const gateDeps = await realGateDeps(settings.gate, location, logger, io.env);
  // A generator that cannot be made (no API key) ends the command: Bandit's drivers end with it.
  const generator = await makeGenerator(settings, io.env, logger, async () => pythonForBandit((await gateDeps.bandit()).argv)).catch(async (error: unknown) => {
    await gateDeps.close?.();
    throw error;
  });
  if (!generator.supportsTemperature && values["temperature-ramp"] !== undefined) {
    logger.warning(`the ${generator.kind} generator cannot set a temperature (the API rejects it), so --temperature-ramp is recorded but has no effect`);
  }
  const run = await runFix(settings, {
    gate: gateDeps,
    generator,
    logger,
    env: io.env,
    // Never passed to Bandit or the test command, and masked in the record if a reply repeats it.
    secrets: [io.env.ANTHROPIC_API_KEY ?? ""].filter(Boolean),
  }).finally(() => void gateDeps.close?.());
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
  // Improved functions still fail the gate: the exit code says so.
  const unfixed = result.moduleLevel.length + result.functions.filter((f) => f.status !== "fixed").length;
  return unfixed === 0 ? EXIT.ok : EXIT.regressions;
}


function listFindings(findings: readonly FindingSummary[]): string {
  if (findings.length === 0) return "none";
  return findings.map((f) => `${f.test_id} ${f.severity} at line ${f.line}`).join(", ");
}

/** The per-function account: findings before, every round, the choice, findings after, tokens. */
export function renderSummary(record: FixRecord, settings: FixSettings, changed: boolean): string {
  const out: string[] = [];
  for (const fn of record.functions) {
    out.push(`${fn.path}: ${fn.qualname} (lines ${fn.start_line}-${fn.end_line}): ${fn.status.toUpperCase()}`);
    out.push(`  before: score ${fn.score_before}: ${listFindings(fn.findings_before)}; regressions: ${listFindings(fn.regressions_before)}`);
    for (const round of fn.rounds) out.push(`  round ${round.round}: ${describeRound(round)}`);
    out.push(fn.selected_round === null ? `  selected: none (${fn.reason ?? "not fixed"})` : `  selected: round ${fn.selected_round}`);
    out.push(`  after: score ${fn.score_after}: ${listFindings(fn.findings_after)}; regressions: ${listFindings(fn.regressions_after)}`);
    out.push(`  tokens: ${fn.usage.input_tokens} in, ${fn.usage.output_tokens} out`);
  }
  for (const m of record.module_level) out.push(`${m.path}:${m.line}: ${m.test_id}: NOT FIXED: ${m.reason}`);
  const fixed = record.functions.filter((f) => f.status === "fixed").length;
  const improved = record.functions.filter((f) => f.status === "improved").length;
  const total = record.usage.input_tokens + record.usage.output_tokens;
  out.push(
    `fixed ${fixed}${improved ? `, improved ${improved}` : ""} of ${record.functions.length} function(s)${record.module_level.length ? `; ${record.module_level.length} module-level finding(s) left alone` : ""}; ` +
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
