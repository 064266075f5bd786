import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { matchFindings, toBaselineEntries, type ChangeFacts } from "../../src/core/gate/compare.js";
import type { Finding, Level } from "../../src/core/gate/finding.js";
import { identityKey, type Fingerprinted } from "../../src/core/gate/fingerprint.js";
import { judge, type RegressionPolicy } from "../../src/core/gate/policy.js";
import { mergeReports } from "../../src/core/gate/merge.js";
import { unmatchedRecord } from "../../src/core/gate/shard-unmatched.js";
import { buildReport, type ReportDocument } from "../../src/core/report/report.js";

/** A finding in a statement whose syntax fingerprint is `shape`, inside `scope`. */
function item(path: string, line: number, shape: string, scope: string, options: { severity?: Level; suppressed?: boolean } = {}): Fingerprinted {
  const finding: Finding = { path, line, lineRange: [line], testId: "B602", testName: "t", severity: options.severity ?? "HIGH", confidence: "HIGH", text: "issue" };
  return {
    finding,
    key: identityKey("B602", path, { syntax: shape, text: "" }),
    occurrence: 0,
    suppressed: options.suppressed ?? false,
    source: [],
    statement: { fingerprint: shape, scope, start: line, end: line },
    identityPath: path,
  };
}

const POLICY: RegressionPolicy = { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" };
const CONTEXT = { baseline: { mode: "git", ref: "main", commit: "c0ffee" } as const, banditVersion: "1.9.4", failures: [], notes: [] };

/** Every path of these cases is modified in place (a.py, b.py in shard 1 and 2; gone.py deleted, in shard 1). */
const shardOf = (path: string) => (path === "b.py" ? 2 : 1);

function restrict(facts: ChangeFacts, shard: number): ChangeFacts {
  const mine = <V>(map: ReadonlyMap<string, V>) => new Map([...map].filter(([path]) => shardOf(path) === shard));
  return {
    baselinePathOf: mine(facts.baselinePathOf),
    hunks: mine(facts.hunks),
    baseDefs: mine(facts.baseDefs),
    headDefs: mine(facts.headDefs),
    goneFiles: new Set([...facts.goneFiles].filter((p) => shardOf(p) === shard)),
  };
}

/** The unsharded report, and the merge of the two shard reports of the same change. */
function bothWays(base: Fingerprinted[], head: Fingerprinted[], facts: ChangeFacts, policy = POLICY): { whole: ReportDocument; merged: ReportDocument } {
  const files = [...new Set(head.map((h) => h.finding.path))].sort();
  const whole = buildReport(judge(matchFindings(toBaselineEntries(base), head, facts), policy), { ...CONTEXT, scanned: { head: "HEAD", files, baseline_files: 0 } });
  const parts = [1, 2].map((shard) => {
    const own = restrict(facts, shard);
    const comparison = matchFindings(toBaselineEntries(base.filter((b) => shardOf(b.finding.path) === shard)), head.filter((h) => shardOf(h.finding.path) === shard), own);
    return buildReport(judge(comparison, policy), {
      ...CONTEXT,
      scanned: { head: "HEAD", files: files.filter((f) => shardOf(f) === shard), baseline_files: 0, shard: `${shard}/2` },
      unmatched: unmatchedRecord(comparison, own, policy),
    });
  });
  return { whole, merged: mergeReports(parts) };
}

const essence = (r: ReportDocument) => ({
  regressions: r.regressions.map((x) => `${x.kind}:${x.path}:${x.line}${x.baseline_severity ? `:was ${x.baseline_severity}` : ""}`),
  fixed: r.fixed.map((x) => `${x.path}:${x.line}`),
  moved: r.moved.map((x) => `${x.from.path}:${x.from.line}->${x.to.path}:${x.to.line}`),
  changed: r.changed.map((x) => `${x.from.path}:${x.from.line}->${x.to.path}:${x.to.line}`),
  counts: r.counts,
});

const defs = (...names: string[]) => new Set(names);
const modified = new Map([["a.py", "a.py"], ["b.py", "b.py"]]);
/** run() leaves a.py (shard 1) for b.py (shard 2). */
const runMoved: ChangeFacts = {
  baselinePathOf: modified,
  hunks: new Map(),
  baseDefs: new Map([["a.py", defs("run", "keep")], ["b.py", defs("other")]]),
  headDefs: new Map([["a.py", defs("keep")], ["b.py", defs("other", "run")]]),
  goneFiles: new Set(),
};

describe("merging shards runs the cross-file steps over every shard's leftovers", () => {
  test("a def moved to a file in another shard is moved, and not fixed, as in one run", () => {
    const { whole, merged } = bothWays([item("a.py", 5, "S", "run")], [item("b.py", 9, "S", "run")], runMoved);
    assert.deepEqual(essence(whole), essence(merged));
    assert.deepEqual(essence(merged).moved, ["a.py:5->b.py:9"]);
    assert.deepEqual(merged.regressions, []);
    assert.deepEqual(merged.fixed, []);
  });

  test("moved and edited (a local renamed) is changed; moved and made more severe is escalated", () => {
    const changed = bothWays([item("a.py", 5, "S", "run")], [item("b.py", 9, "S2", "run")], runMoved);
    assert.deepEqual(essence(changed.merged), essence(changed.whole));
    assert.deepEqual(essence(changed.merged).changed, ["a.py:5->b.py:9"]);
    const worse = bothWays([item("a.py", 5, "S", "run", { severity: "LOW" })], [item("b.py", 9, "S2", "run", { severity: "HIGH" })], runMoved);
    assert.deepEqual(essence(worse.merged), essence(worse.whole));
    assert.deepEqual(essence(worse.merged).regressions, ["escalated:b.py:9:was LOW"]);
  });

  test("a copy is new: the def is still in its file in the other shard", () => {
    const copied: ChangeFacts = { ...runMoved, headDefs: new Map([["a.py", defs("run", "keep")], ["b.py", defs("other", "run")]]) };
    const { whole, merged } = bothWays([item("a.py", 5, "S", "run")], [item("a.py", 5, "S", "run"), item("b.py", 9, "S", "run")], copied);
    assert.deepEqual(essence(merged), essence(whole));
    assert.deepEqual(essence(merged).regressions, ["new:b.py:9"]);
    assert.deepEqual(essence(merged).moved, []);
  });

  test("a nosec added on the way is a suppressed regression, honoured only with --nosec honor", () => {
    const base = [item("a.py", 5, "S", "run")];
    const head = [item("b.py", 9, "S", "run", { suppressed: true })];
    const strict = bothWays(base, head, runMoved);
    assert.deepEqual(essence(strict.merged), essence(strict.whole));
    assert.deepEqual(essence(strict.merged).regressions, ["suppressed:b.py:9"]);
    const honor = bothWays(base, head, runMoved, { ...POLICY, nosec: "honor" });
    assert.deepEqual(essence(honor.merged), essence(honor.whole));
    assert.deepEqual(essence(honor.merged).regressions, []);
  });

  test("a def moved out of a deleted file in another shard is moved; module-level code of an existing file is not", () => {
    const facts: ChangeFacts = {
      baselinePathOf: new Map([["b.py", "b.py"]]),
      hunks: new Map(),
      baseDefs: new Map([["gone.py", defs("job")], ["b.py", defs()]]),
      headDefs: new Map([["b.py", defs("job")]]),
      goneFiles: new Set(["gone.py"]),
    };
    const base = [item("gone.py", 4, "S", "job"), item("gone.py", 1, "IMPORT", "")];
    const head = [item("b.py", 7, "S", "job"), item("b.py", 1, "IMPORT", "")];
    const { whole, merged } = bothWays(base, head, facts);
    assert.deepEqual(essence(merged), essence(whole));
    assert.deepEqual(essence(merged).moved, ["gone.py:4->b.py:7"]);
    assert.deepEqual(essence(merged).regressions, ["new:b.py:1"]);
  });

  test("reports without leftovers (unsharded, older) merge as before", () => {
    const { whole } = bothWays([item("a.py", 5, "S", "run")], [item("b.py", 9, "S", "run")], runMoved);
    const alone = mergeReports([whole]);
    assert.deepEqual(essence(alone), essence(whole));
    assert.equal(whole.unmatched, undefined);
  });
});
