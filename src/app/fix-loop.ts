import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { makeDirectories } from "../adapters/files/directories.js";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Scanner } from "../adapters/bandit/run.js";
import { GenerationError, GeneratorExhausted, NoCandidate, type Generator } from "../adapters/generators/generator.js";
import { innermostFunction, type FileOutline, type FunctionOutline, type PythonAst } from "../adapters/python/ast.js";
import { parseReply } from "../core/fix/candidate.js";
import { codemodsOf } from "../core/fix/codemods/attribution.js";
import { meetsThreshold, type Finding } from "../core/gate/finding.js";
import type { Regression } from "../core/gate/policy.js";
import { groupBy } from "../core/group.js";
import type { Logger } from "../core/logger.js";
import { adaptProfile, type SecurityProfile } from "../core/fix/profile.js";
import { buildFeedback, buildPrompt, type RewriteTask, type RoundOutcome } from "../core/fix/prompt.js";
import { redactText } from "../core/report/redact.js";
import { maskSecrets } from "../core/child-env.js";
import { redactFunctionRecord, type SecretSource, type FindingSummary, type FunctionRecord, type ModuleLevelRecord, type RoundRecord, type UsageRecord } from "../core/fix/record.js";
import type { RegressionRecord, ReportDocument } from "../core/report/report.js";
import { scoreFindings } from "../core/fix/score.js";
import { dedent, missingImports, spliceFile, type ImportEntry } from "../core/fix/splice.js";
import { handlerChanges, validateCandidate, type FunctionFacts, type Rejection } from "../core/fix/validation.js";
import { introducedSinkVariants } from "../core/fix/sink-variants.js";
import { MIN_OUTPUT_TOKENS_PER_ROUND, temperatureForRound, type LoopSettings } from "./fix-settings.js";

/** Runs the user's test command on a copy of the tree with some files replaced. */
export interface TestRunner {
  run(patched: ReadonlyMap<string, string>): Promise<{ passed: boolean; exitCode: number; outputTail: string }>;
}

export interface FixLoopDeps {
  logger: Logger;
  generator: Generator;
  python: PythonAst;
  scanner: Scanner;
  /** The current text of a repository-relative file (the working tree the gate judged). */
  readSource(path: string): Promise<string>;
  tests?: TestRunner;
  /**
   * What the gate would report for one file's text and its Bandit findings (all levels, nosec
   * ignored, as the gate scans): "fixed" means none of these is left inside the function.
   */
  gateRegressions(path: string, text: string, findings: readonly Finding[]): Promise<Regression[]>;
  /** Values masked in everything the run records or logs (the token, the API key). */
  secrets?: readonly string[];
}

export interface FileChange {
  path: string;
  before: string;
  after: string;
}

export interface FixLoopResult {
  functions: FunctionRecord[];
  moduleLevel: ModuleLevelRecord[];
  profile: SecurityProfile;
  usage: UsageRecord & { calls: number };
  stoppedEarly?: string;
  changes: FileChange[];
}

/** One function to regenerate, with the regressions inside it. */
export interface Target {
  path: string;
  fn: FunctionOutline;
  regressions: RegressionRecord[];
}

interface Accepted {
  start: number;
  end: number;
  source: string;
  imports: ImportEntry[];
  /** The function's original source, when a codemod wrote the accepted rewrite. */
  codemodOf?: string;
}

/**
 * The loop: for every function the gate found regressed, prompt, generate, validate, splice and
 * rescan, adapt the profile, and keep the best valid round if it beats the original.
 * Generated text is only ever parsed, spliced into temporary copies and scanned by Bandit.
 */
