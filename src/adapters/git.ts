import { isAscii } from "node:buffer";
import { isAbsolute, resolve } from "node:path";
import { ConfigurationError } from "../core/errors.js";
import { normalisePath, quoteGitPath, unquoteGitPathBytes, unreadablePathReason } from "../core/gate/paths.js";
import { lastMeaningfulLine, runCommand, CommandNotFoundError } from "./process.js";

import { parseHunkHeader, parseUnifiedHunks, type Hunk } from "../core/gate/hunks.js";
import { BRANCH_COMMITS_FORMAT, BRANCH_PATCHES_FORMAT } from "../core/gate/line-owners.js";

export type ChangeStatus = "A" | "M" | "D" | "R" | "C" | "T" | "U" | "X";

export interface ChangedPath {
  status: ChangeStatus;
  path: string;
  /** For renames and copies: the path at the baseline. */
  oldPath?: string;
  /** The head side's git mode (`100644`, `100755`, `120000` link, `160000` submodule); only from `diffAllModes`. */
  mode?: string;
}

/** A path git listed that cannot be handed on intact: as git quotes it, and why. */
export interface UnreadablePath {
  quoted: string;
  reason: string;
}

/** What the head side of a diff is: a commit, the working tree, or the index (staged content). */
export type HeadSide = { kind: "commit"; ref: string } | { kind: "worktree" } | { kind: "index" };

/**
 * Git, run as a program in one repository. Read-only except for `fetch`. Hooks run with
 * GIT_DIR, GIT_INDEX_FILE and friends set, sometimes as relative paths; they are made absolute
 * once here so that git invoked from anywhere reads the same repository and index.
 */
export class Git {
  private readonly env: NodeJS.ProcessEnv;

  /**
   * Paths the listings below met that cannot be passed on intact (not UTF-8, a newline in the
   * name), keyed by the name they are listed under (invalid bytes replaced by U+FFFD). Such a
   * name reaches neither `git cat-file --batch` nor the file system as the same file, so a
   * caller about to judge one must fail rather than find nothing to scan.
   */
  readonly unreadable = new Map<string, UnreadablePath>();

  constructor(
    readonly root: string,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.env = absolutiseGitEnv(env, root);
  }

