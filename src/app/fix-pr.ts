import type { FixBranchGit, BotIdentity } from "../adapters/git-fix-branch.js";
import type { PullRequests } from "../adapters/github.js";
import type { Logger } from "../core/logger.js";
import { pullRequestBody, pullRequestTitle } from "../core/fix/pr-body.js";
import type { FixRecord } from "../core/fix/record.js";

export interface FixPullRequestSettings {
  /** The gated branch: the fix is proposed into it, never pushed onto it. */
  agentBranch: string;
  /** The commit that was gated; the fix branch starts there. */
  headSha: string;
  /** `bandit-gate/fix/` by default: the fix branch is `<prefix><agentBranch>`. */
  branchPrefix: string;
  labels: string[];
  draft: boolean;
  bot: BotIdentity;
  reportUrl?: string;
  /** The profile file the fix commits (`profile-path`); absent: the profile stays in the Action's cache. */
  profileFile?: string;
}

export interface ProposedFix {
  /** Repository-relative path -> new content: regenerated files and the updated profile. */
  files: ReadonlyMap<string, string>;
  record: FixRecord;
}

export interface FixPullRequestOutcome {
  operation: "created" | "updated" | "none";
  branch?: string;
  number?: number;
  url?: string;
  reason?: string;
}

/** Is this branch one of the fix branches (the gate never runs its fix step on them)? */
export function isFixBranch(branch: string, prefix: string): boolean {
  return prefix !== "" && branch.startsWith(prefix);
}

/**
 * Put the fix on `<prefix><agent branch>` (one commit on the gated head) and open or update the
 * pull request into the agent branch. A fix branch holding commits this tool did not make is
 * left alone and a suffixed branch is used instead.
 */
export async function openFixPullRequest(
  fix: ProposedFix,
  settings: FixPullRequestSettings,
  deps: { git: FixBranchGit; pulls: PullRequests; logger: Logger },
): Promise<FixPullRequestOutcome> {
  const fixed = fix.record.functions.filter((f) => f.status !== "unfixed");
  if (fixed.length === 0) {
    return { operation: "none", reason: "the fix loop fixed or improved no function, so there is nothing to propose" };
  }
  const { branch, expected, superseded } = await chooseBranch(settings, deps);
  const message = [
    pullRequestTitle(fix.record, { agentBranch: settings.agentBranch, headSha: settings.headSha }).replace(/ on \S+$/, ""),
    "",
    ...fixed.map((f) => `- ${f.path}: ${f.qualname} (${f.status}: ${f.regressions_before.map((x) => x.test_id).join(", ")})`),
  ].join("\n");
  const commit = await deps.git.commitFiles(settings.headSha, fix.files, message, settings.bot);
  await deps.git.push(commit, branch, expected);
  deps.logger.info(`Pushed the fix to ${branch} (${commit.slice(0, 12)})`);

  const context = { agentBranch: settings.agentBranch, headSha: settings.headSha, reportUrl: settings.reportUrl, profileFile: settings.profileFile };
  const title = pullRequestTitle(fix.record, context);
  const body = pullRequestBody(fix.record, context);
  const open = await deps.pulls.findOpen(branch, settings.agentBranch);
  if (open) {
    const pr = await deps.pulls.update(open.number, { title, body, labels: settings.labels });
    return { operation: "updated", branch, number: pr.number, url: pr.url };
  }
  const pr = await deps.pulls.create({ head: branch, base: settings.agentBranch, title, body, draft: settings.draft, labels: settings.labels });
  // A person's commit forced this new branch: the pull request of the old one would otherwise
  // linger with a stale fix; it is closed, pointing at the new one, and its branch kept.
  for (const old of superseded) {
    const stale = await deps.pulls.findOpen(old, settings.agentBranch);
    if (!stale) continue;
    await deps.pulls.closeWithComment(
      stale.number,
      `Superseded by #${pr.number} (${pr.url}): \`${old}\` holds commits bandit-gate did not make, so the fix for ` +
        `\`${settings.headSha.slice(0, 12)}\` went to \`${branch}\` instead. This branch and its commits are left as they are.`,
    );
    deps.logger.info(`Closed #${stale.number} (${old}), superseded by #${pr.number}`);
  }
  return { operation: "created", branch, number: pr.number, url: pr.url };
}

async function chooseBranch(
  settings: FixPullRequestSettings,
  deps: { git: FixBranchGit; logger: Logger },
): Promise<{ branch: string; expected: string | undefined; superseded: string[] }> {
  const base = `${settings.branchPrefix}${settings.agentBranch}`;
  const superseded: string[] = [];
  for (let n = 1; n <= 20; n += 1) {
    const branch = n === 1 ? base : `${base}-${n}`;
    const remote = await deps.git.remoteBranch(branch);
    if (!remote) return { branch, expected: undefined, superseded };
    if (await deps.git.onlyOurCommits(branch, settings.headSha)) return { branch, expected: remote, superseded };
    deps.logger.warning(`${branch} has commits bandit-gate did not make; leaving it alone`);
    superseded.push(branch);
  }
  throw new Error(`fix branches ${base} to ${base}-20 all hold other people's commits; delete some`);
}
