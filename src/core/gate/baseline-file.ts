import { createHash } from "node:crypto";
import type { BaselineEntry } from "./compare.js";
import type { Level } from "./finding.js";
import type { Fingerprinted } from "./fingerprint.js";
import { cellLineOf, type CellLine } from "./notebook.js";
import { byText } from "../order.js";

/**
 * The stored baseline: our own versioned format. It keeps, per Python file, the file's git blob
 * id and its findings as identity hashes with counts. It never holds source or Bandit's message
 * text, because the hardcoded-password tests quote the secret in both.
 *
 * Version 3 may hold notebooks too (the Python of their code cells, under the notebook's path);
 * version 2, which never did, is still read: its `notebooks` is false.
 */
export interface BaselineFile {
  schema: "bandit-gate/baseline";
  schema_version: 2 | 3;
  /**
   * Whether the scan that made it judged notebooks. When false, a notebook absent from `files`
   * is not known to be clean: the gate cannot judge notebooks against the file.
   */
  notebooks: boolean;
  bandit_version: string;
  /** Digest of the Bandit configuration the scan used: a different one invalidates blob reuse. */
  config_digest: string;
  files: Record<string, StoredFile>;
}

export interface StoredFile {
  blob: string;
  findings: StoredFinding[];
  /** Dotted names of the file's defs and classes: a def gone from here may have moved. */
  defs?: string[];
}

export interface StoredFinding {
  key: string;
  test_id: string;
  test_name: string;
  severity: Level;
  confidence: Level;
  suppressed: boolean;
  count: number;
  /** Syntax fingerprint of the statement (a hash: no source) and its enclosing def/class. */
  syntax?: string;
  scope?: string;
  /** Notebooks only: where each occurrence was (cell, line within the cell) when the baseline was made. */
  cells?: CellLine[];
}

/** The git blob id of some content: `git hash-object` without running git. */
export function blobId(content: Buffer | string): string {
  const body = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${body.length}\0`).update(body).digest("hex");
}

export function buildBaselineFile(
  banditVersion: string,
  configDigest: string,
  files: ReadonlyArray<{ path: string; blob: string; findings: readonly Fingerprinted[]; defs?: readonly string[]; cells?: readonly CellLine[] }>,
  options: { notebooks: boolean } = { notebooks: false },
): BaselineFile {
  const out: Record<string, StoredFile> = {};
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const grouped = new Map<string, StoredFinding>();
    for (const item of file.findings) {
      const f = item.finding;
      const id = [item.key, f.severity, f.confidence, item.suppressed, item.statement?.scope ?? ""].join("|");
      const existing = grouped.get(id);
      const at = file.cells ? cellLineOf(file.cells, f.line) : undefined;
      if (existing) {
        existing.count += 1;
        if (at) existing.cells = [...(existing.cells ?? []), at];
      } else
        grouped.set(id, {
          key: item.key,
          test_id: f.testId,
          test_name: f.testName,
          severity: f.severity,
          confidence: f.confidence,
          suppressed: item.suppressed,
          count: 1,
          ...(item.statement ? { syntax: item.statement.fingerprint, scope: item.statement.scope } : {}),
          ...(at ? { cells: [at] } : {}),
        });
    }
    const findings = [...grouped.values()].sort((a, b) => byText(a.test_id, b.test_id) || byText(a.key, b.key));
    out[file.path] = { blob: file.blob, findings, ...(file.defs && file.defs.length > 0 ? { defs: [...file.defs].sort() } : {}) };
  }
  return { schema: "bandit-gate/baseline", schema_version: 3, notebooks: options.notebooks, bandit_version: banditVersion, config_digest: configDigest, files: out };
}

export function serialiseBaselineFile(file: BaselineFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parse and validate; every problem is listed, not just the first. */
export function parseBaselineFile(text: string): BaselineFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new BaselineFileError([`not valid JSON: ${(error as Error).message}`]);
  }
  const problems: string[] = [];
  const obj = doc as Partial<BaselineFile> | null;
  if (typeof obj !== "object" || obj === null) throw new BaselineFileError(["not a JSON object"]);
  if (obj.schema !== "bandit-gate/baseline") problems.push(`"schema" must be "bandit-gate/baseline" (is this a Bandit report? create one with \`bandit-gate baseline --output FILE\`)`);
  if ((obj.schema_version as number) === 1) {
    // Version 1 identified findings by their text; version 2 by their syntax. Keys cannot be converted.
    throw new BaselineFileError([`it is schema_version 1, whose finding identities this bandit-gate no longer computes (it reads 2 and 3)`]);
  }
  if (obj.schema_version !== 2 && obj.schema_version !== 3) problems.push(`"schema_version" ${String(obj.schema_version)} is not supported (this bandit-gate reads 2 and 3)`);
  if (obj.schema_version === 3 && typeof obj.notebooks !== "boolean") problems.push(`"notebooks" must be true or false`);
  if (typeof obj.bandit_version !== "string") problems.push(`"bandit_version" must be a string`);
  if (typeof obj.config_digest !== "string") problems.push(`"config_digest" must be a string`);
  if (typeof obj.files !== "object" || obj.files === null) problems.push(`"files" must be an object`);
  else {
    for (const [path, file] of Object.entries(obj.files)) {
      if (typeof file?.blob !== "string" || !Array.isArray(file.findings)) {
        problems.push(`files["${path}"] needs "blob" and "findings"`);
        continue;
      }
      file.findings.forEach((f, i) => {
        if (typeof f?.key !== "string" || typeof f.test_id !== "string" || !Number.isInteger(f.count) || f.count < 1) {
          problems.push(`files["${path}"].findings[${i}] needs "key", "test_id" and a positive "count"`);
        }
      });
    }
  }
  if (problems.length > 0) throw new BaselineFileError(problems);
  // Version 2 files were made before notebooks were stored: whatever they say, they hold none.
  return { ...(obj as BaselineFile), notebooks: obj.schema_version === 3 && obj.notebooks === true };
}

