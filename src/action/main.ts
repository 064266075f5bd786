import { gateFilesWarning } from "../core/gate/gate-files.js";
import * as core from "@actions/core";
import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import picomatch from "picomatch";
import { runGate } from "../app/check.js";
import { hideInheritedEnvironment } from "../adapters/inherited-environment.js";
import { isAllowListedName } from "../core/child-env.js";
import { mergeReportFiles } from "../app/merge.js";
import { realGateDeps } from "../app/compose.js";
import { messages } from "../core/messages.js";
import { ConfigurationError, EXIT, exitCodeFor } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { renderMarkdown } from "../core/report/markdown.js";
import { renderSarif } from "../core/report/sarif.js";
import { exitCodeOf, headline, renderJson, type ReportDocument } from "../core/report/report.js";
import { TOOL_VERSION } from "../core/version.js";
import { describeIntroducedIn } from "../core/gate/blame.js";
import { Git } from "../adapters/git.js";
import { ActionsEnvironmentCache, restoreScanCache, saveScanCache, scanCacheKeys } from "../adapters/caches/actions-cache.js";
import { pruneScanCache, SCAN_CACHE_DAY } from "../adapters/caches/scan-cache.js";
import { fixModeOf, fixSettingsFromInputs, gateSettingsFromInputs, readInputs, type ActionInputs } from "./inputs.js";
import { setOutput } from "./outputs.js";
import { writeOutputFile } from "../adapters/files/output-file.js";
import { PhaseRecorder, renderTimingsMarkdown } from "../core/timings.js";

/** GitHub shows only so many annotations per step; the summary holds the complete list. */
const MAX_ANNOTATIONS = 50;

class ActionsLogger implements Logger {
  info = (m: string) => core.info(m);
  warning = (m: string) => core.warning(m);
  error = (m: string) => core.error(m);
  debug = (m: string) => core.debug(m);
}

/** The parts of a push or pull_request payload the gate reads. */
interface EventPayload {
  ref?: string;
  repository?: { default_branch?: string };
  pull_request?: { number?: number; base?: { ref?: string }; head?: { ref?: string } };
}

interface EventFacts {
  name: string;
  /** The branch a push went to, or the PR's head branch. */
  branch?: string;
  pullRequestBase?: string;
  /** The pull request's number, on pull_request events. */
  pullRequestNumber?: number;
  defaultBranch?: string;
}

/** The Action: inputs and the event in, outputs, summary, annotations and an exit code out. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const event = await readEvent(env);
    const patterns = inputs.branches;
    if (event.name === "push" && event.branch && !picomatch.isMatch(event.branch, patterns, { dot: true })) {
      core.notice(`bandit-gate: ${event.branch} does not match branches (${patterns.join(", ")}); not gated`);
      setCountOutputs(undefined);
      return EXIT.ok;
    }
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    setOutput("pull-request-operation", "none");
    if (inputs["merge-reports"].length > 0) return await mergeMode(inputs, cwd, env);
    const fixMode = fixModeOf(inputs);
    if (fixMode === "one-job" || fixMode === "propose") hideEnvironmentFromBranchCode();
    const git = await Git.open(cwd, env);
    if (fixMode === "publish") {
      // The write job: no gate and no Bandit here; the proposal is checked and pushed, nothing more.
      const { publishStep } = await import("./fix.js");
      return await publishStep({ inputs, git, logger: new ActionsLogger(), env, eventName: event.name, branch: event.branch });
    }
    const settings = gateSettingsFromInputs(inputs, { repoRoot: git.root, pullRequestBase: event.pullRequestBase, defaultBranch: event.defaultBranch });
    // A bad fix input is the user's to correct before the gate spends any time.
    const fixSettings = fixMode !== "off" ? fixSettingsFromInputs(inputs, settings, git.root) : undefined;
    const logger = new ActionsLogger();
    const temp = env.RUNNER_TEMP || join(git.root, "..", ".bandit-gate-tmp");
    const useCache = inputs.cache;
    // The installed Bandit, kept by GitHub's cache service: a runner without Bandit restores it
    // instead of installing it again.
    const environments = useCache ? new ActionsEnvironmentCache(logger, env) : undefined;
    const bandit = {
      explicit: inputs.bandit || undefined,
      fromEnv: env.BANDIT_GATE_BANDIT,
      env,
      // The tool cache outlives the job on self-hosted runners (RUNNER_TEMP is emptied at each
      // job's start): an environment installed there is found in place, with nothing restored.
      provision: { dir: join(env.RUNNER_TOOL_CACHE || temp, "bandit-gate"), version: inputs["bandit-version"], cache: environments },
    };
    // Per-file Bandit results, kept across runs by GitHub's cache service: a second push to the
    // same branch rescans only what changed since (the baseline's files never again).
    const scans = useCache ? join(temp, "bandit-gate", "scans") : undefined;
    const keys = scanCacheKeys(env, settings.shard ? `${settings.shard.index}/${settings.shard.total}` : undefined);
    // Restored while git and the search for Bandit work (it never throws); the scans wait for it.
    const scansRestored = scans ? restoreScanCache(scans, keys, logger) : undefined;
    const started = performance.now();
    const timer = new PhaseRecorder(() => performance.now());
    const deps = await realGateDeps(settings, bandit, logger, env, { ...(scans ? { scanCacheDir: scans, scanCacheReady: scansRestored } : {}), timer, git });
    const report = await runGate(settings, deps);
    await scansRestored;
    if (scans) {
      // What this run and the last week's used, not everything ever restored.
      await pruneScanCache(scans, { unusedFor: 7 * SCAN_CACHE_DAY });
      await saveScanCache(scans, keys, logger);
    }
    await environments?.saveInstalled();
    await timer.time("report", () => publish(report, inputs, temp, git.root));
    if (inputs.comment) await comment(report, event, env, inputs["github-token"] || env.GITHUB_TOKEN || "");
    const code = conclude(report, settings.allowScanErrors, settings.strictConfig);
    if (code === EXIT.regressions && fixSettings) {
      try {
        const { fixStep } = await import("./fix.js");
        await timer.time("fix rounds", () =>
          fixStep({ report, inputs, settings: fixSettings, gateDeps: { ...deps, timer: undefined }, git, logger, env, eventName: event.name, branch: event.branch }),
        );
      } catch (error) {
        // The gate's verdict stands whatever happens to the fix; the failure is said once, plainly.
        setOutput("pull-request-operation", "none");
        failStep(error, "bandit-gate fix step");
      }
    }
    void deps.close?.();
    await publishTimings(timer, performance.now() - started);
    return code;
  } catch (error) {
    return failStep(error);
  }
}

/**
 * The fix step runs the branch's code (its tests, with the model's candidate spliced in). Its
 * environment is an allow-list, but this process's own, as it was started, stays readable in
 * `/proc/<pid>/environ` by any process of the runner's user: overwrite what children are not
 * given (inputs, tokens, the API key) before anything runs.
 */
