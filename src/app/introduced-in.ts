import type { Git, HeadSide } from "../adapters/git.js";
import { introducedIn, parsePorcelainBlame } from "../core/gate/blame.js";
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
}

/**
 * Name the branch commit behind each regression: one `git blame` per file that has regressions,
 * limited to baseline..head. A file git cannot blame in the working tree or the index (it is not
 * in HEAD yet) is uncommitted as a whole.
 */
export async function nameCommits(git: Git, regressions: readonly Regression[], context: BlameContext): Promise<void> {
  const byPath = [...groupBy(regressions, (r) => r.finding.path)];
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
      const found = introducedIn(blame, r.finding.lineRange.length > 0 ? r.finding.lineRange : [r.finding.line]);
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

async function inHead(git: Git, path: string): Promise<boolean> {
  return (await git.readObjects([`HEAD:${path}`])).get(`HEAD:${path}`) !== undefined;
}
