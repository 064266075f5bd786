import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Git } from "../adapters/git.js";
import type { BanditCommand, Scanner } from "../adapters/bandit/run.js";
import { BaselineFileError, blobId, parseBaselineFile, planAgainstStored, storedEntries, type BaselineFile, type StoredFile } from "../core/gate/baseline-file.js";
import { compareFindings, toBaselineEntries, type BaselineEntry } from "../core/gate/compare.js";
import { ConfigurationError } from "../core/errors.js";
import type { BanditResult, Finding } from "../core/gate/finding.js";
import { fingerprintFile, splitLines, type Fingerprinted } from "../core/gate/fingerprint.js";
import { groupBy } from "../core/group.js";
import type { Logger } from "../core/logger.js";
import { judge, type RegressionPolicy, type Verdict } from "../core/gate/policy.js";
import { buildReport, type BaselineDescription, type ReportDocument } from "../core/report/report.js";
import { enclosingFunction } from "../core/gate/scope.js";
import { inShard, makeSelector } from "../core/gate/selection.js";
import { loadBanditConfig, type LoadedConfig } from "../adapters/bandit/config.js";
import { headBlobIds, listHeadFiles, loadHeadFiles, mayBePython, pythonOnly } from "../adapters/files/head-files.js";
import { messages } from "../core/messages.js";
import { resolveBaseline } from "./resolve-baseline.js";
import type { GateSettings } from "./settings.js";
import { NO_TIMER, type PhaseTimer } from "../core/timings.js";
import { materialise, type Snapshot } from "../adapters/files/snapshot.js";
import { setAsideTestAsserts, type TestAssertDecision } from "../core/gate/test-asserts.js";
import { testAssertDecision } from "./test-asserts.js";
import { nameCommits } from "./introduced-in.js";

export interface GateDeps {
  git: Git;
  logger: Logger;
  /** The Bandit this run uses (found once; the fix step scores candidates with it too). */
  bandit: () => Promise<BanditCommand>;
  /** A scanner for one Bandit configuration (the cache and the runner live behind it). */
  scanner: (config: LoadedConfig) => Promise<Scanner>;
  /** Where each phase's time goes (the Action's summary, the CLI's --verbose); absent, nowhere. */
  timer?: PhaseTimer;
}

/** git's well-known empty tree: the baseline of a repository's first commit. */
const EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

/** Run the gate and return its report. Exit codes are the entry point's business. */
export async function runGate(settings: GateSettings, deps: GateDeps): Promise<ReportDocument> {
  return settings.baseline.kind === "file"
    ? gateAgainstFile(settings, settings.baseline.path, deps)
    : gateAgainstRevision(settings, deps);
}

function policyOf(settings: GateSettings): RegressionPolicy {
  return { severityLevel: settings.severityLevel, confidenceLevel: settings.confidenceLevel, nosec: settings.nosec };
}

function headLabel(settings: GateSettings): string {
  return settings.head.kind === "commit" ? settings.head.ref : settings.head.kind === "index" ? "staged changes" : "working tree";
}

