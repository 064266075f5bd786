import type { Git, HeadSide } from "../adapters/git.js";
import { addedByTheDiff, introducedIn, parsePorcelainBlame, type BlamedLine } from "../core/gate/blame.js";
import { linearBranch, parseBranchCommits, parseBranchPatches, replayLineOwners, type LoggedCommit } from "../core/gate/line-owners.js";
import type { Hunk } from "../core/gate/hunks.js";
import { groupBy } from "../core/group.js";
import type { Regression } from "../core/gate/policy.js";

export interface BlameContext {
  /** The baseline commit: blame stops there. Undefined: a first commit, everything is the branch's. */
  since: string | undefined;
  head: HeadSide;
  /** Whether HEAD exists (a repository's first commit has none). */
  hasHeadCommit: boolean;
  /** The head side's file contents (working tree or index), handed to `git blame --contents`. */
  contents: ReadonlyMap<string, Buffer>;
  /** Blames at once. */
  jobs: number;
  /** `git log` of baseline..head (`Git.branchCommits`), asked while Bandit scanned; absent, asked here; undefined, unknown (blame names the commits). */
  commits?: Promise<string | undefined>;
  /** `git diff -U0` hunks of baseline..head per head path: with a one-commit branch they replace blame. */
  hunks?: ReadonlyMap<string, readonly Hunk[]>;
}

/**
 * Name the branch commit behind each regression: from the diff of a one-commit branch, from a
 * replay of a linear branch's patches, and otherwise with one `git blame` per file that has
 * regressions, limited to baseline..head. A file git cannot blame in the working tree or the index (it is not
 * in HEAD yet) is uncommitted as a whole.
 */
export async function nameCommits(git: Git, regressions: readonly Regression[], context: BlameContext): Promise<void> {
  if (regressions.length === 0) return;
  let byPath = [...groupBy(regressions, (r) => r.finding.path)];
  // Files as the head commit has them can be named from the branch's own diffs; edited ones
  // (working tree, index) still need blame.
  const committed = context.head.kind === "commit" || !context.hasHeadCommit ? undefined : await git.readObjects(byPath.map(([path]) => `HEAD:${path}`));
  const asCommitted = ([path]: [string, Regression[]]) => {
    const content = context.contents.get(path);
    const atHead = committed?.get(`HEAD:${path}`)?.content;
    return committed === undefined || (content !== undefined && atHead !== undefined && atHead.equals(content));
  };
  // The branch's commits, once: asked while Bandit scanned (check.ts), else here.
  const log = context.since && context.hasHeadCommit ? await (context.commits ?? git.branchCommits(context.since, headCommitOf(context.head)).catch(() => undefined)) : undefined;
  const logged = log === undefined ? undefined : parseBranchCommits(log);
  const single = oneCommitBranch(context, logged);
  if (single && context.hunks) {
    const hunks = context.hunks;
    for (const [path, list] of byPath.filter(asCommitted)) {
      for (const r of list) if (addedByTheDiff(hunks.get(path) ?? [], linesOf(r))) r.introducedIn = single;
    }
    byPath = byPath.filter((entry) => !asCommitted(entry));
  } else if (context.since && context.hasHeadCommit && byPath.length > 1) {
    // Two git processes for the whole branch: worth it from two files on (one file, one blame).
    const wanted = new Map<string, number>();
    for (const [path] of byPath.filter(asCommitted)) {
      const content = context.contents.get(path);
      if (content !== undefined) wanted.set(path, lineCount(content));
    }
    const owners = wanted.size > 0 ? await replayBranchOwners(git, context.since, headCommitOf(context.head), wanted, logged) : new Map<string, BlamedLine[]>();
    for (const [path, list] of byPath) {
      const blame = owners.get(path);
      if (!blame) continue;
      for (const r of list) {
        const found = introducedIn(blame, linesOf(r));
        if (found) r.introducedIn = found;
      }
    }
    byPath = byPath.filter(([path]) => !owners.has(path));
  }
  const work = async ([path, list]: [string, Regression[]]) => {
    const uncommittedSide = context.head.kind !== "commit";
    const output = context.hasHeadCommit ? await git.tryBlame(path, context.head, context.since, context.contents.get(path)) : undefined;
    if (output === undefined) {
      if (uncommittedSide && (!context.hasHeadCommit || !(await inHead(git, path)))) {
        for (const r of list) r.introducedIn = { commit: null, summary: "not committed yet" };
      }
      return;
    }
    const blame = parsePorcelainBlame(output);
    for (const r of list) {
      const found = introducedIn(blame, linesOf(r));
      if (found) r.introducedIn = found;
    }
  };
  const queue = [...byPath];
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(context.jobs, queue.length)) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await work(next);
    }),
  );
}

const linesOf = (r: Regression): readonly number[] => (r.finding.lineRange.length > 0 ? r.finding.lineRange : [r.finding.line]);

async function inHead(git: Git, path: string): Promise<boolean> {
  return (await git.readObjects([`HEAD:${path}`])).get(`HEAD:${path}`) !== undefined;
}

/** The branch's only commit: the head commit (HEAD for the working tree and index), whose single parent is the baseline. */
function oneCommitBranch(context: BlameContext, logged: readonly LoggedCommit[] | undefined): { commit: string; summary: string } | undefined {
  if (!context.since || !context.hunks || !logged) return undefined;
  const branch = linearBranch(logged, context.since);
  const only = branch?.commits[0];
  return branch?.commits.length === 1 && only ? { commit: only.commit, summary: only.summary } : undefined;
}

const headCommitOf = (head: HeadSide): string => (head.kind === "commit" ? head.ref : "HEAD");

/** Lines as `git blame` counts them: a last line without a newline is a line. */
function lineCount(content: Buffer): number {
  let count = 0;
  for (let at = content.indexOf(0x0a); at !== -1; at = content.indexOf(0x0a, at + 1)) count += 1;
  return content.length > 0 && content[content.length - 1] !== 0x0a ? count + 1 : count;
}

/**
 * Each line's owner at `head` for the wanted paths (with their line counts), as `git blame
 * --porcelain ^since head` gives them, from two git processes for the whole branch: the commit
 * list (is it linear?) and every commit's patch. Paths it cannot answer for are left out; a
 * branch with a merge commit gets an empty map.
 */
export async function replayBranchOwners(
  git: Git,
  since: string,
  head: string,
  wanted: ReadonlyMap<string, number>,
  known?: readonly LoggedCommit[],
): Promise<Map<string, BlamedLine[]>> {
  const logged = known ?? parseBranchCommits(await git.branchCommits(since, head));
  const branch = logged && linearBranch(logged, since);
  if (!branch) return new Map();
  const patches = parseBranchPatches(await git.branchPatches(since, head));
  return patches ? replayLineOwners(branch, patches, wanted) : new Map();
}