export async function runFixLoop(
  report: ReportDocument,
  startProfile: SecurityProfile,
  settings: LoopSettings,
  deps: FixLoopDeps,
): Promise<FixLoopResult> {
  const { logger } = deps;
  const state = { profile: startProfile };
  const usage = { input_tokens: 0, output_tokens: 0, calls: 0 };
  const functions: FunctionRecord[] = [];
  const moduleLevel: ModuleLevelRecord[] = [];
  const changes: FileChange[] = [];
  let stoppedEarly: string | undefined;

  for (const [path, regressions] of groupBy(report.regressions, (r) => r.path)) {
    if (regressions.some((r) => r.cell !== undefined)) {
      // Splicing edits Python source; a notebook's is inside JSON strings.
      for (const r of regressions) moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: `in a notebook (cell ${r.cell}, line ${r.cell_line}): the fix loop edits Python files only` });
      continue;
    }
    const text = await deps.readSource(path);
    const outline = await deps.python.outline(text);
    if (!outline.parsed) {
      for (const r of regressions) moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: `the file does not parse (${outline.error})` });
      continue;
    }
    const targets = targetsOf(path, regressions, outline, moduleLevel);
    const original = await scanText(deps.scanner, path, text, settings);
    const originalRegressions = original.failure ? [] : await deps.gateRegressions(path, text, original.all);
    const accepted: Accepted[] = [];
    for (const target of targets) {
      const record = newFunctionRecord(target, original.findings, inside(originalRegressions.map((r) => r.finding), target.fn.start, target.fn.end));
      functions.push(record);
      if (original.failure) {
        record.reason = `Bandit could not score the original file: ${original.failure}`;
        continue;
      }
      if (stoppedEarly) {
        record.reason = stoppedEarly;
        continue;
      }
      if (record.regressions_before.length === 0) {
        record.reason = "the gate reports no regression in this function against the baseline; nothing to fix";
        continue;
      }
      logger.info(`${path}: ${target.fn.qualname} (lines ${target.fn.start}-${target.fn.end}): score ${record.score_before}, up to ${settings.maxRounds} round(s)`);
      const result = await runRounds(target, text, original.findings, outline, record, state, settings, deps, usage);
      if (result.accepted) accepted.push(result.accepted);
      if (result.stopReason) {
        stoppedEarly = result.stopReason;
        logger.warning(stoppedEarly);
        if (record.selected_round === null) record.reason = `${record.reason}; ${stoppedEarly}`;
      }
    }
    if (accepted.length > 0) {
      const imports = missingImports(outline.imports, accepted.flatMap((a) => a.imports));
      let after = spliceFile(text, accepted, imports, outline.importAfter).text;
      // Imports only the codemods' rewrites used go too ("random" after random -> secrets).
      const rewrittenByCodemods = accepted.flatMap((a) => (a.codemodOf === undefined ? [] : [a.codemodOf]));
      if (rewrittenByCodemods.length > 0 && deps.generator.pruneImports) {
        try {
          const pruned = await deps.generator.pruneImports(text, after, rewrittenByCodemods);
          if (pruned.removed.length > 0) logger.info(`${path}: removed the imports the codemods left unused: ${pruned.removed.join(", ")}`);
          after = pruned.text;
        } catch (error) {
          // An unused import is untidy, not unsafe: the fixes go ahead with it.
          logger.warning(`${path}: the imports the codemods left unused stay (${error instanceof Error ? error.message : String(error)})`);
        }
      }
      // Each candidate was checked alone; make sure they still parse together before proposing them.
      const combined = await deps.python.outline(after);
      if (combined.parsed) {
        changes.push({ path, before: text, after });
      } else {
        for (const record of functions.filter((f) => f.path === path && f.status !== "unfixed")) {
          record.status = "unfixed";
          record.selected_round = null;
          record.findings_after = record.findings_before;
          record.regressions_after = record.regressions_before;
          record.score_after = record.score_before;
          record.reason = `the accepted rewrites of ${path} do not parse together (${combined.error})`;
        }
      }
    }
  }
  return { functions, moduleLevel, profile: state.profile, usage, changes, ...(stoppedEarly ? { stoppedEarly } : {}) };
}

/** Innermost enclosing function per regression; a function inside another target joins it. */
export function targetsOf(path: string, regressions: RegressionRecord[], outline: Extract<FileOutline, { parsed: true }>, moduleLevel: ModuleLevelRecord[]): Target[] {
  const byFunction = new Map<string, Target>();
  for (const r of regressions) {
    const fn = innermostFunction(outline.functions, r.line);
    if (!fn) {
      moduleLevel.push({ path, line: r.line, test_id: r.test_id, reason: "the finding is outside any function; module-level code is not regenerated" });
      continue;
    }
    const key = `${fn.start}:${fn.end}`;
    if (!byFunction.has(key)) byFunction.set(key, { path, fn, regressions: [] });
    byFunction.get(key)?.regressions.push(r);
  }
  const targets = [...byFunction.values()].sort((a, b) => a.fn.start - b.fn.start);
  const kept: Target[] = [];
  for (const t of targets) {
    const outer = kept.find((k) => k.fn.start <= t.fn.start && t.fn.end <= k.fn.end);
    if (outer) outer.regressions.push(...t.regressions);
    else kept.push(t);
  }
  return kept;
}