async function gateAgainstRevision(settings: GateSettings, deps: GateDeps): Promise<ReportDocument> {
  const { git, logger } = deps;
  const timer = deps.timer ?? NO_TIMER;
  const notes: string[] = [];
  const headRef = settings.head.kind === "commit" ? settings.head.ref : "HEAD";
  const headCommit = await git.tryResolveCommit(headRef);

  let baseline: { ref: string; commit: string };
  if (settings.head.kind === "index" && !headCommit && settings.baseline.kind !== "ref") {
    baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
  } else if (settings.baseline.kind === "ref" && settings.baseline.ref === "HEAD" && !headCommit) {
    baseline = { ref: "empty repository (first commit)", commit: EMPTY_TREE };
  } else {
    baseline = await timer.time("git: merge-base", () => resolveBaseline(
      git,
      {
        explicitRef: settings.baseline.kind === "ref" ? settings.baseline.ref : undefined,
        pullRequestBase: settings.pullRequestBase,
        defaultBranch: settings.defaultBranch,
        headRef,
      },
      logger,
      timer,
    ));
  }
  logger.info(`Baseline: ${baseline.ref} (${baseline.commit.slice(0, 12)})`);

  const changes = await timer.time("git: diff", () => git.diffNameStatus(baseline.commit, settings.head));
  if (settings.head.kind === "worktree") {
    const known = new Set(changes.map((c) => c.path));
    for (const path of await git.untrackedFiles()) if (!known.has(path)) changes.push({ status: "A", path });
  }
  const select = makeSelector(settings);
  const wanted = changes.filter((c) => c.status !== "D" && select(c.path) && mayBePython(c.path));
  const head = await timer.time("git: read files", () => loadHeadFiles(git, settings.head, wanted.map((c) => c.path)));
  const disposers: Array<() => Promise<void>> = [head.dispose];
  try {
    const python = new Set(pythonOnly(head, [...head.contents.keys()]));
    const judged = wanted.filter((c) => python.has(c.path) && inShard(c.path, settings.shard));
    const describe: BaselineDescription = { mode: "git", ref: baseline.ref, commit: baseline.commit };
    const scanned = {
      head: headLabel(settings),
      ...(headCommit && settings.head.kind !== "index" ? { head_commit: headCommit } : {}),
      files: judged.map((c) => c.path).sort(),
      baseline_files: 0,
      ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
    };
    if (judged.length === 0) {
      logger.info(`No changed Python files${settings.shard ? " in this shard" : ""}: nothing to judge`);
      return buildReport({ regressions: [], fixed: [], unchanged: 0 }, {
        baseline: describe, scanned, banditVersion: "not run", failures: [], notes,
      });
    }

    const configSide = baseline.commit === EMPTY_TREE ? ({ kind: "index" } as const) : ({ kind: "commit", commit: baseline.commit } as const);
    const config = await loadBanditConfig(git, configSide);
    disposers.push(config.dispose);
    const headConfig = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    disposers.push(headConfig.dispose);
    if (headConfig.digest !== config.digest) {
      notes.push(
        `The Bandit configuration differs on this branch (${headConfig.source}); both sides were scanned with the baseline's (${config.source}), so a branch cannot loosen its own check. The new configuration applies once it is merged.`,
      );
    }
    const scanner = await deps.scanner(config);

    const renamedFrom = new Map<string, string>();
    const baseSpecs = new Map<string, string>();
    for (const change of judged) {
      if (change.status === "A") continue;
      const basePath = change.status === "R" && change.oldPath ? change.oldPath : change.path;
      if (change.status === "R" && change.oldPath) renamedFrom.set(change.path, change.oldPath);
      baseSpecs.set(basePath, `${baseline.commit}:${basePath}`);
    }
    const base = await timer.time("git: read files", () => materialise(git, baseSpecs, "base"));
    disposers.push(base.dispose);
    scanned.baseline_files = base.contents.size;

    logger.info(`Scanning ${judged.length} changed Python file(s) at head and ${base.contents.size} at the baseline with Bandit ${scanner.version}`);
    const headFiles = scanned.files;
    const [headResult, baseResult] = await Promise.all([
      timer.time("scan: head", () => scanner.scan(head.root, headFiles)),
      timer.time("scan: baseline", () => scanner.scan(base.root, [...base.contents.keys()].sort())),
    ]);
    countScans(scanner, timer);
    const failures = headResult.failures.filter((f) => python.has(f.path));
    noteExcluded(headFiles, headResult, config.source, notes);
    for (const f of baseResult.failures) {
      notes.push(`Bandit could not scan the baseline version of ${f.path} (${f.reason}); every finding in it counts as new.`);
    }

    const tests = await timer.time("compare", async () => {
      const headItems = fingerprintSide(headResult.findings, head, (p) => renamedFrom.get(p) ?? p);
      const baseItems = fingerprintSide(baseResult.findings, base, (p) => p);
      return leaveOutTestAsserts(await testAssertDecision(git, config, configSide, settings.judgeTestAsserts), headItems, toBaselineEntries(baseItems));
    });
    const verdict = await timer.time("compare", async () => {
      const judged = judge(compareFindings(tests.base, tests.head), policyOf(settings));
      nameFunctions(judged, head);
      return judged;
    });
    // With no commits between baseline and head (the pre-commit hook, --base HEAD) every line
    // would be "not committed yet": that says nothing.
    if (headCommit !== undefined && headCommit !== baseline.commit) {
      const since = baseline.commit === EMPTY_TREE ? undefined : baseline.commit;
      await timer.time("git: blame", () =>
        nameCommits(git, verdict.regressions, { since, head: settings.head, hasHeadCommit: true, contents: head.contents, jobs: settings.jobs }),
      );
    }
    return buildReport(verdict, { baseline: describe, scanned, banditVersion: scanner.version, failures, notes, testAsserts: tests.record });
  } finally {
    for (const dispose of disposers.reverse()) await dispose();
  }
}

