import type { BlamedLine } from "./blame.js";
import { parseHunkHeader, type Hunk } from "./hunks.js";
import { unquoteGitPathBytes, unreadablePathReason } from "./paths.js";

/**
 * Who wrote each line at the head of a linear branch, from one `git log -p -U0` of the branch
 * instead of one `git blame` per file: the patches are replayed forward, commit by commit, over
 * the baseline's lines (which stay "boundary", as blame calls them). Every step is git's own
 * diff of a commit against its only parent, the same diff blame walks backwards, so the owners
 * are blame's.
 */

/** One commit of `git log --boundary -z --format=%m %H %P%n%ct%n%B`: `-` marks the baseline side. */
export interface LoggedCommit {
  commit: string;
  parents: string[];
  /** Committer time, seconds. */
  time: number;
  /** The first line of the message, as `git blame` gives it. */
  summary: string;
  boundary: boolean;
}

/** The `--format` whose output `parseBranchCommits` reads (with `-z` and `--boundary`). */
export const BRANCH_COMMITS_FORMAT = "%m %H %P%n%ct%n%B";
/** The `--format` marking each commit's patch in the output `parseBranchPatches` reads. */
export const BRANCH_PATCHES_FORMAT = "%x00%H";

export function parseBranchCommits(output: string): LoggedCommit[] | undefined {
  const commits: LoggedCommit[] = [];
  for (const record of output.split("\0")) {
    const text = record.replace(/^\n+/, "");
    if (text === "") continue;
    const match = /^([<>\-|^]) ([0-9a-f]{40,64})((?: [0-9a-f]{40,64})*) ?\n(\d+)\n([^]*)$/.exec(text);
    if (!match) return undefined;
    commits.push({
      commit: match[2] as string,
      parents: (match[3] as string).split(" ").filter(Boolean),
      time: Number(match[4]),
      summary: ((match[5] as string).split("\n")[0] ?? "").trim(),
      boundary: match[1] === "-",
    });
  }
  return commits;
}

/**
 * The branch's commits oldest first, and the baseline, when baseline..head is one line of
 * commits with one parent each on top of `baseline`; undefined otherwise (a merge anywhere).
 */
export function linearBranch(logged: readonly LoggedCommit[], baseline: string): { baseline: LoggedCommit; commits: LoggedCommit[] } | undefined {
  const boundary = logged.filter((c) => c.boundary);
  const base = boundary[0];
  if (boundary.length !== 1 || !base || base.commit !== baseline) return undefined;
  const newestFirst = logged.filter((c) => !c.boundary);
  if (newestFirst.length === 0) return undefined;
  for (let i = 0; i < newestFirst.length; i += 1) {
    const commit = newestFirst[i] as LoggedCommit;
    const parent = i + 1 < newestFirst.length ? (newestFirst[i + 1] as LoggedCommit).commit : baseline;
    if (commit.parents.length !== 1 || commit.parents[0] !== parent) return undefined;
  }
  return { baseline: base, commits: newestFirst.reverse() };
}

/** One file's part of a commit's patch. `from` undefined: added; `to` undefined: deleted. */
export interface FilePatch {
  from?: string;
  to?: string;
  hunks: Hunk[];
  /** A binary file, a copy, or hunks whose lines do not add up: its lines cannot be placed. */
  unplaceable: boolean;
  /** Paths the patch names that cannot be read back as the gate spells them (not UTF-8, ...). */
  uncertain: string[];
}

/** One commit's file patches, in the order of the commits `git log --reverse -p` printed. */
export interface CommitPatch {
  commit: string;
  files: FilePatch[];
}

/**
 * `git log --reverse -p -U0 -M --format=%x00%H` (paths unquoted as far as git allows, prefixes
 * `a/` and `b/`) -> per commit, per file. Undefined when the output cannot be read as patches:
 * a file whose name cannot be found at all could be any file.
 */
export function parseBranchPatches(output: string): CommitPatch[] | undefined {
  const parts = output.split(/(?:^|\n)\0(?=[0-9a-f]{40,64}\n)/);
  if ((parts[0] ?? "").trim() !== "") return undefined;
  const commits: CommitPatch[] = [];
  for (const part of parts.slice(1)) {
    const newline = part.indexOf("\n");
    const files = parseCommitPatch(part.slice(newline + 1).split("\n"));
    if (!files) return undefined;
    commits.push({ commit: part.slice(0, newline), files });
  }
  return commits;
}

