/** One hunk of `git diff -U0`: `@@ -oldStart,oldCount +newStart,newCount @@`. */
export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
}

/** Parse the hunk headers of one file's `git diff -U0` output. */
export function parseHunkHeader(line: string): Hunk | undefined {
  const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
  if (!match) return undefined;
  return {
    oldStart: Number(match[1]),
    oldCount: match[2] === undefined ? 1 : Number(match[2]),
    newStart: Number(match[3]),
    newCount: match[4] === undefined ? 1 : Number(match[4]),
  };
}

/**
 * The baseline line a head line stood on, when the diff left it unchanged; undefined when the
 * line is inside a hunk (added or edited).
 */
export function lineAtBaseline(hunks: readonly Hunk[], line: number): number | undefined {
  let shift = 0;
  for (const hunk of hunks) {
    if (hunk.newCount > 0 && line >= hunk.newStart && line < hunk.newStart + hunk.newCount) return undefined;
    // A pure deletion (`+n,0`) sits after head line n.
    const before = hunk.newCount > 0 ? hunk.newStart + hunk.newCount - 1 < line : hunk.newStart < line;
    if (before) shift += hunk.oldCount - hunk.newCount;
  }
  return line + shift;
}

/** Do a head statement and a baseline statement both touch this hunk (its new and old lines)? */
export function touchesHunk(
  hunk: Hunk,
  head: { start: number; end: number },
  base: { start: number; end: number },
): boolean {
  const overlaps = (start: number, count: number, span: { start: number; end: number }) =>
    count > 0 && span.start <= start + count - 1 && start <= span.end;
  return overlaps(hunk.newStart, hunk.newCount, head) && overlaps(hunk.oldStart, hunk.oldCount, base);
}

/**
 * Split `git diff -U0 --no-color` output into hunks per new path. `pathOf` turns the text after
 * `+++ ` into a repository path (or undefined for /dev/null).
 */
export function parseUnifiedHunks(output: string, pathOf: (header: string) => string | undefined): Map<string, Hunk[]> {
  const out = new Map<string, Hunk[]>();
  let current: Hunk[] | undefined;
  for (const line of output.split("\n")) {
    if (line.startsWith("diff --git ")) current = undefined;
    else if (line.startsWith("+++ ") && current === undefined) {
      const path = pathOf(line.slice(4));
      current = path === undefined ? [] : (out.get(path) ?? []);
      if (path !== undefined) out.set(path, current);
    } else if (line.startsWith("@@ ") && current) {
      const hunk = parseHunkHeader(line);
      if (hunk) current.push(hunk);
    }
  }
  return out;
}
