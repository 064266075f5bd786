import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProposalStore } from "../adapters/fix-artifact.js";
import { PatchDoesNotApply, type BotIdentity, type FixBranchGit } from "../adapters/git-fix-branch.js";
import type { PullRequests } from "../adapters/github.js";
import { ConfigurationError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { pullRequestBody, pullRequestTitle } from "../core/fix/pr-body.js";
import { checkProposalPatch, claimsFor, readProposal, type FixProposal } from "../core/fix/proposal.js";
import type { FixRecord } from "../core/fix/record.js";
import { openFixPullRequest, type FixPullRequestOutcome, type FixPullRequestSettings } from "./fix-pr.js";

export const PROPOSAL_FILE = "proposal.json";
export const PATCH_FILE = "fix.patch";
/** A proposal is a few functions; anything this large is not one. */
const MAX_PROPOSAL_BYTES = 8 * 1024 * 1024;

/**
 * `fix: propose`: the fix as a patch against the gated commit, the functions it claims, the
 * record and the pull request's title and body, handed to the store. Only Python files go in
 * (the learned profile stays out: the publishing job accepts `.py` changes alone). Checked here
 * as publish will check it, so a proposal that would be refused is never uploaded.
 */
export async function proposeFix(
  fix: { files: ReadonlyMap<string, string>; record: FixRecord },
  context: { headSha: string; agentBranch: string; reportUrl?: string; bot: BotIdentity },
  deps: { git: FixBranchGit; store: ProposalStore; logger: Logger },
): Promise<{ proposed: boolean; reason?: string }> {
  if (!fix.record.functions.some((f) => f.status !== "unfixed")) return { proposed: false, reason: "the fix loop fixed or improved no function, so there is nothing to propose" };
  const files = new Map([...fix.files].filter(([path]) => path.endsWith(".py")));
  const patch = await deps.git.diffFiles(context.headSha, files, context.bot);
  const functions = claimsFor(fix.record, patch);
  const applied = await deps.git.applyToCommit(context.headSha, patch);
  const problems = checkProposalPatch(applied.diff, functions, applied.before, applied.after);
  if (problems.length > 0) throw new Error(`the proposal would be refused by publish: ${problems.join("; ")}`);
  const titleContext = { agentBranch: context.agentBranch, headSha: context.headSha, reportUrl: context.reportUrl };
  const proposal: FixProposal = {
    schema: "bandit-gate/fix-proposal",
    schema_version: 1,
    head_sha: context.headSha,
    agent_branch: context.agentBranch,
    functions,
    title: pullRequestTitle(fix.record, titleContext),
    body: pullRequestBody(fix.record, titleContext),
    record: fix.record,
  };
  const dir = await mkdtemp(join(tmpdir(), "bandit-gate-proposal-"));
  try {
    await writeFile(join(dir, PROPOSAL_FILE), `${JSON.stringify(proposal, null, 2)}\n`);
    await writeFile(join(dir, PATCH_FILE), patch);
    await deps.store.put(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  deps.logger.info(`Proposed a fix of ${functions.length} function(s) against ${context.headSha.slice(0, 12)} (${deps.store.where})`);
  return { proposed: true };
}

/**
 * `fix: publish`: take a proposal from the store and, only if it holds up, push it as the fix
 * branch and open or update the pull request as the one-job mode does. Runs nothing from the
 * repository: no Bandit, no tests, no Python; git applies the patch to a temporary index.
 * A proposal that does not hold up is a ConfigurationError naming every reason; nothing is pushed.
 */
export async function publishFix(
  settings: FixPullRequestSettings,
  deps: { git: FixBranchGit; pulls: PullRequests; store: ProposalStore; logger: Logger },
): Promise<FixPullRequestOutcome & { record?: FixRecord }> {
  const dir = await deps.store.get();
  if (dir === undefined) return { operation: "none", reason: `there is no fix proposal (${deps.store.where}): the propose job had nothing to fix` };
  const read = async (name: string) => {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw refused([`${name} is missing from ${deps.store.where}`]);
    if (info.size > MAX_PROPOSAL_BYTES) throw refused([`${name} is ${info.size} bytes, more than a fix proposal can be`]);
    return readFile(path, "utf8");
  };
  const { proposal, problems } = readProposal(await read(PROPOSAL_FILE), { headSha: settings.headSha, agentBranch: settings.agentBranch });
  if (!proposal) throw refused(problems);
  const patch = await read(PATCH_FILE);
  let applied: Awaited<ReturnType<FixBranchGit["applyToCommit"]>>;
  try {
    applied = await deps.git.applyToCommit(settings.headSha, patch);
  } catch (error) {
    if (error instanceof PatchDoesNotApply) throw refused([`the patch does not apply cleanly to ${settings.headSha} (${error.message})`]);
    throw error;
  }
  // Checked on git's own diff of the result, so a patch git reads differently from us cannot slip by.
  const wrong = checkProposalPatch(applied.diff, proposal.functions, applied.before, applied.after);
  if (wrong.length > 0) throw refused(wrong);
  deps.logger.info(`The proposal holds up: ${proposal.functions.map((f) => `${f.path}:${f.qualname}`).join(", ")}`);
  const outcome = await openFixPullRequest({ files: applied.after, record: proposal.record }, settings, deps);
  return { ...outcome, record: proposal.record };
}

function refused(problems: readonly string[]): ConfigurationError {
  return new ConfigurationError(
    `the fix proposal is refused and nothing was pushed:\n- ${problems.join("\n- ")}\n` +
      "Publish only the artifact that fix: propose uploaded in the same workflow run, for the same commit (docs/fix.md).",
  );
}
