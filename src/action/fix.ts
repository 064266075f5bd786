import * as core from "@actions/core";
import { FixBranchGit } from "../adapters/git-fix-branch.js";
import { AnthropicGenerator, DEFAULT_ANTHROPIC_SETTINGS } from "../adapters/generators/anthropic.js";
import { OctokitPullRequests } from "../adapters/github.js";
import type { Git } from "../adapters/git.js";
import type { GateDeps } from "../app/check.js";
import { runFix } from "../app/fix.js";
import type { FixSettings } from "../app/fix-settings.js";
import { isFixBranch, openFixPullRequest, type FixPullRequestOutcome } from "../app/fix-pr.js";
import { ConfigurationError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { renderProfileYaml } from "../core/fix/profile.js";
import type { ReportDocument } from "../core/report/report.js";
import { fixModeOf, labelsOf, profilePlaceOf, type ActionInputs } from "./inputs.js";
import { ActionsArtifactProposalStore, DirectoryProposalStore, type ProposalStore } from "../adapters/fix-artifact.js";
import { proposeFix, publishFix } from "../app/fix-proposal.js";
import type { FixRecord } from "../core/fix/record.js";
import { isAbsolute, join, resolve } from "node:path";
import { ActionsProfileCache, profileCacheKeys } from "../adapters/caches/profile-cache.js";
import { DEFAULT_PROFILE_PATH } from "../app/fix-settings.js";
import { tmpdir } from "node:os";
import { setOutput } from "./outputs.js";
import { makeCodemodAwareGenerator } from "../app/fix-generator.js";
import { pythonForBandit } from "../adapters/python/ast.js";

export interface FixStepContext {
  report: ReportDocument;
  inputs: ActionInputs;
  /** Built from the inputs before the gate ran. */
  settings: FixSettings;
  gateDeps: GateDeps;
  git: Git;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  eventName: string;
  branch?: string;
}

/**
 * The Action's optional fix step, after a failed gate on an agent push: run the fix
 * loop and propose what it fixed as a pull request into the agent branch. It never changes the
 * gate's verdict and never pushes to the agent branch itself.
 */
export async function fixStep(context: FixStepContext): Promise<void> {
  await reportPullRequest(await attemptFix(context), "Remediation");
}

/** The pull request's outputs, one summary line and the same line in the log. */
async function reportPullRequest(outcome: { operation: string; number?: number | string; url?: string; branch?: string; reason?: string }, heading: string): Promise<void> {
  setOutput("pull-request-operation", outcome.operation);
  setOutput("pull-request-number", outcome.number ?? "");
  setOutput("pull-request-url", outcome.url ?? "");
  const line =
    outcome.operation === "none"
      ? `No fix pull request: ${outcome.reason ?? "nothing to propose"}.`
      : `Fix pull request ${outcome.operation}: [#${outcome.number}](${outcome.url}) from \`${outcome.branch}\`.`;
  await core.summary.addRaw(`\n### ${heading}\n\n${line}\n`).write();
  core.info(`bandit-gate: ${line}`);
}

async function attemptFix(context: FixStepContext): Promise<FixPullRequestOutcome & { fixed?: string[]; unfixed?: string[] }> {
  const { env, logger, inputs, settings } = context;
  const prefix = inputs["fix-branch-prefix"];
  setFunctionOutputs([], []);
  if (context.eventName !== "push" || !context.branch) {
    return { operation: "none", reason: "the fix step runs on pushes to agent branches only" };
  }
  if (isFixBranch(context.branch, prefix)) {
    return { operation: "none", reason: `${context.branch} is one of bandit-gate's own fix branches, which it never fixes` };
  }
  const apiKey = inputs["anthropic-api-key"] || env.ANTHROPIC_API_KEY || "";
  const setting = context.settings.generator;
  if (!apiKey.trim() && setting.kind === "anthropic") {
    core.notice("bandit-gate: no Anthropic API key (secrets are not given to forks): the fix step is skipped; the gate's verdict stands");
    return { operation: "none", reason: "no Anthropic API key was available" };
  }
  if (apiKey.trim()) core.setSecret(apiKey);
  else if (setting.kind === "auto") core.notice("bandit-gate: no Anthropic API key (secrets are not given to forks): the fix step uses the codemods alone");
  const propose = fixModeOf(inputs) === "propose";
  const token = inputs["github-token"] || env.GITHUB_TOKEN || "";
  if (!token.trim() && !propose) {
    core.notice("bandit-gate: no github-token: the fix step is skipped");
    return { operation: "none", reason: "no GitHub token was available" };
  }
  if (token.trim()) core.setSecret(token);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if ((!owner || !repo) && !propose) throw new ConfigurationError("GITHUB_REPOSITORY is not set (owner/name): the fix step needs it to open the pull request");

  if (setting.kind === "replay") throw new ConfigurationError("the Action's fix step uses the auto, codemod or model generator (input generator)");
  const model = setting.kind === "codemod" ? undefined : () => new AnthropicGenerator({ model: setting.model, ...DEFAULT_ANTHROPIC_SETTINGS }, { apiKey, baseURL: env.ANTHROPIC_BASE_URL });
  const generator = makeCodemodAwareGenerator(setting, settings, {
    hasApiKey: Boolean(apiKey.trim()),
    model,
    logger,
    locatePython: async () => pythonForBandit((await context.gateDeps.bandit()).argv),
  });

  if (!propose) {
    // The allow-list keeps credentials out of the children's environment, but this job's own
    // process holds them, and a process of the same user can read another's /proc/PID/environ.
    core.warning(
      `bandit-gate: fix: true runs the branch's code (Bandit's scan of it${settings.loop.testCommand ? ", the branch's test-command" : ""}) in a job that holds the write token and the API key; ` +
        "use it only for trusted repositories, and otherwise the two-job workflow: fix: propose with read-only permissions, then fix: publish (docs/fix.md, 'Two jobs')",
    );
  }
  // The token also travels base64-encoded in git's Authorization header.
  const secrets = [apiKey, token, Buffer.from(`x-access-token:${token}`).toString("base64")];
  // The learned profile: in the Action's cache unless profile-path asks for it in the pull request.
  const place = profilePlaceOf(inputs);
  if (place.deprecated) core.warning("bandit-gate: the input `profile` is deprecated; use `profile-path` (same meaning: the profile is committed into the fix pull request)");
  const cached = place.path === undefined ? new ActionsProfileCache(join(env.RUNNER_TEMP || tmpdir(), "bandit-gate-profile"), profileCacheKeys(env), logger) : undefined;
  if (cached) await cached.restore(join(context.git.root, DEFAULT_PROFILE_PATH));
  const runSettings = cached ? { ...settings, profilePath: cached.file } : settings;
  const run = await runFix(runSettings, { gate: context.gateDeps, generator, logger, env, secrets }, context.report);
  if (run.kind !== "remediated") return { operation: "none", reason: "there was nothing to fix" };
  if (cached) await cached.save(renderProfileYaml(run.result.profile));
  const named = (status: string) => run.record.functions.filter((f) => f.status === status).map((f) => `${f.path}:${f.qualname}`);
  const fixed = named("fixed");
  const improved = named("improved");
  const unfixed = [...named("unfixed"), ...run.record.module_level.map((m) => `${m.path}:${m.line}`)];
  setFunctionOutputs(fixed, unfixed, improved);

  const files = new Map(run.result.changes.map((c) => [c.path, c.after]));
  const head = (await context.git.execOk(["rev-parse", "HEAD"])).stdout.trim();
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID && owner && repo ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const bot = { name: inputs["bot-name"], email: inputs["bot-email"] };
  if (propose) {
    const outcome = await proposeFix(
      { files, record: run.record },
      { headSha: head, agentBranch: context.branch, bot, ...(runUrl ? { reportUrl: runUrl } : {}) },
      { git: new FixBranchGit(context.git, { serverUrl }), store: proposalStore(inputs, context.git.root), logger },
    );
    setOutput("fix-proposed", String(outcome.proposed));
    return { operation: "none", reason: outcome.proposed ? "proposed: the publish job opens the pull request" : outcome.reason, fixed, unfixed };
  }
  if (place.path !== undefined) files.set(relativeProfile(place.path), renderProfileYaml(run.result.profile));
  const outcome = await openFixPullRequest(
    { files, record: run.record },
    {
      agentBranch: context.branch,
      headSha: head,
      branchPrefix: prefix,
      labels: labelsOf(inputs),
      draft: inputs.draft,
      ...(place.path !== undefined ? { profileFile: relativeProfile(place.path) } : {}),
      bot,
      ...(runUrl ? { reportUrl: runUrl } : {}),
    },
    {
      git: new FixBranchGit(context.git, { token, serverUrl }),
      pulls: new OctokitPullRequests(token, owner as string, repo as string, env.GITHUB_API_URL || "https://api.github.com"),
      logger,
    },
  );
  return { ...outcome, fixed, unfixed };
}

/** Where propose puts the proposal and publish takes it from: fix-artifact-dir, else the run's artifacts. */
function proposalStore(inputs: ActionInputs, root: string): ProposalStore {
  const dir = inputs["fix-artifact-dir"];
  if (!dir) return new ActionsArtifactProposalStore();
  return new DirectoryProposalStore(isAbsolute(dir) ? dir : resolve(root, dir));
}

/**
 * `fix: publish`, in the job with the write token: no gate, no Bandit, no code of the branch.
 * The proposal from `fix: propose` is checked against the checked-out (gated) commit and pushed
 * as the one-job mode pushes. Returns the exit code: 0, or a ConfigurationError (exit 2) thrown.
 */
export async function publishStep(context: { inputs: ActionInputs; git: Git; logger: Logger; env: NodeJS.ProcessEnv; eventName: string; branch?: string }): Promise<number> {
  const { inputs, env } = context;
  setFunctionOutputs([], []);
  setOutput("pull-request-operation", "none");
  setOutput("pull-request-number", "");
  setOutput("pull-request-url", "");
  if (context.eventName !== "push" || !context.branch) throw new ConfigurationError("fix: publish runs on pushes to agent branches only, in the workflow run whose propose job made the proposal");
  const token = inputs["github-token"] || env.GITHUB_TOKEN || "";
  if (!token.trim()) throw new ConfigurationError("fix: publish needs github-token (contents: write and pull-requests: write) to push the fix branch and open the pull request");
  core.setSecret(token);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo) throw new ConfigurationError("GITHUB_REPOSITORY is not set (owner/name): fix: publish needs it to open the pull request");
  const head = (await context.git.execOk(["rev-parse", "HEAD"])).stdout.trim();
  const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const outcome = await publishFix(
    {
      agentBranch: context.branch,
      headSha: head,
      branchPrefix: inputs["fix-branch-prefix"],
      labels: labelsOf(inputs),
      draft: inputs.draft,
      bot: { name: inputs["bot-name"], email: inputs["bot-email"] },
      ...(runUrl ? { reportUrl: runUrl } : {}),
    },
    {
      git: new FixBranchGit(context.git, { token, serverUrl }),
      pulls: new OctokitPullRequests(token, owner, repo, env.GITHUB_API_URL || "https://api.github.com"),
      store: proposalStore(inputs, context.git.root),
      logger: context.logger,
    },
  );
  if (outcome.record) publishFunctionOutputs(outcome.record);
  await reportPullRequest(outcome, "Remediation (publish)");
  return 0;
}

function publishFunctionOutputs(record: FixRecord): void {
  const named = (status: string) => record.functions.filter((f) => f.status === status).map((f) => `${f.path}:${f.qualname}`);
  setFunctionOutputs(named("fixed"), [...named("unfixed"), ...record.module_level.map((m) => `${m.path}:${m.line}`)], named("improved"));
}

function setFunctionOutputs(fixed: string[], unfixed: string[], improved: string[] = []): void {
  setOutput("fixed-functions", JSON.stringify(fixed));
  setOutput("improved-functions", JSON.stringify(improved));
  setOutput("unfixed-functions", JSON.stringify(unfixed));
}

function relativeProfile(path: string): string {
  return path.replace(/^\.\/+/, "").split("\\").join("/");
}

