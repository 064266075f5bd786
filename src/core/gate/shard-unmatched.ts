import type { Level } from "./finding.js";
import type { Fingerprinted } from "./fingerprint.js";
import type { StatementFacts } from "./source-facts.js";
import { matchAcrossFiles, type BaselineEntry, type ChangeFacts, type Comparison } from "./compare.js";
import type { RegressionPolicy } from "./policy.js";
import { byText } from "../order.js";

/**
 * What one shard left unmatched, with what the cross-file steps of the cascade (moved, edited
 * in place for a moved def) need to pair it with another shard's leftovers when the reports are
 * merged. Identities, rankings and statement hashes only: no source, no Bandit message.
 */
export interface UnmatchedRecord {
  /** The gate's policy of the run (shards share it), so the merge judges new pairs alike. */
  policy: { severity_level: RegressionPolicy["severityLevel"]; confidence_level: RegressionPolicy["confidenceLevel"]; nosec: RegressionPolicy["nosec"] };
  /** Head findings step 1-3 left over in this shard (regressions or not: below the thresholds too). */
  head: UnmatchedHead[];
  /** Baseline findings left over, deleted files' included. */
  base: UnmatchedBase[];
  /** Dotted def/class names per baseline file this shard read (its deleted files' included). */
  base_defs: Record<string, string[]>;
  /** Dotted def/class names per head file this shard read. */
  head_defs: Record<string, string[]>;
  /** Head path -> baseline path of this shard's modified and renamed files. */
  baseline_path_of: Record<string, string>;
  /** This shard's baseline files gone as whole files. */
  gone_files: string[];
}

export interface UnmatchedHead {
  path: string;
  line: number;
  line_range: number[];
  column?: number;
  test_id: string;
  test_name: string;
  severity: Level;
  confidence: Level;
  suppressed: boolean;
  /** The regression identity: `fingerprint` of its regression record is `key:occurrence`. */
  key: string;
  occurrence: number;
  identity_path: string;
  statement?: StatementFacts;
}

export interface UnmatchedBase {
  path: string;
  line?: number;
  line_range?: number[];
  test_id: string;
  test_name: string;
  severity: Level;
  confidence: Level;
  suppressed: boolean;
  key: string;
  statement?: StatementFacts;
}

const record = (map: ReadonlyMap<string, ReadonlySet<string>>) =>
  Object.fromEntries([...map].sort(([a], [b]) => byText(a, b)).map(([path, defs]) => [path, [...defs].sort()]));

/** A shard's leftovers as its report carries them. */
export function unmatchedRecord(comparison: Pick<Comparison, "added" | "removed">, change: ChangeFacts, policy: RegressionPolicy): UnmatchedRecord {
  return {
    policy: { severity_level: policy.severityLevel, confidence_level: policy.confidenceLevel, nosec: policy.nosec },
    head: comparison.added.map((item) => {
      const f = item.finding;
      const out: UnmatchedHead = {
        path: f.path,
        line: f.line,
        line_range: [...f.lineRange],
        test_id: f.testId,
        test_name: f.testName,
        severity: f.severity,
        confidence: f.confidence,
        suppressed: item.suppressed,
        key: item.key,
        occurrence: item.occurrence,
        identity_path: item.identityPath,
      };
      if (f.column !== undefined) out.column = f.column;
      if (item.statement) out.statement = item.statement;
      return out;
    }),
    base: comparison.removed.map((entry) => {
      const out: UnmatchedBase = {
        path: entry.path,
        test_id: entry.testId,
        test_name: entry.testName,
        severity: entry.severity,
        confidence: entry.confidence,
        suppressed: entry.suppressed,
        key: entry.key,
      };
      if (entry.line !== undefined) out.line = entry.line;
      if (entry.lineRange) out.line_range = [...entry.lineRange];
      if (entry.statement) out.statement = entry.statement;
      return out;
    }),
    base_defs: record(change.baseDefs),
    head_defs: record(change.headDefs),
    baseline_path_of: Object.fromEntries([...change.baselinePathOf].sort(([a], [b]) => byText(a, b))),
    gone_files: [...change.goneFiles].sort(),
  };
}

function asHead(h: UnmatchedHead): Fingerprinted {
  const item: Fingerprinted = {
    finding: {
      path: h.path,
      line: h.line,
      lineRange: [...h.line_range],
      testId: h.test_id,
      testName: h.test_name,
      severity: h.severity,
      confidence: h.confidence,
      text: "",
      ...(h.column !== undefined ? { column: h.column } : {}),
    },
    key: h.key,
    occurrence: h.occurrence,
    suppressed: h.suppressed,
    source: [],
    identityPath: h.identity_path,
  };
  if (h.statement) item.statement = h.statement;
  return item;
}

function asBase(b: UnmatchedBase): BaselineEntry {
  const entry: BaselineEntry = {
    key: b.key,
    path: b.path,
    testId: b.test_id,
    testName: b.test_name,
    severity: b.severity,
    confidence: b.confidence,
    suppressed: b.suppressed,
  };
  if (b.line !== undefined) entry.line = b.line;
  if (b.line_range) entry.lineRange = [...b.line_range];
  if (b.statement) entry.statement = b.statement;
  return entry;
}

/**
 * Steps 2 and 3 of the cascade over every shard's leftovers, with the change facts of all shards
 * together. Pairs within one shard were already tried there (and same-file edits need hunks,
 * which reports do not carry), so only pairs across shards come out.
 */
export function matchAcrossShards(parts: readonly UnmatchedRecord[]): Comparison {
  const defs = (key: "base_defs" | "head_defs") => {
    const out = new Map<string, Set<string>>();
    for (const part of parts) {
      for (const [path, names] of Object.entries(part[key])) {
        const set = out.get(path) ?? new Set<string>();
        names.forEach((n) => set.add(n));
        out.set(path, set);
      }
    }
    return out;
  };
  const change: ChangeFacts = {
    baselinePathOf: new Map(parts.flatMap((p) => Object.entries(p.baseline_path_of))),
    hunks: new Map(),
    baseDefs: defs("base_defs"),
    headDefs: defs("head_defs"),
    goneFiles: new Set(parts.flatMap((p) => p.gone_files)),
  };
  const base = parts.flatMap((p) => p.base.map(asBase));
  const head = parts.flatMap((p) => p.head.map(asHead));
  return matchAcrossFiles(base, head, change);
}

export function policyOfRecord(record: UnmatchedRecord): RegressionPolicy {
  return { severityLevel: record.policy.severity_level, confidenceLevel: record.policy.confidence_level, nosec: record.policy.nosec };
}