function summarise(findings: readonly Finding[], start: number): FindingSummary[] {
  return findings.map((f) => ({
    test_id: f.testId,
    test_name: f.testName,
    severity: f.severity,
    confidence: f.confidence,
    line: f.line,
    relative_line: start > 0 ? f.line - start + 1 : 0,
    text: redactText(f.testId, f.text),
  }));
}

/** Every line of a finding's statement, counted from `start` (the function's first line), as redaction reads them. */
function flaggedLines(f: Finding, start: number): SecretSource["findings"] {
  return (f.lineRange.length > 0 ? f.lineRange : [f.line]).map((n) => ({ testId: f.testId, line: n - start + 1, text: f.text }));
}

function inside(findings: readonly Finding[], start: number, end: number): Finding[] {
  return findings.filter((f) => f.line >= start && f.line <= end);
}

function newFunctionRecord(target: Target, fileFindings: readonly Finding[], regressions: readonly Finding[]): FunctionRecord {
  const before = inside(fileFindings, target.fn.start, target.fn.end);
  const summary = summarise(before, target.fn.start);
  const regressed = summarise(regressions, target.fn.start);
  return {
    path: target.path,
    qualname: target.fn.qualname,
    start_line: target.fn.start,
    end_line: target.fn.end,
    status: "unfixed",
    regressions_before: regressed,
    regressions_after: regressed,
    findings_before: summary,
    score_before: scoreFindings(before),
    rounds: [],
    selected_round: null,
    findings_after: summary,
    score_after: scoreFindings(before),
    usage: { input_tokens: 0, output_tokens: 0 },
  };
}

/**
 * The gate's verdict decides: the earliest valid round the gate would pass (no regression left in
 * the function) is "fixed"; else the valid round with the fewest regressions, then the lowest
 * score, is "improved" if it beats the original on either; else nothing is selected.
 */
export function selectRound(record: Pick<FunctionRecord, "rounds" | "score_before" | "regressions_before">): { round: RoundRecord; status: "fixed" | "improved" } | undefined {
  const valid = record.rounds.filter((r) => r.rejections.length === 0 && r.score !== null && r.regressions !== null && r.regressions !== undefined);
  const clean = valid.find((r) => (r.regressions ?? []).length === 0);
  if (clean) return { round: clean, status: "fixed" };
  let best: RoundRecord | undefined;
  const left = (r: RoundRecord) => (r.regressions ?? []).length;
  for (const round of valid) {
    if (!best || left(round) < left(best) || (left(round) === left(best) && (round.score as number) < (best.score as number))) best = round;
  }
  if (!best) return undefined;
  const better = left(best) < record.regressions_before.length || (left(best) === record.regressions_before.length && (best.score as number) < record.score_before);
  return better ? { round: best, status: "improved" } : undefined;
}

function finishFunction(record: FunctionRecord): RoundRecord | undefined {
  const chosen = selectRound(record);
  if (chosen) {
    const best = chosen.round;
    record.status = chosen.status;
    record.selected_round = best.round;
    record.findings_after = best.findings;
    record.regressions_after = best.regressions ?? [];
    record.score_after = best.score as number;
    if (chosen.status === "fixed") delete record.reason;
    else record.reason = `${record.regressions_after.length} of ${record.regressions_before.length} regression(s) remain (${record.regressions_after.map((f) => `${f.test_id} at line ${f.relative_line}`).join(", ")}); the rewrite is safer but the gate still fails on it`;
    return best;
  }
  record.status = "unfixed";
  record.selected_round = null;
  const valid = record.rounds.filter((r) => r.rejections.length === 0 && r.score !== null);
  const reasons = [...new Set(record.rounds.flatMap((r) => r.rejections.map((x) => x.code)))];
  record.reason =
    record.rounds.length === 0
      ? "no round was run"
      : valid.length === 0
        ? `every round was rejected (${reasons.join(", ")})`
        : `no valid round left fewer regressions than the original's ${record.regressions_before.length}, or scored below its ${record.score_before}`;
  return undefined;
}

