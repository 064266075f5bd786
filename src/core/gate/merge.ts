import { finishReport, toRelocatedRecord, type FixedRecord, type RegressionRecord, type RelocatedRecord, type ReportDocument } from "../report/report.js";
import { judge } from "./policy.js";
import { matchAcrossShards, policyOfRecord, type UnmatchedRecord } from "./shard-unmatched.js";
import { byText } from "../order.js";

/**
 * Combine the reports of the shards of one run (matrix jobs, `--shard i/n`) into the report an
 * unsharded run would have written. Shards must agree on the baseline and the Bandit version;
 * otherwise they are not parts of one run. Throws a MergeError listing every disagreement.
 */
export function mergeReports(parts: readonly ReportDocument[]): ReportDocument {
  const problems: string[] = [];
  const first = parts[0];
  if (!first) throw new MergeError(["no reports to merge"]);
  parts.forEach((part, i) => {
    if (part.schema !== "bandit-gate/report" || part.schema_version !== 1) problems.push(`report ${i + 1} is not a bandit-gate report (schema_version 1)`);
    if (JSON.stringify(part.baseline) !== JSON.stringify(first.baseline)) problems.push(`report ${i + 1} has another baseline than report 1`);
  });
  const banditVersions = new Set(parts.map((p) => p.bandit_version).filter((v) => v !== "not run"));
  if (banditVersions.size > 1) problems.push(`the reports come from different Bandit versions (${[...banditVersions].join(", ")})`);
  const shards = parts.map((p) => p.scanned.shard).filter((s): s is string => s !== undefined);
  const totals = new Set(shards.map((s) => s.split("/")[1]));
  if (totals.size > 1) problems.push(`the reports come from different shard counts (${shards.join(", ")})`);
  if (new Set(shards).size !== shards.length) problems.push(`a shard appears twice (${shards.join(", ")})`);
  const total = Number([...totals][0] ?? parts.length);
  if (shards.length > 0 && shards.length !== total) problems.push(`expected ${total} shard reports, got ${shards.length}: ${shards.join(", ")}`);
  if (problems.length > 0) throw new MergeError(problems);

  const byLocation = <T extends { path: string; line?: number }>(a: T, b: T) => byText(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0);
  const across = pairAcrossShards(
    parts.flatMap((p) => (p.unmatched ? [p.unmatched] : [])),
    parts.flatMap((p) => p.regressions),
    parts.flatMap((p) => p.fixed),
  );
  return finishReport({
    regressions: across.regressions.sort((a, b) => byLocation(a, b) || byText(a.test_id, b.test_id)),
    fixed: across.fixed.sort((a, b) => byLocation(a, b) || byText(a.test_id, b.test_id)),
    moved: [...parts.flatMap((p) => p.moved ?? []), ...across.moved].sort((a, b) => byLocation(a.to, b.to) || byText(a.test_id, b.test_id)),
    changed: [...parts.flatMap((p) => p.changed ?? []), ...across.changed].sort((a, b) => byLocation(a.to, b.to) || byText(a.test_id, b.test_id)),
    unchanged: parts.reduce((sum, p) => sum + p.unchanged, 0),
    baseline: first.baseline,
    scanned: {
      head: first.scanned.head,
      ...(first.scanned.head_commit ? { head_commit: first.scanned.head_commit } : {}),
      files: parts.flatMap((p) => p.scanned.files).sort(),
      baseline_files: parts.reduce((sum, p) => sum + p.scanned.baseline_files, 0),
    },
    bandit_version: [...banditVersions][0] ?? first.bandit_version,
    scan_errors: parts.flatMap((p) => p.scan_errors),
    notes: [...new Set(parts.flatMap((p) => p.notes))],
    ...mergeTestAsserts(parts),
    ...(parts.some((p) => p.gate_changes?.length) ? { gate_changes: [...new Set(parts.flatMap((p) => p.gate_changes ?? []))] } : {}),
  });
}

/**
 * A def moved between files of different shards: each shard saw half of it (a head finding with
 * nothing to pair, a baseline finding gone). Run the cascade's cross-file steps over every shard's
 * leftovers; a paired head finding's regression becomes what the policy makes of the pair (moved,
 * changed, escalated or suppressed), and its baseline finding is no longer fixed.
 */
function pairAcrossShards(
  unmatched: readonly UnmatchedRecord[],
  regressions: RegressionRecord[],
  fixed: FixedRecord[],
): { regressions: RegressionRecord[]; fixed: FixedRecord[]; moved: RelocatedRecord[]; changed: RelocatedRecord[] } {
  const first = unmatched[0];
  if (!first) return { regressions, fixed, moved: [], changed: [] };
  const comparison = matchAcrossShards(unmatched);
  if (comparison.matched.length === 0) return { regressions, fixed, moved: [], changed: [] };
  const id = (path: string, fingerprint: string) => `${path}\0${fingerprint}`;
  const paired = new Set(comparison.matched.map(({ head }) => id(head.finding.path, `${head.key}:${head.occurrence}`)));
  const byId = new Map(regressions.map((r) => [id(r.path, r.fingerprint), r]));
  const verdict = judge({ ...comparison, added: [], removed: [] }, policyOfRecord(first));
  const kept = regressions.filter((r) => !paired.has(id(r.path, r.fingerprint)));
  for (const r of verdict.regressions) {
    const shardRecord = byId.get(id(r.finding.path, `${r.key}:${r.occurrence}`));
    if (!shardRecord) continue; // Not a regression in its shard (below the thresholds, or an honoured nosec): none now.
    const record: RegressionRecord = { ...shardRecord, kind: r.kind };
    delete record.baseline_severity;
    if (r.baselineSeverity !== undefined) record.baseline_severity = r.baselineSeverity;
    kept.push(record);
  }
  const left = [...fixed];
  for (const { base } of comparison.matched) {
    const at = left.findIndex((f) => f.path === base.path && f.line === base.line && f.test_id === base.testId);
    if (at >= 0) left.splice(at, 1);
  }
  return { regressions: kept, fixed: left, moved: (verdict.moved ?? []).map(toRelocatedRecord), changed: (verdict.changed ?? []).map(toRelocatedRecord) };
}

/** Shards share the configuration, so the decision is one; the counts add up. */
function mergeTestAsserts(parts: readonly ReportDocument[]): Pick<ReportDocument, "test_asserts"> {
  const decided = parts.flatMap((p) => (p.test_asserts ? [p.test_asserts] : []));
  const first = decided[0];
  if (!first) return {};
  return { test_asserts: { ...first, set_aside: decided.reduce((sum, t) => sum + t.set_aside, 0) } };
}

export class MergeError extends Error {
  override name = "MergeError";
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
  }
}
