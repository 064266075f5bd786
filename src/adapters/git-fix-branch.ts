import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Git } from "./git.js";
import { lastMeaningfulLine } from "./process.js";

/** One way to write a diff, whatever the runner's git config says: fixed prefixes, no renames, no drivers. */
const DIFF_OPTIONS = ["--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--diff-algorithm=myers", "--src-prefix=a/", "--dst-prefix=b/"];

/** Marks the commits this tool makes, so it never overwrites anyone else's. */
export const FIX_TRAILER = "Generated-by: bandit-gate";

export interface BotIdentity {
  name: string;
  email: string;
}

export interface PushAuth {
  /** The token to push with; sent as an HTTP header through the environment, never on a command line or in config. */
  token?: string;
  /** The server the header is scoped to, e.g. https://github.com. */
  serverUrl: string;
}

/**
 * Git plumbing for the fix branch: a commit made from blobs and a temporary index (the user's
 * working tree and index are never touched), the state of the remote branch, and the push.
 */
export class FixBranchGit {
  constructor(
    private readonly repo: Git,
    private readonly auth: PushAuth,
    private readonly remote = "origin",
  ) {}

  /** A commit on top of `parent` with `files` replaced, authored by `bot`. */
  async commitFiles(parent: string, files: ReadonlyMap<string, string>, message: string, bot: BotIdentity): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "bandit-gate-index-"));
    const indexEnv = { GIT_INDEX_FILE: join(dir, "index") };
    try {
      await this.git(["read-tree", parent], indexEnv);
      for (const [path, content] of files) {
        const blob = (await this.git(["hash-object", "-w", "--stdin"], {}, content)).trim();
        const mode = (await this.git(["ls-tree", parent, "--", path])).split(" ")[0] || "100644";
        await this.git(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`], indexEnv);
      }
      const tree = (await this.git(["write-tree"], indexEnv)).trim();
      const identity = {
        GIT_AUTHOR_NAME: bot.name,
        GIT_AUTHOR_EMAIL: bot.email,
        GIT_COMMITTER_NAME: bot.name,
        GIT_COMMITTER_EMAIL: bot.email,
      };
      return (await this.git(["commit-tree", tree, "-p", parent, "-F", "-"], identity, `${message.trim()}\n\n${FIX_TRAILER}\n`)).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /**
   * The unified diff from `parent` to `parent` with `files` replaced: the fix as a patch. Fixed
   * prefixes and no renames or external drivers, whatever the runner's git config says.
   */
  async diffFiles(parent: string, files: ReadonlyMap<string, string>, bot: BotIdentity): Promise<string> {
    const commit = await this.commitFiles(parent, files, "bandit-gate fix (proposal)", bot);
    return this.git(["diff", ...DIFF_OPTIONS, parent, commit, "--"]);
  }

  /**
   * Apply `patch` to `parent` in a temporary index (nothing else is touched) and return each
   * changed file's text before and after, and the diff git itself sees between the two (what is
   * checked: the patch text is only how the change travelled, and git may read it differently).
   * Throws PatchDoesNotApply when git cannot apply it exactly (no fuzz).
   */
  async applyToCommit(parent: string, patch: string): Promise<{ before: Map<string, string>; after: Map<string, string>; diff: string }> {
    const dir = await mkdtemp(join(tmpdir(), "bandit-gate-apply-"));
    const indexEnv = { GIT_INDEX_FILE: join(dir, "index") };
    try {
      await this.git(["read-tree", parent], indexEnv);
      const applied = await this.repo.exec(["apply", "--cached", "--whitespace=nowarn", "-"], { env: indexEnv, input: patch });
      if (applied.code !== 0) throw new PatchDoesNotApply(lastMeaningfulLine(applied.stderr) || `git apply exit ${applied.code}`);
      const names = (await this.git(["diff", "--cached", "--name-only", "-z", "--no-renames", parent], indexEnv)).split("\0").filter(Boolean);
      const before = new Map<string, string>();
      const after = new Map<string, string>();
      for (const path of names) {
        const old = await this.repo.exec(["cat-file", "blob", `${parent}:${path}`]);
        if (old.code === 0) before.set(path, old.stdout);
        const fresh = await this.repo.exec(["cat-file", "blob", `:${path}`], { env: indexEnv });
        if (fresh.code === 0) after.set(path, fresh.stdout);
      }
      const diff = await this.git(["diff", "--cached", ...DIFF_OPTIONS, parent, "--"], indexEnv);
      return { before, after, diff };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The remote branch's commit, or undefined when it does not exist. */
  async remoteBranch(branch: string): Promise<string | undefined> {
    const out = await this.git(["ls-remote", "--heads", this.remote, `refs/heads/${branch}`], await this.authEnv());
    return out.split(/\s+/)[0] || undefined;
  }

  /**
   * Is every commit on the remote branch that the agent branch lacks one of ours? Fetches the
   * branch into a private ref to look. A branch with anyone else's commits is never overwritten.
   */
  async onlyOurCommits(branch: string, agentHead: string): Promise<boolean> {
    const ref = `refs/bandit-gate/inspect/${branch}`;
    await this.git(["fetch", "--no-tags", "--quiet", this.remote, `+refs/heads/${branch}:${ref}`], await this.authEnv());
    const log = await this.git(["log", "--format=%B%x00", ref, "--not", agentHead]);
    await this.git(["update-ref", "-d", ref]);
    const messages = log.split("\0").map((m) => m.trim()).filter(Boolean);
    return messages.every((m) => m.split("\n").includes(FIX_TRAILER));
  }

  /** Push `commit` to the branch; `expected` guards against a push racing ours (lease). */
  async push(commit: string, branch: string, expected: string | undefined): Promise<void> {
    const lease = `--force-with-lease=refs/heads/${branch}:${expected ?? ""}`;
    await this.git(["push", "--quiet", lease, this.remote, `${commit}:refs/heads/${branch}`], await this.authEnv());
  }

  /**
   * The token as `http.<server>/.extraheader`, through GIT_CONFIG_* variables: nothing is written
   * to the repository's config (so nothing must be removed afterwards) and nothing appears in
   * a command line. When actions/checkout already persisted credentials, they are used instead.
   */
  private async authEnv(): Promise<NodeJS.ProcessEnv> {
    if (!this.auth.token) return {};
    const key = `http.${this.auth.serverUrl.replace(/\/+$/, "")}/.extraheader`;
    const persisted = await this.repo.exec(["config", "--get-all", key]);
    // Two Authorization headers make GitHub refuse the push: keep checkout's when it set one.
    if (persisted.code === 0 && persisted.stdout.trim() !== "") return {};
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${this.auth.token}`).toString("base64")}`;
    return {
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: header,
    };
  }

  private async git(args: string[], extraEnv: NodeJS.ProcessEnv = {}, input?: string): Promise<string> {
    // The one git wrapper (git.ts) runs it, in the repository, with its environment.
    const result = await this.repo.exec(args, { env: extraEnv, ...(input !== undefined ? { input } : {}) });
    if (result.code !== 0) {
      // Git may echo a remote URL; scrub anything that looks like the token before it travels.
      const said = lastMeaningfulLine(result.stderr) || "no message";
      const safe = this.auth.token ? said.split(this.auth.token).join("***") : said;
      throw new Error(`git ${args[0]} failed (exit ${result.code}): ${safe}`);
    }
    return result.stdout;
  }
}

/** The patch does not apply to the commit it claims to be for. */
export class PatchDoesNotApply extends Error {
  override name = "PatchDoesNotApply";
}