async function runRounds(
  target: Target,
  text: string,
  fileFindings: readonly Finding[],
  outline: Extract<FileOutline, { parsed: true }>,
  record: FunctionRecord,
  state: { profile: SecurityProfile },
  settings: LoopSettings,
  deps: FixLoopDeps,
  usage: { input_tokens: number; output_tokens: number; calls: number },
): Promise<{ accepted?: Accepted; stopReason?: string }> {
  const { fn } = target;
  let stopReason: string | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  const task: RewriteTask = {
    path: target.path,
    qualname: fn.qualname,
    source: dedent(lines.slice(fn.start - 1, fn.end).join("\n")),
    findings: record.findings_before.map((f) => ({
      testId: f.test_id,
      testName: f.test_name,
      severity: f.severity,
      confidence: f.confidence,
      text: f.text,
      relativeLine: f.relative_line,
    })),
    imports: outline.importText,
  };
  const candidates = new Map<number, Accepted>();
  // Where Bandit saw hard-coded secrets, in the original and in each candidate: the record blanks them.
  const secretSources: SecretSource[] = [
    { lines: lines.slice(fn.start - 1, fn.end), findings: inside(fileFindings, fn.start, fn.end).flatMap((f) => flaggedLines(f, fn.start)) },
  ];
  let declined: string | undefined;
  for (let round = 1; round <= settings.maxRounds; round += 1) {
    const temperature = temperatureForRound(settings.temperatures, round);
    // Round 1 asks; every later round continues the conversation: the task (ranked by the profile
    // as it is now), the previous candidate as the model's own turn, then what happened to it.
    const taskPrompt = buildPrompt(state.profile, task);
    const previous = record.rounds[record.rounds.length - 1];
    const history = previous ? [{ role: "user" as const, content: taskPrompt }, { role: "assistant" as const, content: previous.reply }] : [];
    const prompt = previous ? buildFeedback(state.profile, task, outcomeOf(previous)) : taskPrompt;
    let inputTokens: number;
    let generation;
    try {
      const remaining = settings.maxTokens - usage.input_tokens - usage.output_tokens;
      // A local estimate is enough while the budget is far from spent; near its end, the API
      // counts exactly (one extra round trip) so the budget is never exceeded.
      inputTokens = estimateTokens([...history.map((h) => h.content), prompt]);
      if (remaining < NEARLY_SPENT_FACTOR * (inputTokens + settings.maxOutputTokensPerRound)) {
        inputTokens = await deps.generator.countInputTokens(prompt, history);
      }
      const allowed = Math.min(settings.maxOutputTokensPerRound, remaining - inputTokens);
      if (allowed < MIN_OUTPUT_TOKENS_PER_ROUND) {
        stopReason = `token budget reached: ${usage.input_tokens + usage.output_tokens} of ${settings.maxTokens} used; the next round needs ${inputTokens} input tokens plus at least ${MIN_OUTPUT_TOKENS_PER_ROUND} for the reply (raise --max-tokens to go further)`;
        break;
      }
      deps.logger.info(`  round ${round}: asking ${deps.generator.kind}${deps.generator.model ? ` (${deps.generator.model})` : ""}`);
      generation = await deps.generator.generate({ prompt, ...(history.length > 0 ? { history } : {}), temperature, maxOutputTokens: allowed, task });
    } catch (error) {
      // Only this function is out of candidates (codemods): the next function still gets its turn.
      if (error instanceof NoCandidate) {
        declined = error.message;
        deps.logger.info(`  round ${round}: ${declined}`);
        break;
      }
      // The model is out of reach (after the SDK's retries) or out of replies: stop, keep what the run has.
      if (!(error instanceof GeneratorExhausted) && !(error instanceof GenerationError)) throw error;
      stopReason = error.message;
      break;
    }
    usage.calls += 1;
    usage.input_tokens += generation.usage.inputTokens;
    usage.output_tokens += generation.usage.outputTokens;
    record.usage.input_tokens += generation.usage.inputTokens;
    record.usage.output_tokens += generation.usage.outputTokens;
    const roundRecord: RoundRecord = {
      round,
      temperature,
      prompt: taskPrompt,
      ...(previous ? { feedback: prompt } : {}),
      reply: generation.text,
      ...(generation.model ? { model: generation.model } : {}),
      stop_reason: generation.stopReason ?? null,
      usage: { input_tokens: generation.usage.inputTokens, output_tokens: generation.usage.outputTokens },
      rejections: [],
      score: null,
      regressions: null,
      findings: [],
      profile_changes: [],
    };
    record.rounds.push(roundRecord);

    const parsed = parseReply(generation.text);
    if (!parsed.ok) {
      roundRecord.rejections.push({ code: "no-code-block", message: parsed.reason });
    } else {
      roundRecord.candidate = { imports: parsed.imports, function: parsed.functionSource };
      const block = [...parsed.imports, parsed.functionSource].join("\n");
      const facts = await deps.python.candidate(block);
      const known = [...outline.imports, ...(facts.parsed ? (facts.imports ?? []) : [])];
      roundRecord.rejections.push(...validateCandidate(fn.facts, facts, known));
      const kept = facts.parsed && facts.functions.length === 1 ? facts.functions[0] : undefined;
      const notes = kept && !roundRecord.rejections.some((r) => r.code === "handler-removed") ? handlerChanges(fn.facts, kept, known).notes : [];
      if (notes.length > 0) roundRecord.notes = notes;
      const rules = record.findings_before.map((f) => f.test_id);
      for (const variant of introducedSinkVariants(rules, task.source, parsed.functionSource)) {
        roundRecord.rejections.push({ code: "sink-variant", message: `the candidate uses ${variant.description}, which Bandit does not flag but is just as unsafe` });
      }
      if (roundRecord.rejections.length === 0 && facts.parsed) {
        const newImports = missingImports(outline.imports, facts.imports ?? []);
        const hidden = await hiddenSinks(deps.scanner, target, text, facts.functions[0], parsed.functionSource, newImports, outline, settings);
        if (hidden.length > 0) {
          roundRecord.rejections.push({ code: "hidden-sink", message: `with its aliases and indirection resolved, Bandit finds ${hidden.join(", ")} in the candidate` });
        }
      }
      if (roundRecord.rejections.length === 0 && facts.parsed) {
        const wanted = missingImports(outline.imports, facts.imports ?? []);
        const spliced = spliceFile(text, [{ start: fn.start, end: fn.end, source: parsed.functionSource }], wanted, outline.importAfter);
        const scanned = await scanText(deps.scanner, target.path, spliced.text, settings);
        if (scanned.failure) {
          roundRecord.rejections.push({ code: "unparseable", message: `Bandit could not scan the patched file: ${scanned.failure}` });
        } else {
          const range = spliced.ranges[0] as { start: number; end: number };
          const counted = scanned.findings.filter(
            (f) => (f.line >= range.start && f.line <= range.end) || (spliced.importLines && f.line >= spliced.importLines.start && f.line <= spliced.importLines.end),
          );
          secretSources.push({
            lines: spliced.text.split(/\r\n|\n|\r/).slice(range.start - 1, range.end),
            findings: inside(counted, range.start, range.end).flatMap((f) => flaggedLines(f, range.start)),
          });
          roundRecord.findings = summarise(counted, range.start).map((f) => (f.line < range.start ? { ...f, relative_line: 0 } : f));
          roundRecord.score = scoreFindings(counted);
          const remaining = inside(
            (await deps.gateRegressions(target.path, spliced.text, scanned.all)).map((r) => r.finding),
            range.start,
            range.end,
          );
          roundRecord.regressions = summarise(remaining, range.start);
          const adapted = adaptProfile(state.profile, counted);
          state.profile = adapted.profile;
          roundRecord.profile_changes = adapted.changes;
          const promising = remaining.length < record.regressions_before.length || roundRecord.score < record.score_before;
          if (deps.tests && promising) {
            deps.logger.info(`  round ${round}: score ${roundRecord.score}; running the test command on a patched copy`);
            const outcome = await deps.tests.run(new Map([[target.path, spliced.text]]));
            const tail = maskSecrets(outcome.outputTail, deps.secrets ?? []);
            roundRecord.tests = { passed: outcome.passed, exit_code: outcome.exitCode, output_tail: tail };
            if (!outcome.passed) {
              roundRecord.rejections.push({ code: "tests-failed", message: `the test command failed on the patched tree (exit ${outcome.exitCode})${tail ? `: ${tail.split("\n").filter(Boolean).pop()}` : ""}` });
            }
          }
          const codemodOf = codemodsOf(generation.model) ? { codemodOf: task.source } : {};
          candidates.set(round, { start: fn.start, end: fn.end, source: parsed.functionSource, imports: facts.imports ?? [], ...codemodOf });
        }
      }
    }
    deps.logger.info(`  round ${round}: ${describeRound(roundRecord)}`);
    // Fixed as the gate means it: more rounds could only chase findings the baseline has too.
    if (roundRecord.rejections.length === 0 && roundRecord.regressions?.length === 0) break;
  }
  const best = finishFunction(record);
  if (!best && declined) record.reason = record.rounds.length === 0 ? declined : `${record.reason}; ${declined}`;
  Object.assign(record, redactFunctionRecord(record, secretSources, deps.secrets ?? []));
  return { ...(best ? { accepted: candidates.get(best.round) as Accepted } : {}), ...(stopReason ? { stopReason } : {}) };
}

