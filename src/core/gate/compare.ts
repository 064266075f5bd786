import type { Finding, Level } from "./finding.js";
import type { Fingerprinted } from "./fingerprint.js";
import type { StatementFacts } from "./source-facts.js";
import type { Hunk } from "./hunks.js";
import { lineAtBaseline, touchesHunk } from "./hunks.js";
import { byText } from "../order.js";

/**
 * One finding on the baseline side. From a git revision it carries the whole finding; from a
 * stored baseline file only what the file keeps (no line, no text, no source).
 */
export interface BaselineEntry {
  key: string;
  path: string;
  testId: string;
  testName: string;
  severity: Level;
  confidence: Level;
  suppressed: boolean;
  line?: number;
  text?: string;
  source?: string[];
  /** The syntax fingerprint of its statement and where it stood (see StatementFacts). */
  statement?: StatementFacts;
  /** Its lines (Bandit's range), where known. */
  lineRange?: number[];
}

export function toBaselineEntries(items: readonly Fingerprinted[]): BaselineEntry[] {
  return items.map(({ finding, key, suppressed, source, statement }) => {
    const entry: BaselineEntry = {
      key,
      path: finding.path,
      testId: finding.testId,
      testName: finding.testName,
      severity: finding.severity,
      confidence: finding.confidence,
      suppressed,
      line: finding.line,
      text: finding.text,
      source,
      lineRange: finding.lineRange,
    };
    if (statement) entry.statement = statement;
    return entry;
  });
}

/** How a head finding was paired: the cascade's step that found its baseline counterpart. */
export type MatchKind = "exact" | "moved" | "changed";

export interface MatchedPair {
  head: Fingerprinted;
  base: BaselineEntry;
  how: MatchKind;
}

export interface Comparison {
  matched: MatchedPair[];
  /** Head findings with no counterpart in the baseline. */
  added: Fingerprinted[];
  /** Baseline findings with no counterpart at head. */
  removed: BaselineEntry[];
}

/**
 * What the cross-file and in-place steps need to know about the change besides the findings.
 * Paths are repository paths; a head path and its baseline path differ for renamed files.
 */
export interface ChangeFacts {
  /** Head path -> its baseline path (modified: the same path; renamed: the old one). Absent: added. */
  baselinePathOf: ReadonlyMap<string, string>;
  /** Head path -> `git diff -U0` hunks against its baseline path. No entry: no hunks (unchanged lines). */
  hunks: ReadonlyMap<string, readonly Hunk[]>;
  /** Dotted def/class names per baseline file that was read. */
  baseDefs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Dotted def/class names per head file that was read. */
  headDefs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Baseline paths gone as whole files: deleted, or rewritten past git's rename detection. */
  goneFiles: ReadonlySet<string>;
}

const NO_CHANGE_FACTS: ChangeFacts = {
  baselinePathOf: new Map(),
  hunks: new Map(),
  baseDefs: new Map(),
  headDefs: new Map(),
  goneFiles: new Set(),
};

/**
 * Exact identity only (step 1 of the cascade): k copies of an identity at the baseline absorb at
 * most k copies at head, those whose line maps unchanged through the diff first, then in line order.
 */
export function compareFindings(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts = NO_CHANGE_FACTS): Comparison {
  return matchExact(base, head, change);
}

/**
 * The matching cascade, each step over what the previous left: 1 exact (rule, path, syntax);
 * 2 moved (rule and syntax, across files, only with the enclosing def/class, or for module-level
 * code with its whole file); 3 edited in place (rule, statements touching the same diff hunk, or
 * the same moved def); what is left at head is added.
 */
export function matchFindings(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts): Comparison {
  const exact = matchExact(base, head, change);
  const across = matchAcrossFiles(exact.removed, exact.added, change);
  return { matched: [...exact.matched, ...across.matched], added: across.added, removed: across.removed };
}