function hideEnvironmentFromBranchCode(): void {
  const outcome = hideInheritedEnvironment(isAllowListedName);
  if ("problem" in outcome) {
    core.warning(
      `bandit-gate: could not hide this step's inputs and tokens from the branch's code (${outcome.problem}): a test file can read them in /proc/${process.pid}/environ; use fix: propose in a job without secrets it must not see`,
    );
  }
}

/**
 * The Action's one way to fail its step: the user's error (bad input, no merge-base) in one line,
 * ours with its stack so it can be reported. Returns the error's exit code.
 */
function failStep(error: unknown, what = "bandit-gate"): number {
  const code = exitCodeFor(error);
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(code === EXIT.internal ? `${what}: internal error: ${(error as Error)?.stack ?? message}` : `${what}: ${message}`);
  return code;
}

/** `merge-reports`: no scan; combine the shard reports of a matrix into one verdict. */
async function mergeMode(inputs: ActionInputs, cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const files: string[] = [];
  for (const input of inputs["merge-reports"]) files.push(...(await jsonFilesUnder(resolveIn(cwd, input))));
  const report = await mergeReportFiles(files.sort());
  core.info(`bandit-gate: merged ${files.length} shard report(s)`);
  await publish(report, inputs, env.RUNNER_TEMP || join(cwd, "..", ".bandit-gate-tmp"), cwd);
  return conclude(report, inputs["allow-scan-errors"], inputs["strict-config"]);
}

/** A report file, or every `*.json` below a folder (where download-artifact puts them). */
async function jsonFilesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) throw new ConfigurationError(`merge-reports: ${path} does not exist; point it at the downloaded shard reports`);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => join(e.parentPath ?? e.path, e.name));
}

function conclude(report: ReportDocument, allowScanErrors: boolean, strictConfig: boolean): number {
  const code = exitCodeOf(report, allowScanErrors, strictConfig);
  if (report.gate_changes?.length) core.warning(`bandit-gate: ${gateFilesWarning(report.gate_changes.map((g) => g.split(" ")[0] as string))}`);
  if (strictConfig && report.gate_changes?.length) core.error(`bandit-gate: ${messages.strictConfig(report.gate_changes, "strict-config: true")}`);
  if (code === 1) core.setFailed(`bandit-gate: ${headline(report)}`);
  if (code === 3) core.setFailed(`bandit-gate: ${messages.scanFailed(report.scan_errors, "allow-scan-errors: true")}`);
  if (code === 0) core.info(`bandit-gate: ${headline(report)}`);
  return code;
}