/**
 * Findings Bandit reports in the resolved form of the candidate (aliases and indirection undone)
 * that it does not report in the candidate as written: a sink hidden from the scanner.
 */
async function hiddenSinks(
  scanner: Scanner,
  target: Target,
  text: string,
  fn: FunctionFacts | undefined,
  source: string,
  imports: string[],
  outline: Extract<FileOutline, { parsed: true }>,
  settings: Pick<LoopSettings, "severityLevel" | "confidenceLevel">,
): Promise<string[]> {
  if (!fn?.resolved || fn.resolved === fn.unparsed) return [];
  const at = (body: string) => spliceFile(text, [{ start: target.fn.start, end: target.fn.end, source: body }], imports, outline.importAfter);
  const ids = async (body: string) => {
    const spliced = at(body);
    const range = spliced.ranges[0] as { start: number; end: number };
    const scanned = await scanText(scanner, target.path, spliced.text, settings);
    return inside(scanned.findings, range.start, range.end).map((f) => f.testId);
  };
  const written = await ids(source);
  const resolved = await ids(fn.resolved);
  const left = [...written];
  return resolved.filter((id) => {
    const i = left.indexOf(id);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/** Above this many times the next round's estimated cost, the budget is far from spent. */
const NEARLY_SPENT_FACTOR = 3;

/** Tokens a text costs, over-estimated: about 3.5 characters a token for code and English. */
export function estimateTokens(texts: readonly string[]): number {
  return Math.ceil(texts.reduce((n, t) => n + t.length, 0) / 3) + 16 * texts.length;
}

function outcomeOf(round: RoundRecord): RoundOutcome {
  const asPrompt = (f: FindingSummary) => ({ testId: f.test_id, testName: f.test_name, severity: f.severity, confidence: f.confidence, text: f.text, relativeLine: f.relative_line });
  return {
    rejections: round.rejections,
    regressions: round.regressions ? round.regressions.map(asPrompt) : null,
    findings: round.findings.map(asPrompt),
    ...(round.tests && !round.tests.passed ? { testOutputTail: round.tests.output_tail } : {}),
  };
}

export function describeRound(round: RoundRecord): string {
  if (round.rejections.length > 0) {
    const scored = round.score === null ? "" : `score ${round.score}, `;
    return `${scored}rejected: ${round.rejections.map((r: Rejection) => r.message).join("; ")}`;
  }
  const found = round.findings.map((f) => `${f.test_id} (${f.severity})`).join(", ");
  const verdict = round.regressions ? (round.regressions.length === 0 ? "; the gate passes" : `; ${round.regressions.length} regression(s) left`) : "";
  return `score ${round.score}${found ? `: ${found}` : ""}${verdict}`;
}

/** Bandit on one file's text, in a temporary directory laid out like the repository. */
async function scanText(
  scanner: Scanner,
  path: string,
  text: string,
  settings: Pick<LoopSettings, "severityLevel" | "confidenceLevel">,
): Promise<{ findings: Finding[]; all: Finding[]; failure?: string }> {
  const root = await mkdtemp(join(tmpdir(), "bandit-gate-fix-"));
  try {
    await makeDirectories(dirname(join(root, path)));
    await writeFile(join(root, path), text);
    const result = await scanner.scan(root, [path]);
    const failure = result.failures.find((f) => f.path === path)?.reason ?? (result.scanned.includes(path) ? undefined : "Bandit's configuration excludes the file");
    const all = result.findings.filter((f) => f.path === path);
    const findings = all.filter((f) => meetsThreshold(f.severity, settings.severityLevel) && meetsThreshold(f.confidence, settings.confidenceLevel));
    return failure ? { findings, all, failure } : { findings, all };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