async function gateAgainstFile(settings: GateSettings, file: string, deps: GateDeps): Promise<ReportDocument> {
  const { git, logger } = deps;
  const timer = deps.timer ?? NO_TIMER;
  const stored = await readBaselineFile(resolve(settings.cwd, file));
  const select = makeSelector(settings);
  const owns = (path: string) => select(path) && inShard(path, settings.shard);
  // Every candidate's blob id (cheap), so that a file moved into another shard is seen as moved.
  const candidates = (await listHeadFiles(git, settings.head)).filter((p) => select(p) && mayBePython(p));
  const head = await loadHeadFiles(git, settings.head, candidates.filter(owns));
  // This shard's files are read already; only the others need hashing (or git's ids).
  const blobs = await headBlobIds(git, settings.head, candidates.filter((p) => !owns(p)));
  for (const [path, content] of head.contents) blobs.set(path, blobId(content));
  const disposers: Array<() => Promise<void>> = [head.dispose];
  try {
    const python = new Set(pythonOnly(head, [...head.contents.keys()]));
    const config = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    disposers.push(config.dispose);
    const scanner = await deps.scanner(config);
    const notes: string[] = [];
    const reuse = stored.bandit_version === scanner.version && stored.config_digest === config.digest;
    if (!reuse) {
      notes.push(
        `The baseline file was made with Bandit ${stored.bandit_version} and configuration ${stored.config_digest}; ` +
          `this run uses Bandit ${scanner.version} and ${config.digest}, so every file was rescanned. Refresh it with \`bandit-gate baseline --output ${file}\`.`,
      );
    }
    // Outside this shard an extensionless file's shebang was not read: it stays a candidate, since
    // only content identical to a stored Python file can match anything.
    const known = new Map([...blobs].filter(([path]) => (owns(path) ? python.has(path) : true)));
    const plan = planAgainstStored(stored, known, { reuse, owns });
    const toScan = plan.scan.map((s) => s.path);
    const storedPathOf = new Map(plan.scan.flatMap((s) => (s.storedPath ? [[s.path, s.storedPath] as const] : [])));

    logger.info(`Scanning ${toScan.length} of ${python.size} Python file(s) that differ from the baseline file with Bandit ${scanner.version}`);
    const result = await timer.time("scan: head", () => scanner.scan(head.root, toScan));
    countScans(scanner, timer);
    const configSide = settings.head.kind === "commit" ? ({ kind: "commit", commit: settings.head.ref } as const) : settings.head;
    const decision = await testAssertDecision(git, config, configSide, settings.judgeTestAsserts);
    const scannedItems = fingerprintSide(result.findings, head, (p) => storedPathOf.get(p) ?? p);
    const storedScanned = plan.scan.flatMap((s) => (s.storedPath ? storedEntries(s.storedPath, stored.files[s.storedPath] as StoredFile) : []));
    const tests = leaveOutTestAsserts(decision, scannedItems, storedScanned);
    const headItems = tests.head;
    const baseEntries = tests.base;
    const verdict = judge(compareFindings(baseEntries, headItems), policyOf(settings));

    const gone = leaveOutTestAsserts(decision, [], plan.gone.flatMap((path) => storedEntries(path, stored.files[path] as StoredFile))).base;
    const untouched = leaveOutTestAsserts(decision, [], plan.unchanged.flatMap((u) => storedEntries(u.path, stored.files[u.storedPath] as StoredFile))).base;
    const goneVerdict = judge({ matched: [], added: [], removed: gone }, policyOf(settings));
    const steady = judge({ matched: untouched.map((e) => ({ base: e, head: asFingerprinted(e) })), added: [], removed: [] }, policyOf(settings));
    const combined: Verdict = {
      regressions: verdict.regressions,
      fixed: [...verdict.fixed, ...goneVerdict.fixed],
      unchanged: verdict.unchanged + steady.unchanged,
    };
    nameFunctions(combined, head);
    const failures = result.failures.filter((f) => python.has(f.path));
    noteExcluded(toScan, result, config.source, notes);
    return buildReport(combined, {
      baseline: { mode: "file", file, bandit_version: stored.bandit_version },
      scanned: {
        head: headLabel(settings),
        files: toScan,
        baseline_files: 0,
        ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
      },
      banditVersion: scanner.version,
      failures,
      notes,
      testAsserts: tests.record,
    });
  } finally {
    for (const dispose of disposers.reverse()) await dispose();
  }
}