async function readEvent(env: NodeJS.ProcessEnv): Promise<EventFacts> {
  const name = env.GITHUB_EVENT_NAME ?? "";
  let payload: EventPayload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (error) {
      throw new ConfigurationError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${(error as Error).message}`);
    }
  }
  const facts: EventFacts = { name, defaultBranch: payload.repository?.default_branch };
  if (name === "pull_request" || name === "pull_request_target") {
    facts.pullRequestBase = payload.pull_request?.base?.ref;
    facts.branch = payload.pull_request?.head?.ref;
    if (typeof payload.pull_request?.number === "number") facts.pullRequestNumber = payload.pull_request.number;
  } else {
    const ref: string = payload.ref ?? env.GITHUB_REF ?? "";
    if (ref.startsWith("refs/heads/")) facts.branch = ref.slice("refs/heads/".length);
  }
  return facts;
}

async function publish(report: ReportDocument, inputs: ActionInputs, temp: string, repoRoot: string): Promise<void> {
  const jsonPath = resolveIn(repoRoot, inputs["report-json"] || join(temp, "bandit-gate", "report.json"));
  const sarifPath = resolveIn(repoRoot, inputs["sarif-file"] || join(temp, "bandit-gate", "bandit-gate.sarif"));
  await writeOutputFile(jsonPath, renderJson(report), "the report-json input");
  await writeOutputFile(sarifPath, renderSarif(report, { toolVersion: TOOL_VERSION }), "the sarif-file input");
  setOutput("report-json", jsonPath);
  setOutput("sarif-file", sarifPath);
  setCountOutputs(report);

  for (const r of report.regressions.slice(0, MAX_ANNOTATIONS)) {
    const commit = r.introduced_in ? ` (${r.introduced_in.commit === null ? "" : "introduced in "}${describeIntroducedIn(r.introduced_in)})` : "";
    const cell = r.cell !== undefined ? `cell ${r.cell}, line ${r.cell_line ?? "?"}: ` : "";
    const message = `${cell}${r.kind === "escalated" ? `escalated from ${r.baseline_severity}` : r.kind}: ${r.text}${commit}`;
    const title = `bandit-gate ${r.test_id} ${r.test_name} (${r.severity})`;
    // A notebook's lines are its extracted Python's, not its JSON's: the annotation names the file and the cell.
    const properties = r.cell !== undefined ? { file: r.path, title } : { file: r.path, startLine: r.line, endLine: r.end_line, title };
    if (r.severity === "HIGH" || r.severity === "MEDIUM") core.error(message, properties);
    else core.warning(message, properties);
  }
  if (report.regressions.length > MAX_ANNOTATIONS) {
    core.warning(`bandit-gate: ${report.regressions.length - MAX_ANNOTATIONS} more regressions are listed in the job summary`);
  }
  for (const failure of report.scan_errors) core.error(`Bandit could not scan this file: ${failure.reason}`, { file: failure.path });
  for (const note of report.notes) core.notice(note);
  if (report.scanned.shard) core.info(`bandit-gate: shard ${report.scanned.shard}`);
  await core.summary.addRaw(renderMarkdown(report)).write();
}

/** The phase table, after the report in the summary; also in the log for runs without a summary. */
async function publishTimings(timer: PhaseRecorder, totalMs: number): Promise<void> {
  const table = renderTimingsMarkdown(timer.timings(), timer.counts(), totalMs);
  if (!table) return;
  for (const t of timer.timings()) core.info(`bandit-gate: ${t.phase}: ${Math.round(t.ms)} ms`);
  for (const [name, n] of timer.counts()) core.info(`bandit-gate: ${name}: ${n}`);
  await core.summary.addRaw(table).write();
}

/** The sticky pull request comment. Whatever GitHub answers, the gate's verdict stands. */
async function comment(report: ReportDocument, event: EventFacts, env: NodeJS.ProcessEnv, token: string): Promise<void> {
  if (event.pullRequestNumber === undefined) {
    core.info("bandit-gate: comment: not a pull request event, so there is no pull request to comment on");
    return;
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!token.trim() || !owner || !repo) {
    core.notice("bandit-gate: comment: no github-token or GITHUB_REPOSITORY, so no pull request comment; the verdict is unchanged");
    return;
  }
  core.setSecret(token);
  const { OctokitPullRequestComments } = await import("../adapters/github.js");
  const { upsertPullRequestComment } = await import("../app/pr-comment.js");
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  try {
    const comments = new OctokitPullRequestComments(token, owner, repo, env.GITHUB_API_URL || "https://api.github.com");
    const outcome = await upsertPullRequestComment(comments, event.pullRequestNumber, report, runUrl);
    if (outcome.operation === "refused") core.notice(messages.commentRefused(outcome.status));
    else if (outcome.operation === "none") core.info(`bandit-gate: comment: ${outcome.reason}`);
    else core.info(`bandit-gate: pull request comment ${outcome.operation} (${outcome.id})`);
  } catch (error) {
    core.warning(`bandit-gate: the pull request comment failed (${(error as Error).message}); the verdict is unchanged`);
  }
}

function setCountOutputs(report: ReportDocument | undefined): void {
  const counts = report?.counts;
  setOutput("regressions", counts?.regressions ?? 0);
  setOutput("new", counts?.new ?? 0);
  setOutput("escalated", counts?.escalated ?? 0);
  setOutput("suppressed", counts?.suppressed ?? 0);
  setOutput("fixed", counts?.fixed ?? 0);
}

function resolveIn(root: string, path: string): string {
  return isAbsolute(path) ? path : resolve(root, path);
}

