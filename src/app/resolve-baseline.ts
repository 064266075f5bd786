import { ConfigurationError } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Git } from "../adapters/git.js";
import { messages } from "../core/messages.js";
import { NO_TIMER, type PhaseTimer } from "../core/timings.js";

/** Where the baseline comes from when it is a git revision. */
export interface BaselineRequest {
  /** `--base REF`: compared against exactly as given (a commit, tag or branch tip). */
  explicitRef?: string;
  /** For pull_request events: the PR's base branch name. */
  pullRequestBase?: string;
  /** The event's `repository.default_branch`, when known. */
  defaultBranch?: string;
  /** The commit being judged (HEAD unless --head). */
  headRef: string;
  /** `headRef` resolved already, by the caller; absent, resolved here. */
  headCommit?: string;
}

export interface ResolvedBaseline {
  /** What the user would call it: `origin/main`, `v1.2`, ... */
  ref: string;
  commit: string;
}

const DEEPEN_STEPS = [50, 200, 1000];

/**
 * Lock the baseline at the branch-off point: the merge-base of the head with the default branch
 * (or the PR's base). Never the previous push's `before`: on a new branch it is all zeros, after
 * a force push it need not be an ancestor, and moving it every push lets regressions pile up.
 * Shallow clones are deepened step by step until the merge-base appears.
 */
export async function resolveBaseline(git: Git, request: BaselineRequest, logger: Logger, timer: PhaseTimer = NO_TIMER): Promise<ResolvedBaseline> {
  if (request.explicitRef) {
    const [head, commit] = await Promise.all([request.headCommit ?? git.tryResolveCommit(request.headRef), resolveOrFetch(git, request.explicitRef, logger)]);
    if (!head) throw new ConfigurationError(messages.unknownHead(request.headRef));
    if (!commit) throw new ConfigurationError(messages.unknownBase(request.explicitRef));
    return { ref: request.explicitRef, commit };
  }

  // Each question is a git process: the independent ones are asked at once.
  const [head, branch, hasOrigin] = await Promise.all([
    request.headCommit ?? git.tryResolveCommit(request.headRef),
    request.pullRequestBase ?? defaultBranch(git, request.defaultBranch),
    git.hasRemote("origin"),
  ]);
  if (!head) throw new ConfigurationError(messages.unknownHead(request.headRef));
  const remoteRef = `origin/${branch}`;
  // The local branch is asked for alongside origin's: it is the answer when origin has none.
  const [remote, local] = await Promise.all([hasOrigin ? resolveOrFetch(git, remoteRef, logger, branch) : undefined, git.tryResolveCommit(branch)]);
  let target = remote;
  let targetRef = remoteRef;
  if (!target) {
    target = local;
    targetRef = branch;
  }
  if (!target) throw new ConfigurationError(messages.noDefaultBranch(branch));

  let base = await git.tryMergeBase(head, target);
  if (!base && hasOrigin && (await git.isShallow())) {
    base = await timer.time("git: deepening", () => deepen(git, request, { branch, targetRef, head, target: target as string }, logger));
  }
  if (!base) {
    throw new ConfigurationError(
      (await git.isShallow()) ? messages.shallowNoMergeBase(targetRef) : messages.noMergeBase(request.headRef, targetRef),
    );
  }
  return { ref: `merge-base of ${request.headRef} and ${targetRef}`, commit: base };
}

async function defaultBranch(git: Git, fromEvent: string | undefined): Promise<string> {
  const remoteHead = await git.tryRemoteHead("origin");
  if (remoteHead) return remoteHead.replace(/^origin\//, "");
  return fromEvent ?? "main";
}

/** Resolve a ref; if it names a remote branch we do not have yet, fetch it once. */
async function resolveOrFetch(git: Git, ref: string, logger: Logger, branch?: string): Promise<string | undefined> {
  const local = await git.tryResolveCommit(ref);
  if (local) return local;
  const name = branch ?? (ref.startsWith("origin/") ? ref.slice("origin/".length) : undefined);
  if (!name || !(await git.hasRemote("origin"))) return undefined;
  logger.info(`Fetching ${ref} to find the baseline`);
  const shallow = await git.isShallow();
  const depthArgs = shallow ? ["--depth=1"] : [];
  if (!(await git.tryFetch([...depthArgs, "origin", `+refs/heads/${name}:refs/remotes/origin/${name}`]))) return undefined;
  return git.tryResolveCommit(`origin/${name}`);
}

/** A shallow clone without the merge-base: fetch more history, step by step, until it appears. */
async function deepen(
  git: Git,
  request: BaselineRequest,
  sides: { branch: string; targetRef: string; head: string; target: string },
  logger: Logger,
): Promise<string | undefined> {
  const { branch, targetRef, head, target } = sides;
  let base: string | undefined;
  for (const depth of DEEPEN_STEPS) {
    logger.info(`No merge-base of ${request.headRef} and ${targetRef} in this shallow clone yet; fetching ${depth} more commits`);
    await git.tryFetch([`--deepen=${depth}`, "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    base = await git.tryMergeBase(head, target);
    if (base) return base;
    if (!(await git.isShallow())) return undefined;
  }
  if (await git.isShallow()) {
    logger.info("Still no merge-base; fetching the full history");
    await git.tryFetch(["--unshallow", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
    base = await git.tryMergeBase(head, target);
  }
  return base;
}