/**
 * Steps 2 (moved) and 3 (edited in place) of the cascade over what step 1 left. Merging shard
 * reports runs them again over every shard's leftovers, so that a def moved between files of
 * different shards pairs as it would in one run.
 */
export function matchAcrossFiles(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts): Comparison {
  const moved = matchAcross(base, head, change);
  const changed = matchInPlace(moved.removed, moved.added, change);
  return { matched: [...moved.matched, ...changed.matched], added: changed.added, removed: changed.removed };
}

const byLine = (a?: number, b?: number) => (a ?? 0) - (b ?? 0);
const headOrder = (a: Fingerprinted, b: Fingerprinted) =>
  byText(a.finding.path, b.finding.path) || a.finding.line - b.finding.line || (a.finding.column ?? 0) - (b.finding.column ?? 0);
const baseOrder = (a: BaselineEntry, b: BaselineEntry) => byText(a.path, b.path) || byLine(a.line, b.line);

function matchExact(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts): Comparison {
  const pool = new Map<string, BaselineEntry[]>();
  for (const entry of [...base].sort(baseOrder)) {
    const list = pool.get(entry.key);
    if (list) list.push(entry);
    else pool.set(entry.key, [entry]);
  }
  const sortedHead = [...head].sort(headOrder);
  const matched: MatchedPair[] = [];
  const rest: Fingerprinted[] = [];
  // First the findings whose line maps unchanged through the diff to a baseline finding of the
  // same identity: a duplicate added above an old line must not take the old line's place.
  for (const item of sortedHead) {
    const list = pool.get(item.key);
    const hunks = change.hunks.get(item.finding.path) ?? [];
    const at = list && change.baselinePathOf.has(item.finding.path) ? lineAtBaseline(hunks, item.finding.line) : undefined;
    const index = at === undefined || !list ? -1 : list.findIndex((e) => e.line === at);
    if (list && index >= 0) matched.push({ head: item, base: list.splice(index, 1)[0] as BaselineEntry, how: "exact" });
    else rest.push(item);
  }
  const added: Fingerprinted[] = [];
  for (const item of rest) {
    const candidate = pool.get(item.key)?.shift();
    if (candidate) matched.push({ head: item, base: candidate, how: "exact" });
    else added.push(item);
  }
  return { matched, added, removed: [...pool.values()].flat() };
}

const lastName = (scope: string) => scope.slice(scope.lastIndexOf(".") + 1);

/** Head path of a baseline path (modified or renamed), if it still exists at head. */
function headPathsOf(baselinePathOf: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [headPath, basePath] of baselinePathOf) out.set(basePath, headPath);
  return out;
}

/**
 * Did the def/class enclosing `base` leave its file, and is the one enclosing `head` new in its
 * own? A def still present in the old file means the head statement is a copy, not a move.
 */
function defMoved(base: BaselineEntry, head: Fingerprinted, change: ChangeFacts, headPathOf: Map<string, string>): boolean {
  const from = base.statement?.scope;
  const to = head.statement?.scope;
  if (!from || !to || lastName(from) !== lastName(to)) return false;
  if (!change.baseDefs.get(base.path)?.has(from)) return false;
  const oldAtHead = headPathOf.get(base.path);
  if (oldAtHead !== undefined && (change.headDefs.get(oldAtHead)?.has(from) ?? true)) return false;
  if (!change.headDefs.get(head.finding.path)?.has(to)) return false;
  const newAtBase = change.baselinePathOf.get(head.finding.path);
  if (newAtBase !== undefined && (change.baseDefs.get(newAtBase)?.has(to) ?? true)) return false;
  return true;
}

/**
 * Module-level code moves only with its whole file: the old one gone, the new one added, and the
 * two related (see `kin`). Otherwise deleting any script and adding another with the same
 * statement (an `import subprocess`, a module-level shell call) would pass as a move.
 */
