import { lineAtBaseline, type Hunk } from "./hunks.js";

/**
 * Which commit of a branch introduced a line: `git blame --porcelain`, limited to the branch
 * (`^baseline`), read here. Lines older than the branch come back as "boundary" lines.
 */

export interface BlamedLine {
  /** Full commit id; all zeros for a line that is not committed yet. */
  commit: string;
  summary: string;
  /** The line is older than the branch (the commit is the baseline or before it). */
  boundary: boolean;
  /** Committer time, seconds: orders the commits of one finding's lines. */
  time: number;
}

/** The commit a regression's line came from, as reports show it. `commit: null`: not committed yet. */
export interface IntroducedIn {
  commit: string | null;
  summary: string;
}

export const NOT_COMMITTED = "0".repeat(40);

/** `--porcelain` output -> one entry per line of the final file (index 0 is line 1). */
export function parsePorcelainBlame(output: string): BlamedLine[] {
  const commits = new Map<string, { summary: string; boundary: boolean; time: number }>();
  const lines: BlamedLine[] = [];
  let current: { commit: string; finalLine: number } | undefined;
  for (const record of output.split("\n")) {
    if (record.startsWith("\t")) {
      if (!current) continue;
      const info = commits.get(current.commit) ?? { summary: "", boundary: false, time: 0 };
      lines[current.finalLine - 1] = { commit: current.commit, ...info };
      current = undefined;
      continue;
    }
    const header = /^([0-9a-f]{40}) \d+ (\d+)(?: \d+)?$/.exec(record);
    if (header) {
      const commit = header[1] as string;
      current = { commit, finalLine: Number(header[2]) };
      if (!commits.has(commit)) commits.set(commit, { summary: "", boundary: false, time: 0 });
      continue;
    }
    if (!current) continue;
    const info = commits.get(current.commit);
    if (!info) continue;
    if (record.startsWith("summary ")) info.summary = record.slice("summary ".length);
    else if (record === "boundary") info.boundary = true;
    else if (record.startsWith("committer-time ")) info.time = Number(record.slice("committer-time ".length));
  }
  return lines;
}

/**
 * The branch commit behind a finding that spans `lineRange`: the latest of its lines' commits
 * (an uncommitted line is the latest of all). Undefined when every line is older than the branch
 * (the finding changed because of something else, such as an escalated rating).
 */
export function introducedIn(blame: readonly BlamedLine[], lineRange: readonly number[]): IntroducedIn | undefined {
  let best: BlamedLine | undefined;
  for (const line of lineRange) {
    const blamed = blame[line - 1];
    if (!blamed || blamed.boundary) continue;
    if (blamed.commit === NOT_COMMITTED) return { commit: null, summary: "not committed yet" };
    if (!best || blamed.time > best.time) best = blamed;
  }
  return best ? { commit: best.commit, summary: best.summary } : undefined;
}

/** `1a2b3c4 agent: add export`, or `not committed yet`. */
export function describeIntroducedIn(introduced: IntroducedIn): string {
  return introduced.commit === null ? "not committed yet" : `${introduced.commit.slice(0, 7)} ${introduced.summary}`;
}

/**
 * A branch of one commit on top of the baseline: its lines are the diff's added lines, so a
 * finding is that commit's when any of its lines is inside a hunk (no blame needed), and older
 * than the branch otherwise: the lines `lineAtBaseline` cannot place at the baseline.
 */
export function addedByTheDiff(hunks: readonly Hunk[], lineRange: readonly number[]): boolean {
  return lineRange.some((line) => lineAtBaseline(hunks, line) === undefined);
}