function parseCommitPatch(lines: readonly string[]): FilePatch[] | undefined {
  const files: FilePatch[] = [];
  let i = 0;
  while (i < lines.length && lines[i] === "") i += 1;
  while (i < lines.length) {
    const first = lines[i] as string;
    if (first === "") {
      i += 1;
      continue;
    }
    if (!first.startsWith("diff --git ")) return undefined;
    i += 1;
    const names = headerNames(first.slice("diff --git ".length));
    let from: string | undefined;
    let to: string | undefined;
    let added = false;
    let deleted = false;
    let unplaceable = false;
    const uncertain: string[] = [];
    const hunks: Hunk[] = [];
    const read = (quoted: string, prefix: string | undefined): string | undefined => {
      const path = readPath(quoted, prefix);
      if (path && !path.certain) uncertain.push(path.path);
      return path?.path;
    };
    // Extended headers up to the first hunk.
    for (; i < lines.length; i += 1) {
      const line = lines[i] as string;
      if (line.startsWith("diff --git ") || line.startsWith("@@ ")) break;
      if (line.startsWith("rename from ")) from = read(line.slice("rename from ".length), undefined);
      else if (line.startsWith("rename to ")) to = read(line.slice("rename to ".length), undefined);
      else if (line.startsWith("new file mode ")) added = true;
      else if (line.startsWith("deleted file mode ")) deleted = true;
      else if (line.startsWith("--- ")) from = line === "--- /dev/null" ? from : read(line.slice(4).replace(/\t$/, ""), "a/");
      else if (line.startsWith("+++ ")) to = line === "+++ /dev/null" ? to : read(line.slice(4).replace(/\t$/, ""), "b/");
      else if (line.startsWith("Binary files ") || line.startsWith("GIT binary patch") || line.startsWith("copy ")) unplaceable = true;
      else if (line === "") continue;
      else if (!/^(index|similarity index|dissimilarity index|old mode|new mode) /.test(line)) unplaceable = true;
    }
    // Hunks: exactly as many removed and added lines as each header says.
    while (i < lines.length && (lines[i] as string).startsWith("@@ ")) {
      const hunk = parseHunkHeader(lines[i] as string);
      i += 1;
      if (!hunk) return undefined;
      let minus = 0;
      let plus = 0;
      for (; i < lines.length && (minus < hunk.oldCount || plus < hunk.newCount || lines[i]?.startsWith("\\")); i += 1) {
        const line = lines[i] as string;
        if (line.startsWith("-") && minus < hunk.oldCount) minus += 1;
        else if (line.startsWith("+") && plus < hunk.newCount) plus += 1;
        else if (!line.startsWith("\\")) return undefined;
      }
      if (minus !== hunk.oldCount || plus !== hunk.newCount) return undefined;
      hunks.push(hunk);
    }
    if (names && !from && !added) from = names.certain ? names.path : (uncertain.push(names.path), names.path);
    if (names && !to && !deleted) to = names.certain ? names.path : (uncertain.push(names.path), names.path);
    if (added) from = undefined;
    if (deleted) to = undefined;
    if (from === undefined && to === undefined) return undefined;
    files.push({ ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), hunks, unplaceable, uncertain });
  }
  return files;
}

