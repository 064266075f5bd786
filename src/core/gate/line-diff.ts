import type { Hunk } from "./hunks.js";

/** Above this many lines on each side (after common ends are trimmed) the middle is one hunk. */
const MAX_TABLE_CELLS = 4_000_000;

/**
 * `git diff -U0`'s hunks between two texts, for files git's own diff cannot speak of line by
 * line: a notebook's extracted Python. A longest common subsequence of lines, so an unchanged
 * line maps to its baseline line through `lineAtBaseline` as with git's hunks.
 */
export function lineHunks(oldText: string, newText: string): Hunk[] {
  const a = toLines(oldText);
  const b = toLines(newText);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || n * m > MAX_TABLE_CELLS) return [hunk(start, n, start, m)];
  // lcs[i][j]: common lines of a[start+i..endA) and b[start+j..endB), in one flat table.
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[start + i] === b[start + j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: { i: number; j: number } | undefined;
  const close = () => {
    if (open) hunks.push(hunk(start + open.i, i - open.i, start + open.j, j - open.j));
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      close();
      i++;
      j++;
    } else {
      open ??= { i, j };
      if (j < m && (i === n || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) j++;
      else i++;
    }
  }
  close();
  return hunks;
}

/** A hunk from 0-based offsets and counts, numbered as git numbers them (an empty side: the line before). */
function hunk(oldOffset: number, oldCount: number, newOffset: number, newCount: number): Hunk {
  return {
    oldStart: oldCount === 0 ? oldOffset : oldOffset + 1,
    oldCount,
    newStart: newCount === 0 ? newOffset : newOffset + 1,
    newCount,
  };
}

function toLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