function fileMoved(base: BaselineEntry, head: Fingerprinted, change: ChangeFacts): boolean {
  return (
    base.statement?.scope === "" &&
    head.statement?.scope === "" &&
    change.goneFiles.has(base.path) &&
    !change.baselinePathOf.has(head.finding.path) &&
    kin(base.path, head.finding.path, change)
  );
}

const fileName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

/** A gone file and an added one are the same module moved when they share a name or a def/class. */
function kin(basePath: string, headPath: string, change: ChangeFacts): boolean {
  if (fileName(basePath) === fileName(headPath)) return true;
  const before = change.baseDefs.get(basePath);
  const after = change.headDefs.get(headPath);
  if (!before || !after) return false;
  for (const name of before) if (after.has(name)) return true;
  return false;
}

function pairInOrder(
  base: readonly BaselineEntry[],
  head: readonly Fingerprinted[],
  how: MatchKind,
  fits: (b: BaselineEntry, h: Fingerprinted) => boolean,
): Comparison {
  const pool = [...base].sort(baseOrder);
  const matched: MatchedPair[] = [];
  const added: Fingerprinted[] = [];
  for (const item of [...head].sort(headOrder)) {
    const index = pool.findIndex((b) => fits(b, item));
    if (index >= 0) matched.push({ head: item, base: pool.splice(index, 1)[0] as BaselineEntry, how });
    else added.push(item);
  }
  return { matched, added, removed: pool };
}

function matchAcross(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts): Comparison {
  const headPathOf = headPathsOf(change.baselinePathOf);
  return pairInOrder(base, head, "moved", (b, h) => {
    if (b.testId !== h.finding.testId || !b.statement || !h.statement) return false;
    if (b.statement.fingerprint !== h.statement.fingerprint) return false;
    if (change.baselinePathOf.get(h.finding.path) === b.path) return false;
    return defMoved(b, h, change, headPathOf) || fileMoved(b, h, change);
  });
}

function matchInPlace(base: readonly BaselineEntry[], head: readonly Fingerprinted[], change: ChangeFacts): Comparison {
  const headPathOf = headPathsOf(change.baselinePathOf);
  return pairInOrder(base, head, "changed", (b, h) => {
    if (b.testId !== h.finding.testId) return false;
    if (change.baselinePathOf.get(h.finding.path) === b.path) {
      const newLines = h.statement ? [h.statement.start, h.statement.end] : [h.finding.lineRange[0] ?? h.finding.line, h.finding.lineRange.at(-1) ?? h.finding.line];
      const oldLines = b.statement ? [b.statement.start, b.statement.end] : [b.lineRange?.[0] ?? b.line, b.lineRange?.at(-1) ?? b.line];
      if (oldLines[0] === undefined || oldLines[1] === undefined) return false;
      return (change.hunks.get(h.finding.path) ?? []).some((hunk) =>
        touchesHunk(hunk, { start: newLines[0] as number, end: newLines[1] as number }, { start: oldLines[0] as number, end: oldLines[1] as number }),
      );
    }
    return defMoved(b, h, change, headPathOf);
  });
}

/**
 * The files whose defs can decide a move: both versions of every file that has findings on
 * either side (was the def there before, is it still there). Parsing only those keeps a large
 * push's cost with the files that matter.
 */
export function defsDecidingMoves(
  head: readonly Finding[],
  base: readonly Finding[],
  baselinePathOf: ReadonlyMap<string, string>,
): { head: Set<string>; base: Set<string> } {
  const headPathOf = headPathsOf(baselinePathOf);
  const wanted = { head: new Set<string>(), base: new Set<string>() };
  for (const f of head) {
    wanted.head.add(f.path);
    const basePath = baselinePathOf.get(f.path);
    if (basePath !== undefined) wanted.base.add(basePath);
  }
  for (const f of base) {
    wanted.base.add(f.path);
    const headPath = headPathOf.get(f.path);
    if (headPath !== undefined) wanted.head.add(headPath);
  }
  return wanted;
}