function countScans(scanner: Scanner, timer: PhaseTimer): void {
  if (!scanner.stats) return;
  timer.count("scan cache hits", scanner.stats.hits);
  timer.count("files scanned", scanner.stats.misses);
}

/** B101 in test files leaves both sides alike (so a removed test assert is no "fix" either). */
function leaveOutTestAsserts(decision: TestAssertDecision, head: Fingerprinted[], base: BaselineEntry[]) {
  if (decision.judged) return { head, base, record: { judged: true, because: decision.because, set_aside: 0 } };
  const headSplit = setAsideTestAsserts(head, (item) => item.finding);
  const baseSplit = setAsideTestAsserts(base, (entry) => entry);
  return {
    head: headSplit.kept,
    base: baseSplit.kept,
    record: { judged: false, because: decision.because, set_aside: headSplit.setAside.length },
  };
}

/** A stored finding standing in for an identical head finding (same blob, same Bandit). */
function asFingerprinted(entry: BaselineEntry): Fingerprinted {
  const finding: Finding = {
    path: entry.path,
    line: entry.line ?? 0,
    lineRange: [entry.line ?? 0],
    testId: entry.testId,
    testName: entry.testName,
    severity: entry.severity,
    confidence: entry.confidence,
    text: entry.text ?? "",
  };
  return { finding, key: entry.key, occurrence: 0, suppressed: entry.suppressed, source: [] };
}

export async function readBaselineFile(path: string): Promise<BaselineFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ConfigurationError(messages.missingBaselineFile(path));
  }
  try {
    return parseBaselineFile(text);
  } catch (error) {
    if (error instanceof BaselineFileError) throw new ConfigurationError(messages.badBaselineFile(path, error.problems));
    throw error;
  }
}

/** Fingerprint every finding of one side, file by file, with that side's file text. */
export function fingerprintSide(
  findings: readonly Finding[],
  side: Snapshot,
  identityPath: (path: string) => string,
): Fingerprinted[] {
  const byPath = groupBy(findings, (f) => f.path);
  const items: Fingerprinted[] = [];
  for (const [path, list] of byPath) {
    const content = side.contents.get(path);
    if (!content) continue;
    items.push(...fingerprintFile(list, content.toString("utf8"), identityPath(path)));
  }
  return items;
}

/** Bandit drops files its configuration excludes without a word; say which. */
function noteExcluded(requested: readonly string[], result: BanditResult, source: string, notes: string[]): void {
  const seen = new Set([...result.scanned, ...result.failures.map((f) => f.path)]);
  const dropped = requested.filter((p) => !seen.has(p));
  if (dropped.length > 0) {
    const list = dropped.slice(0, 10).join(", ") + (dropped.length > 10 ? `, and ${dropped.length - 10} more` : "");
    notes.push(`Bandit's configuration (${source}) excludes ${dropped.length} changed file(s), which were not judged: ${list}.`);
  }
}

function nameFunctions(verdict: Verdict, head: Snapshot): void {
  const lines = new Map<string, string[]>();
  for (const r of verdict.regressions) {
    const path = r.finding.path;
    if (!lines.has(path)) lines.set(path, splitLines(head.contents.get(path)?.toString("utf8") ?? ""));
    const name = enclosingFunction(lines.get(path) as string[], r.finding.line);
    if (name) r.function = name;
  }
}