  /** The top level of the work tree containing `cwd`, or a ConfigurationError. */
  static async open(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Git> {
    // Relative to where we were started (`cwd`), not to the top level found below: they differ
    // when bandit-gate runs in a subdirectory with GIT_DIR or GIT_INDEX_FILE set relative to it.
    const pinned = absolutiseGitEnv(env, cwd);
    const result = await runGit(["rev-parse", "--show-toplevel"], cwd, pinned);
    if (result.code !== 0) {
      throw new ConfigurationError(
        `${cwd} is not inside a git repository (${lastMeaningfulLine(result.stderr)}); run bandit-gate from your repository's work tree`,
      );
    }
    return new Git(result.stdout.trim(), pinned);
  }

  /** Run git in the repository; `env` adds to the repository's environment (an index file, an identity). */
  async exec(args: readonly string[], options: GitExecOptions = {}) {
    return runGit(args, this.root, options.env ? { ...this.env, ...options.env } : this.env, options);
  }

  /** Run git and throw with git's own last line when it fails. */
  async execOk(args: readonly string[], options: GitExecOptions = {}) {
    const result = await this.exec(args, options);
    if (result.code !== 0) {
      throw new GitError(`git ${args[0]} failed (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || "no message"}`);
    }
    return result;
  }

  /** The commit a ref names, or undefined. */
  async tryResolveCommit(ref: string): Promise<string | undefined> {
    const result = await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async tryMergeBase(a: string, b: string): Promise<string | undefined> {
    const result = await this.exec(["merge-base", a, b]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  async isShallow(): Promise<boolean> {
    const result = await this.exec(["rev-parse", "--is-shallow-repository"]);
    return result.stdout.trim() === "true";
  }

  async hasRemote(name: string): Promise<boolean> {
    const result = await this.exec(["remote"]);
    return result.stdout.split(/\r?\n/).includes(name);
  }

  /** `refs/remotes/origin/HEAD` -> `origin/main`, when the clone recorded it. */
  async tryRemoteHead(remote: string): Promise<string | undefined> {
    const result = await this.exec(["symbolic-ref", "--quiet", "--short", `refs/remotes/${remote}/HEAD`]);
    return result.code === 0 ? result.stdout.trim() : undefined;
  }

  /** Fetch; returns false (not throwing) when the remote refuses, so callers can fall back. */
  async tryFetch(args: readonly string[]): Promise<boolean> {
    const result = await this.exec(["fetch", "--no-tags", "--quiet", ...args]);
    return result.code === 0;
  }

  /**
   * Changed paths between a baseline commit and the head side, renames tracked. Symbolic links
   * and submodules are left out: their "content" is a path or a commit, not code.
   */
  async diffNameStatus(base: string, head: HeadSide): Promise<ChangedPath[]> {
    const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-M", "-z"];
    if (head.kind === "index") args.push("--cached", base);
    else if (head.kind === "worktree") args.push(base);
    else args.push(base, head.ref);
    args.push("--");
    return parseRawDiff(this.decodeListing((await this.execOk(args)).stdoutBuffer));
  }

  /**
   * Like diffNameStatus, but symbolic links and submodules are kept, and every change carries
   * its head-side mode: for what the gate cannot scan, and for the gate's own files (a workflow
   * replaced by a link is still a change to it).
   */
  async diffAllModes(base: string, head: HeadSide): Promise<ChangedPath[]> {
    const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--raw", "--no-abbrev", "-M", "-z"];
    if (head.kind === "index") args.push("--cached", base);
    else if (head.kind === "worktree") args.push(base);
    else args.push(base, head.ref);
    args.push("--");
    return parseRawDiff(this.decodeListing((await this.execOk(args)).stdoutBuffer), true);
  }

  /**
   * `git diff -U0` hunks per head path, renames paired as in diffNameStatus. Pass both paths of
   * a rename: git pairs only what the pathspec lets it see.
   */
  async diffHunks(base: string, head: HeadSide, paths: readonly string[]): Promise<Map<string, Hunk[]>> {
    if (paths.length === 0) return new Map();
    // --text: a branch's .gitattributes saying `*.py binary` must not hide its hunks; and hunks
    // apart stay apart whatever diff.interHunkContext says (the in-place step keys on them).
    const args = ["-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--text", "--inter-hunk-context=0", "--no-color", "-U0", "-M", "--src-prefix=a/", "--dst-prefix=b/"];
    if (head.kind === "index") args.push("--cached", base);
    else if (head.kind === "worktree") args.push(base);
    else args.push(base, head.ref);
    args.push("--", ...paths.map((p) => `:(literal)${p}`));
    const output = (await this.execOk(args)).stdout;
    return parseUnifiedHunks(output, (header) => {
      const path = unquoteGitPath(header.replace(/\t.*$/, ""));
      return path.startsWith("b/") ? normalisePath(path.slice(2)) : undefined;
    });
  }

  /**
   * `git diff -U0` hunks between two files outside the index (`--no-index`), with the same options
   * and this repository's configuration as diffHunks, so a rewritten file's hunks are those the
   * gate will see once it is committed. Exit 1 means "they differ".
   */
  async diffFileHunks(before: string, after: string): Promise<Hunk[]> {
    const args = ["-c", "core.quotepath=off", "diff", "--no-index", "--no-ext-diff", "--no-textconv", "--no-color", "--text", "--inter-hunk-context=0", "-U0", "--", before, after];
    const result = await this.exec(args);
    if (result.code > 1) throw new GitError(`git diff --no-index failed (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || "no message"}`);
    const hunks: Hunk[] = [];
    for (const line of result.stdout.split("\n")) {
      const hunk = line.startsWith("@@ ") ? parseHunkHeader(line) : undefined;
      if (hunk) hunks.push(hunk);
    }
    return hunks;
  }

  /** baseline..head and the baseline itself (`--boundary`), read by `parseBranchCommits`. */
  async branchCommits(since: string, head: string): Promise<string> {
    const args = ["log", "-z", "--boundary", "--no-color", "--no-show-signature", `--format=${BRANCH_COMMITS_FORMAT}`, `${since}..${head}`, "--"];
    return (await this.execOk(args)).stdout;
  }

  /**
   * Every commit's patch in baseline..head, oldest first, read by `parseBranchPatches`: git's own
   * diff of each commit against its parent, with the rename detection `git blame` uses. No
   * pathspec: git pairs a rename only when it sees both paths.
   */
  async branchPatches(since: string, head: string): Promise<string> {
    const args = [
      "-c", "core.quotePath=false", "log", "--reverse", "-p", "-U0", "--inter-hunk-context=0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", "--no-relative",
      "--no-show-signature", "--src-prefix=a/", "--dst-prefix=b/", `--format=${BRANCH_PATCHES_FORMAT}`, `${since}..${head}`, "--",
    ];
    return (await this.execOk(args)).stdout;
  }

  /** Untracked files that are not ignored (new files in a work tree). */
  async untrackedFiles(): Promise<string[]> {
    const result = await this.execOk(["ls-files", "-z", "--others", "--exclude-standard"]);
    return splitZ(this.decodeListing(result.stdoutBuffer)).map(normalisePath);
  }

  /** Every tracked path at a commit, or in the index when `ref` is undefined. */
  async listFiles(ref?: string): Promise<string[]> {
    const result = ref
      ? await this.execOk(["ls-tree", "-r", "-z", "--name-only", "--full-tree", ref])
      : await this.execOk(["ls-files", "-z", "--cached"]);
    return splitZ(this.decodeListing(result.stdoutBuffer)).map(normalisePath);
  }

  /** Blob ids of paths in the index (`git ls-files -s`). */
  async indexBlobIds(): Promise<Map<string, string>> {
    const result = await this.execOk(["ls-files", "-z", "-s"]);
    const ids = new Map<string, string>();
    for (const record of splitZ(result.stdout)) {
      const match = /^\d+ ([0-9a-f]+) 0\t(.*)$/s.exec(record);
      if (match?.[1] && match[2]) ids.set(normalisePath(match[2]), match[1]);
    }
    return ids;
  }

  /** Blob ids of every file in a commit's tree (`git ls-tree -r`). */
  async treeBlobIds(ref: string): Promise<Map<string, string>> {
    const result = await this.execOk(["ls-tree", "-r", "-z", "--full-tree", ref]);
    const ids = new Map<string, string>();
    for (const record of splitZ(result.stdout)) {
      const match = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(record);
      if (match?.[1] && match[2]) ids.set(normalisePath(match[2]), match[1]);
    }
    return ids;
  }

  /**
   * `git blame --porcelain` of one file at the head side, limited to commits after `since` (the
   * baseline; undefined: the whole history). For the working tree or the index the head's content
   * is passed in (`--contents -`) and its changed lines come back as not committed yet. Undefined
   * when git cannot blame the path (not in HEAD, say).
   */
  async tryBlame(path: string, head: HeadSide, since: string | undefined, contents?: Buffer): Promise<string | undefined> {
    // Without the staged content there is nothing to blame; the working tree git can read itself.
    if (head.kind === "index" && contents === undefined) return undefined;
    const piped = head.kind !== "commit" && contents !== undefined;
    const args = ["blame", "--porcelain"];
    if (piped) args.push("--contents", "-");
    if (since) args.push(`^${since}`);
    if (head.kind === "commit") args.push(head.ref);
    args.push("--", path);
    const result = await this.exec(args, piped ? { input: contents } : {});
    return result.code === 0 ? result.stdout : undefined;
  }

  /** NUL-separated git output decoded field by field, each path that cannot be passed on recorded in `unreadable`. */
  private decodeListing(output: Buffer): string {
    // The common case, every name plain ASCII: nothing to check name by name.
    if (isAscii(output) && !output.includes(0x0a) && !output.includes(0x5c)) return output.toString("latin1");
    const fields: string[] = [];
    for (let start = 0; start < output.length; ) {
      const end = output.indexOf(0, start);
      const raw = output.subarray(start, end === -1 ? output.length : end);
      const text = raw.toString("utf8");
      const reason = unreadablePathReason(raw);
      if (reason) this.unreadable.set(normalisePath(text), { quoted: quoteGitPath(raw), reason });
      fields.push(text);
      start = end === -1 ? output.length : end + 1;
    }
    return fields.join("\0");
  }

  /**
   * Read many objects in one `git cat-file --batch`: `commit:path` or `:path` (index) specs.
   * Missing objects map to undefined.
   */
  async readObjects(specs: readonly string[]): Promise<Map<string, { id: string; content: Buffer } | undefined>> {
    const out = new Map<string, { id: string; content: Buffer } | undefined>();
    if (specs.length === 0) return out;
    for (const spec of specs) {
      if (spec.includes("\n")) throw new GitError(`cannot read a path containing a newline: ${JSON.stringify(spec)}`);
    }
    const result = await this.execOk(["cat-file", "--batch"], { input: `${specs.join("\n")}\n`, binary: true });
    const buffer = result.stdoutBuffer;
    let offset = 0;
    for (const spec of specs) {
      const newline = buffer.indexOf(0x0a, offset);
      if (newline === -1) throw new GitError("git cat-file --batch ended early");
      const header = buffer.subarray(offset, newline).toString("utf8");
      offset = newline + 1;
      const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
      if (!match) {
        out.set(spec, undefined);
        continue;
      }
      const size = Number(match[3]);
      out.set(spec, { id: match[1] as string, content: Buffer.from(buffer.subarray(offset, offset + size)) });
      offset += size + 1;
    }
    return out;
  }
}

/** Undo git's C-style quoting of a path (`"b/a\\tb"`), octal escapes being UTF-8 bytes. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  return Buffer.from(unquoteGitPathBytes(text)).toString("utf8");
}

export interface GitExecOptions {
  input?: string | Buffer;
  binary?: boolean;
  env?: NodeJS.ProcessEnv;
}

/**
 * git's unified diff of two files outside any repository (`git diff --no-index`), with the
 * user's and the system's git configuration neutralised so that the diff always applies.
 * Exit 1 means "they differ"; anything above is a failure.
 */
export async function diffFilesNoIndex(cwd: string, before: string, after: string): Promise<string> {
  const result = await runGit(
    ["-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "diff", "--no-index", "--no-color", "--no-ext-diff", "--text", "--no-prefix", "--", before, after],
    cwd,
    { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" },
  );
  if (result.code > 1) throw new GitError(`git diff --no-index failed (${result.code}): ${result.stderr.trim()}`);
  return result.stdout;
}

export class GitError extends Error {
  override name = "GitError";
}

async function runGit(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  options: GitExecOptions = {},
) {
  try {
    return await runCommand("git", args, { cwd, input: options.input, binary: options.binary, env: { ...env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" } });
  } catch (error) {
    if (error instanceof CommandNotFoundError) {
      throw new ConfigurationError("git was not found on PATH; install git (e.g. `apt-get install git`) and try again");
    }
    throw error;
  }
}

const PATH_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"];

/** Relative GIT_* paths are relative to where the hook started: pin them before we change cwd. */
export function absolutiseGitEnv(env: NodeJS.ProcessEnv, base: string): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of PATH_VARIABLES) {
    const value = copy[name];
    if (value && !isAbsolute(value)) copy[name] = resolve(base, value);
  }
  return copy;
}

/** Regular files only: a symbolic link (120000) or a submodule (160000) holds no code to scan. */
const FILE_MODES = new Set(["100644", "100755"]);

/** `git diff --raw -z`: `:<old mode> <new mode> <old id> <new id> <status>` then one or two paths. */
export function parseRawDiff(output: string, allModes = false): ChangedPath[] {
  const fields = output.split("\0");
  const changes: ChangedPath[] = [];
  for (let i = 0; i < fields.length; ) {
    const header = fields[i] ?? "";
    if (!header.startsWith(":")) {
      i += 1;
      continue;
    }
    const [, newMode = "", , , status = ""] = header.slice(1).split(" ");
    const letter = status[0] as ChangeStatus;
    const twoPaths = letter === "R" || letter === "C";
    const first = normalisePath(fields[i + 1] ?? "");
    const second = twoPaths ? normalisePath(fields[i + 2] ?? "") : undefined;
    i += twoPaths ? 3 : 2;
    if (!allModes && letter !== "D" && !FILE_MODES.has(newMode)) continue;
    const change: ChangedPath = second !== undefined ? { status: letter, path: second, oldPath: first } : { status: letter, path: first };
    if (allModes) change.mode = newMode;
    changes.push(change);
  }
  return changes;
}

function splitZ(text: string): string[] {
  return text.split("\0").filter((s) => s !== "");
}