export class BaselineFileError extends Error {
  override name = "BaselineFileError";
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}

/** Expand a stored file's counts back into one entry per finding. */
export function storedEntries(path: string, file: StoredFile): BaselineEntry[] {
  const entries: BaselineEntry[] = [];
  for (const f of file.findings) {
    for (let i = 0; i < f.count; i += 1) {
      // A stored statement has no lines: it can move (step 2) but not be edited in place by hunk.
      const statement = f.syntax !== undefined && f.scope !== undefined ? { statement: { fingerprint: f.syntax, scope: f.scope, start: 0, end: 0 } } : {};
      entries.push({
        ...statement,
        key: f.key,
        path,
        testId: f.test_id,
        testName: f.test_name ?? f.test_id,
        severity: f.severity,
        confidence: f.confidence,
        suppressed: f.suppressed === true,
      });
    }
  }
  return entries;
}

/** How each file compares with a stored baseline, decided from blob ids alone. */
export interface StoredPlan {
  /** Files to scan, with the stored path whose findings are their baseline (absent for new files). */
  scan: Array<{ path: string; storedPath?: string }>;
  /** Files identical to a stored file (at its path, or moved): their stored findings stand. */
  unchanged: Array<{ path: string; storedPath: string }>;
  /** Stored files that are gone (not moved): their findings are fixed. */
  gone: string[];
}

/**
 * Plan a check against a stored baseline. `head` holds the blob id of every candidate file at
 * head (not just this shard's), so a file moved into another shard is recognised as moved;
 * `owns` says which paths this run (shard) answers for. Reuse of stored findings for unchanged
 * files requires the same Bandit and configuration (`reuse`); renames are recognised either way.
 */
export function planAgainstStored(
  stored: BaselineFile,
  head: ReadonlyMap<string, string>,
  options: { reuse: boolean; owns: (path: string) => boolean },
): StoredPlan {
  const goneByBlob = new Map<string, string[]>();
  for (const [path, entry] of Object.entries(stored.files)) {
    if (head.has(path)) continue;
    const list = goneByBlob.get(entry.blob);
    if (list) list.push(path);
    else goneByBlob.set(entry.blob, [path]);
  }
  // Deterministic pairing of moved files: head paths in order take the stored paths in order.
  const movedFrom = new Map<string, string>();
  for (const path of [...head.keys()].sort()) {
    const blob = head.get(path) as string;
    if (stored.files[path]?.blob === blob) continue;
    const candidates = goneByBlob.get(blob);
    const from = candidates?.shift();
    if (from) movedFrom.set(path, from);
  }
  const movedAway = new Set(movedFrom.values());
  const plan: StoredPlan = { scan: [], unchanged: [], gone: [] };
  for (const [path, blob] of [...head.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!options.owns(path)) continue;
    const storedPath = stored.files[path]?.blob === blob ? path : movedFrom.get(path);
    if (options.reuse && storedPath) plan.unchanged.push({ path, storedPath });
    else {
      const baselineOf = storedPath ?? (stored.files[path] ? path : undefined);
      plan.scan.push(baselineOf ? { path, storedPath: baselineOf } : { path });
    }
  }
  for (const path of Object.keys(stored.files).sort()) {
    if (!head.has(path) && !movedAway.has(path) && options.owns(path)) plan.gone.push(path);
  }
  return plan;
}