/** The one path of `a/X b/X` (git names a file the same on both sides unless it is renamed). */
function headerNames(header: string): { path: string; certain: boolean } | undefined {
  if (header.startsWith('"')) {
    const end = closingQuote(header);
    if (end < 0) return undefined;
    return readPath(header.slice(0, end + 1), "a/");
  }
  if (header.length % 2 === 0) return undefined;
  const half = (header.length - 1) / 2;
  const a = header.slice(0, half);
  if (header[half] !== " " || header.slice(half + 1) !== `b/${a.slice(2)}` || !a.startsWith("a/")) return undefined;
  return { path: a.slice(2), certain: true };
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** A path as the gate spells it, and whether that spelling names exactly the bytes git printed. */
function readPath(spelled: string, prefix: string | undefined): { path: string; certain: boolean } | undefined {
  const bytes = spelled.startsWith('"') ? unquoteGitPathBytes(spelled) : Buffer.from(spelled, "utf8");
  let text = Buffer.from(bytes).toString("utf8");
  if (prefix !== undefined) {
    if (!text.startsWith(prefix)) return undefined;
    text = text.slice(prefix.length);
  }
  return { path: text, certain: unreadablePathReason(bytes) === undefined };
}

/** What the replay knows of one file: each line's owner (a commit index, BOUNDARY for the baseline's). */
interface FileLines {
  owners: number[];
  /** Added in the branch: `owners` is the whole file. Otherwise lines past its end are the baseline's. */
  whole: boolean;
}

const BOUNDARY = -1;

/**
 * Replay the branch's patches over the baseline and give, for each wanted head path (with its
 * number of lines), the `BlamedLine[]` that `git blame --porcelain ^baseline head` would give.
 * A path is left out (to be blamed) when a patch on its way cannot be placed or named, or when the
 * replay and the file's length disagree.
 */
export function replayLineOwners(
  branch: { baseline: LoggedCommit; commits: readonly LoggedCommit[] },
  patches: readonly CommitPatch[],
  wanted: ReadonlyMap<string, number>,
): Map<string, BlamedLine[]> {
  const out = new Map<string, BlamedLine[]>();
  if (patches.length !== branch.commits.length || patches.some((p, i) => p.commit !== branch.commits[i]?.commit)) return out;
  let files = new Map<string, FileLines | "unknown">();
  const tainted = new Set<string>();
  patches.forEach((patch, index) => {
    const next = new Map(files);
    const written = new Map<string, FileLines | "unknown">();
    for (const file of patch.files) {
      for (const path of file.uncertain) tainted.add(path);
      if (file.from !== undefined && file.to !== file.from) next.delete(file.from);
      if (file.to === undefined) continue;
      const before = file.from === undefined ? { owners: [], whole: true } : (files.get(file.from) ?? { owners: [], whole: false });
      written.set(file.to, before === "unknown" || file.unplaceable ? "unknown" : (applyHunks(before, file.hunks, index) ?? "unknown"));
    }
    for (const [path, lines] of written) next.set(path, lines);
    files = next;
  });
  // One entry per commit, shared by all its lines: nothing changes them.
  const entry = (commit: LoggedCommit, boundary: boolean): BlamedLine => ({ commit: commit.commit, summary: commit.summary, boundary, time: commit.time });
  const byOwner = branch.commits.map((c) => entry(c, false));
  const boundaryLine = entry(branch.baseline, true);
  const line = (owner: number): BlamedLine => (owner === BOUNDARY ? boundaryLine : (byOwner[owner] as BlamedLine));
  for (const [path, count] of wanted) {
    if (tainted.has(path)) continue;
    const lines = files.get(path) ?? { owners: [], whole: false };
    if (lines === "unknown" || lines.owners.length > count || (lines.whole && lines.owners.length !== count)) continue;
    const owners = [...lines.owners, ...new Array<number>(count - lines.owners.length).fill(BOUNDARY)];
    out.set(path, owners.map(line));
  }
  return out;
}

/** One file's owners after one commit's hunks (sorted, in old and new line numbers); undefined when they do not fit. */
function applyHunks(before: FileLines, hunks: readonly Hunk[], owner: number): FileLines | undefined {
  const old = before.owners;
  const result: number[] = [];
  let at = 0;
  const copyTo = (end: number): boolean => {
    if (end > old.length && before.whole) return false;
    for (; at < end; at += 1) result.push(at < old.length ? (old[at] as number) : BOUNDARY);
    return true;
  };
  for (const hunk of hunks) {
    // A pure insertion (`-n,0`) goes after old line n; a pure deletion (`+n,0`) after new line n.
    const oldIndex = hunk.oldCount > 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newIndex = hunk.newCount > 0 ? hunk.newStart - 1 : hunk.newStart;
    if (oldIndex < at || !copyTo(oldIndex) || result.length !== newIndex) return undefined;
    if (before.whole && oldIndex + hunk.oldCount > old.length) return undefined;
    at = oldIndex + hunk.oldCount;
    for (let k = 0; k < hunk.newCount; k += 1) result.push(owner);
  }
  // Past the end of what is known, the baseline's lines go on (unless the file is all known).
  for (; at < old.length; at += 1) result.push(old[at] as number);
  return { owners: result, whole: before.whole };
}
