import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { ChangedPath, Git, HeadSide } from "../adapters/git.js";
import { unscannedNote, unscannedReason, type UnscannedReason } from "../core/gate/unscanned.js";
import { isExtensionless } from "../core/gate/paths.js";
import { banditSection, gateFileKind, gateFilesWarning } from "../core/gate/gate-files.js";
import type { BanditCommand, Scanner } from "../adapters/bandit/run.js";
import { BaselineFileError, blobId, parseBaselineFile, planAgainstStored, storedEntries, type BaselineFile, type StoredFile } from "../core/gate/baseline-file.js";
import { defsDecidingMoves, matchFindings, toBaselineEntries, type BaselineEntry, type ChangeFacts } from "../core/gate/compare.js";
import { unmatchedRecord } from "../core/gate/shard-unmatched.js";
import { ConfigurationError, ScanError } from "../core/errors.js";
import type { BanditResult, Finding, ScanFailure } from "../core/gate/finding.js";
import { fingerprintFile, type Fingerprinted } from "../core/gate/fingerprint.js";
import type { SourceFacts, StatementRequest } from "../core/gate/source-facts.js";
import type { StatementReader } from "../adapters/python/statements.js";
import { groupBy } from "../core/group.js";
import type { Hunk } from "../core/gate/hunks.js";
import type { Logger } from "../core/logger.js";
import { judge, type RegressionPolicy, type Verdict } from "../core/gate/policy.js";
import { buildReport, type BaselineDescription, type ReportDocument } from "../core/report/report.js";
import { enclosingFunction } from "../core/gate/scope.js";
import { inShard, makeSelector } from "../core/gate/selection.js";
import { loadBanditConfig, type LoadedConfig } from "../adapters/bandit/config.js";
import { headBlobIds, listHeadFiles, loadHeadFiles, mayBePython, pythonOnly } from "../adapters/files/head-files.js";
import { messages } from "../core/messages.js";
import { excludedByBandit } from "../core/gate/bandit-paths.js";
import { resolveBaseline } from "./resolve-baseline.js";
import type { GateSettings } from "./settings.js";
import { NO_TIMER, type PhaseTimer } from "../core/timings.js";
import { materialise } from "../adapters/files/snapshot.js";
import { setAsideTestAsserts, type TestAssertDecision } from "../core/gate/test-asserts.js";
import { testAssertDecision } from "./test-asserts.js";
import { nameCommits } from "./introduced-in.js";
import { notebooksAsPython, type NotebookSide } from "./notebooks.js";
import { isNotebookPath, leftOutNote } from "../core/gate/notebook.js";
import { placeInCells } from "../core/report/cells.js";
import { lineHunks } from "../core/gate/line-diff.js";
import type { Snapshot } from "../adapters/files/snapshot.js";

export interface GateDeps {
  git: Git;
  logger: Logger;
  /** The Bandit this run uses (found once; the fix step scores candidates with it too). */
  bandit: () => Promise<BanditCommand>;
  /** A scanner for one Bandit configuration (the cache and the runner live behind it). */
  scanner: (config: LoadedConfig) => Promise<Scanner>;
  /** Python's reading of the changed files (decoding, comments, statements), with the Bandit's Python. */
  statements: () => Promise<StatementReader>;
  /** Where each phase's time goes (the Action's summary, the CLI's --verbose); absent, nowhere. */
  timer?: PhaseTimer;
  /** End what the dependencies started ahead (Bandit's drivers); the entry point calls it once, at the end. */
  close?: () => Promise<void>;
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
  const gateChanges: string[] = [];
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
        ...(headCommit ? { headCommit } : {}),
      },
      logger,
      timer,
    ));
  }
  logger.info(`Baseline: ${baseline.ref} (${baseline.commit.slice(0, 12)})`);

  const everyChange = await timer.time("git: diff", () => git.diffAllModes(baseline.commit, settings.head));
  const changes = everyChange.filter((c) => c.status === "D" || c.mode === "100644" || c.mode === "100755");
  if (settings.head.kind === "worktree") {
    const known = new Set(changes.map((c) => c.path));
    for (const path of await git.untrackedFiles()) if (!known.has(path)) changes.push({ status: "A", path });
  }
  await findGateFileChanges(git, baseline.commit, settings.head, everyChange, undefined, gateChanges);
  const select = makeSelector(settings);
  // Untracked files (working-tree runs) carry no mode: only their name can say "notebook".
  const candidates = [...everyChange, ...changes.filter((c) => c.mode === undefined)];
  await noteUnscanned(git, settings.head, candidates.filter((c) => c.status !== "D" && select(c.path) && inShard(c.path, settings.shard)), notes, settings.notebooks);
  const notebook = (path: string) => settings.notebooks && isNotebookPath(path);
  const wanted = changes.filter((c) => c.status !== "D" && select(c.path) && (mayBePython(c.path) || notebook(c.path)));
  refuseUnreadable(git, wanted.map((c) => c.path));
  let head: Snapshot = await timer.time("git: read files", () => loadHeadFiles(git, settings.head, wanted.map((c) => c.path)));
  const disposers: Array<() => Promise<void>> = [head.dispose];
  try {
    // A notebook is judged by its code cells' Python, written where Bandit reads the head side.
    const headNotebooks = await notebooksAsPython(head, wanted.filter((c) => notebook(c.path)).map((c) => c.path), "head-notebooks", settings.head.kind !== "worktree");
    if (headNotebooks.snapshot !== head) {
      head = headNotebooks.snapshot;
      disposers.push(head.dispose);
    }
    const python = new Set([...pythonOnly(head, [...head.contents.keys()]), ...headNotebooks.lines.keys()]);
    const judged = wanted.filter((c) => python.has(c.path) && inShard(c.path, settings.shard));
    const notebookFailures = headNotebooks.unreadable.filter((u) => inShard(u.path, settings.shard));
    noteNotebooks(headNotebooks, judged, settings.shard, notes);
    const describe: BaselineDescription = { mode: "git", ref: baseline.ref, commit: baseline.commit };
    const scanned = {
      head: headLabel(settings),
      ...(headCommit && settings.head.kind !== "index" ? { head_commit: headCommit } : {}),
      files: judged.map((c) => c.path).sort(),
      baseline_files: 0,
      ...(settings.shard ? { shard: `${settings.shard.index}/${settings.shard.total}` } : {}),
    };
    // A shard scans its deleted files whatever it finds: another shard may hold what moved out of them.
    const deleted = changes.filter((c) => c.status === "D" && select(c.path) && mayBePython(c.path) && inShard(c.path, settings.shard));
    if (judged.length === 0 && (!settings.shard || deleted.length === 0)) {
      logger.info(`No changed Python files${settings.shard ? " in this shard" : ""}: nothing to judge`);
      warnOfGateChanges(gateChanges, notes);
      return buildReport({ regressions: [], fixed: [], unchanged: 0 }, {
        baseline: describe, scanned, banditVersion: "not run", failures: notebookFailures, notes, gateChanges,
      });
    }

    const configSide = baseline.commit === EMPTY_TREE ? ({ kind: "index" } as const) : ({ kind: "commit", commit: baseline.commit } as const);
    const config = await loadBanditConfig(git, configSide);
    disposers.push(config.dispose);
    const headConfig = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    disposers.push(headConfig.dispose);
    if (headConfig.digest !== config.digest) {
      addGateChange(gateChanges, headConfig.source);
      notes.push(
        `The Bandit configuration differs on this branch (${headConfig.source}); both sides were scanned with the baseline's (${config.source}), so a branch cannot loosen its own check. The new configuration applies once it is merged.`,
      );
    }
    const scanner = await deps.scanner(config);
    disposers.push(async () => scanner.flush?.());
    // Whether test asserts are judged may need the whole tree listed: meanwhile, not after.
    const testAsserts = settled(testAssertDecision(git, config, configSide, settings.judgeTestAsserts));
    const excluded = judged.filter((c) => excludedByBandit(c.path, config.excludes)).map((c) => c.path);
    noteExcluded(excluded, config.source, notes);

    const renamedFrom = new Map<string, string>();
    const baselinePathOf = new Map<string, string>();
    const baseSpecs = new Map<string, string>();
    for (const change of judged) {
      if (change.status === "A" || excluded.includes(change.path)) continue;
      const basePath = change.status === "R" && change.oldPath ? change.oldPath : change.path;
      if (change.status === "R" && change.oldPath) renamedFrom.set(change.path, change.oldPath);
      baselinePathOf.set(change.path, basePath);
      if (excludedByBandit(basePath, config.excludes)) continue;
      baseSpecs.set(basePath, `${baseline.commit}:${basePath}`);
    }
    logger.info(`Scanning ${judged.length} changed Python file(s) at head and ${baseSpecs.size} at the baseline with Bandit ${scanner.version}`);
    const headFiles = scanned.files.filter((p) => !excluded.includes(p));
    // Python reads each side while Bandit scans it: one process per side. The head side starts
    // at once; the baseline's files are written out meanwhile.
    const reader = await deps.statements();
    disposers.push(async () => reader.flush?.());
    const headSession = reader.open(headFiles.map((path) => ({ path, file: join(head.root, path), content: head.contents.get(path) })));
    disposers.push(() => headSession.close());
    const headScan = settled(timer.time("scan: head", () => scanner.scan(head.root, headFiles, head)).then((r) => withUnanswered(headFiles, r)));
    const diffPaths = [...new Set(judged.flatMap((c) => (c.oldPath ? [c.path, c.oldPath] : [c.path])))];
    const hunksRead = settled(timer.time("git: diff", () => git.diffHunks(baseline.commit, settings.head, diffPaths)));
    // The branch's commits, for naming the commit behind each regression: asked while Bandit scans.
    const since = baseline.commit === EMPTY_TREE ? undefined : baseline.commit;
    const branchLog = since && headCommit !== undefined && headCommit !== baseline.commit ? git.branchCommits(since, headRef).catch(() => undefined) : undefined;
    // Whatever fails from here on, the head scan and the diff end before their files go.
    disposers.push(async () => void (await Promise.all([headScan, hunksRead])));
    const base = await timer.time("git: read files", () => materialise(git, baseSpecs, "base"));
    disposers.push(base.dispose);
    const baseNotebooks = await notebooksAsPython(base, [...baseSpecs.keys()].filter(isNotebookPath), "base-notebooks", true);
    for (const u of baseNotebooks.unreadable) notes.push(`The baseline version of ${u.path} is ${u.reason}; every finding in it counts as new.`);
    scanned.baseline_files = base.contents.size;
    const basePaths = [...base.contents.keys()].sort();
    const baseSession = reader.open(basePaths.map((path) => ({ path, file: join(base.root, path), content: base.contents.get(path) })));
    disposers.push(() => baseSession.close());
    const [headResult, baseResult, gitHunks] = await Promise.all([
      headScan.then(unwrap),
      timer.time("scan: baseline", () => scanner.scan(base.root, basePaths, base)).then((r) => withUnanswered(basePaths, r)),
      hunksRead.then(unwrap),
    ]);
    const hunks = notebookHunks(gitHunks, headNotebooks, baseNotebooks, baselinePathOf);
    const defsWanted = defsDecidingMoves(headResult.findings, baseResult.findings, baselinePathOf);
    const [headFacts, baseFacts] = await timer.time("statements", () =>
      Promise.all([headSession.locate(requestsOf(headResult.findings), defsWanted.head), baseSession.locate(requestsOf(baseResult.findings), defsWanted.base)]),
    );
    countScans(scanner, reader, timer);
    const failures = headResult.failures.filter((f) => python.has(f.path));
    failures.push(...undecodable(headFacts, failures), ...notebookFailures);
    for (const f of baseResult.failures) {
      notes.push(`Bandit could not scan the baseline version of ${f.path} (${f.reason}); every finding in it counts as new.`);
    }
    for (const facts of baseFacts.values()) {
      if (facts.error?.kind === "decode") notes.push(messages.undecodableBaseline(facts.path, facts.error.message));
    }

    const headItems = fingerprintSide(headResult.findings, headFacts, (p) => renamedFrom.get(p) ?? p);
    const baseItems = fingerprintSide(baseResult.findings, baseFacts, (p) => p);
    noteTextIdentity([...headItems, ...baseItems], [headFacts, baseFacts], notes);
    const decision = unwrap(await testAsserts);
    const tests = leaveOutTestAsserts(decision, headItems, toBaselineEntries(baseItems));
    const change = {
      baselinePathOf,
      hunks,
      baseDefs: defsOf(baseFacts),
      headDefs: defsOf(headFacts),
      goneFiles: new Set<string>(),
    };
    let comparison = await timer.time("compare", async () => matchFindings(tests.base, tests.head, change));

    // Code moved out of a deleted file can only be recognised from that file's baseline
    // version: read it, but only when something at head is still unmatched.
    let leftovers = { comparison, change: change as ChangeFacts };
    if ((comparison.added.length > 0 || settings.shard) && deleted.length > 0) {
      const gone = await materialise(git, new Map(deleted.map((c) => [c.path, `${baseline.commit}:${c.path}`])), "deleted");
      disposers.push(gone.dispose);
      const gonePaths = pythonOnly(gone, [...gone.contents.keys()]).sort();
      const goneSession = reader.open(gonePaths.map((path) => ({ path, file: join(gone.root, path), content: gone.contents.get(path) })));
      disposers.push(() => goneSession.close());
      const goneResult = await scanner.scan(gone.root, gonePaths, gone);
      const goneFacts = await goneSession.locate(requestsOf(goneResult.findings));
      const goneEntries = leaveOutTestAsserts(decision, [], toBaselineEntries(fingerprintSide(goneResult.findings, goneFacts, (p) => p))).base;
      scanned.baseline_files += gonePaths.length;
      const goneDefs = defsOf(goneFacts);
      const withGone: ChangeFacts = { ...change, baseDefs: new Map([...change.baseDefs, ...goneDefs]), goneFiles: new Set(gonePaths) };
      comparison = matchFindings([...tests.base, ...goneEntries], tests.head, withGone);
      leftovers = { comparison: { ...comparison }, change: withGone };
      // Deleted files were not judged before; what they held and nothing took up is not "fixed".
      const goneSet = new Set(gonePaths);
      comparison.removed = comparison.removed.filter((entry) => !goneSet.has(entry.path));
    }
    const unmatched = settings.shard ? unmatchedRecord(leftovers.comparison, leftovers.change, policyOf(settings)) : undefined;
    const verdict = judge(comparison, policyOf(settings));
    nameFunctions(verdict, headFacts);
    // With no commits between baseline and head (the pre-commit hook, --base HEAD) every line
    // would be "not committed yet": that says nothing.
    if (headCommit !== undefined && headCommit !== baseline.commit) {
      // git blame speaks of a notebook's JSON lines, not of its cells: notebooks are left out.
      await timer.time("git: blame", () =>
        nameCommits(git, verdict.regressions.filter((r) => !headNotebooks.lines.has(r.finding.path)), { since, head: settings.head, hasHeadCommit: true, contents: head.contents, jobs: settings.jobs, hunks, ...(branchLog ? { commits: branchLog } : {}) }),
      );
    }
    warnOfGateChanges(gateChanges, notes);
    return placeInCells(
      buildReport(verdict, {
        baseline: describe, scanned, banditVersion: scanner.version, failures, notes, testAsserts: tests.record, gateChanges,
        ...(unmatched ? { unmatched } : {}),
      }),
      headNotebooks.lines,
    );
  } finally {
    for (const dispose of disposers.reverse()) await dispose();
  }
}

async function gateAgainstFile(settings: GateSettings, file: string, deps: GateDeps): Promise<ReportDocument> {
  const { git, logger } = deps;
  const timer = deps.timer ?? NO_TIMER;
  const notes: string[] = [];
  const gateChanges: string[] = [];
  const headSide = settings.head.kind === "commit" ? ({ kind: "commit", commit: settings.head.ref } as const) : settings.head;
  const trusted = settings.trustedRevision ? await trustedRevisionOf(settings, settings.trustedRevision, deps) : undefined;
  let stored = trusted ? await readTrustedBaselineFile(git, settings, file, trusted, notes, gateChanges) : await readBaselineFile(resolve(settings.cwd, file));
  const sinceTrusted = trusted ? await git.diffAllModes(trusted.commit, settings.head) : undefined;
  if (trusted && sinceTrusted) {
    const repoPath = relative(git.root, resolve(settings.cwd, file)).split("\\").join("/");
    await findGateFileChanges(git, trusted.commit, settings.head, sinceTrusted, repoPath, gateChanges);
  }
  const select = makeSelector(settings);
  const owns = (path: string) => select(path) && inShard(path, settings.shard);
  const headFiles = await listHeadFiles(git, settings.head);
  // Notebooks are judged against a file that stored them. One made without them (an older
  // bandit-gate's, or with notebooks off) would call every notebook finding new: say which
  // notebooks this run left alone (changed since the trusted revision, else all of them).
  const judgeNotebooks = settings.notebooks && stored.notebooks;
  const notebook = (path: string) => judgeNotebooks && isNotebookPath(path);
  if (!judgeNotebooks) {
    // Stored notebooks this run does not look at are not "gone": their findings are not fixed.
    stored = { ...stored, files: Object.fromEntries(Object.entries(stored.files).filter(([path]) => !isNotebookPath(path))) };
    const notebooks = sinceTrusted
      ? sinceTrusted.filter((c) => c.status !== "D" && isNotebookPath(c.path) && owns(c.path)).map((c) => c.path)
      : headFiles.filter((p) => isNotebookPath(p) && owns(p));
    if (notebooks.length > 0) notes.push(messages.notebooksAgainstFile(notebooks, trusted ? `changed since ${trusted.ref}` : "in the tree", file, !settings.notebooks));
  }
  // Every candidate's blob id (cheap), so that a file moved into another shard is seen as moved.
  const candidates = headFiles.filter((p) => select(p) && (mayBePython(p) || notebook(p)));
  refuseUnreadable(git, candidates);
  let head: Snapshot = await loadHeadFiles(git, settings.head, candidates.filter(owns));
  // This shard's files are read already; only the others need hashing (or git's ids).
  const blobs = await headBlobIds(git, settings.head, candidates.filter((p) => !owns(p)));
  for (const [path, content] of head.contents) blobs.set(path, blobId(content));
  const disposers: Array<() => Promise<void>> = [head.dispose];
  try {
    // A notebook is judged by its code cells' Python (its blob id stays its JSON's, as stored).
    const headNotebooks = await notebooksAsPython(head, candidates.filter((p) => notebook(p) && owns(p)), "head-notebooks", settings.head.kind !== "worktree");
    if (headNotebooks.snapshot !== head) {
      head = headNotebooks.snapshot;
      disposers.push(head.dispose);
    }
    const python = new Set([...pythonOnly(head, [...head.contents.keys()]), ...headNotebooks.lines.keys()]);
    noteNotebooks(headNotebooks, [...headNotebooks.leftOut.keys()].map((path) => ({ status: "M", path })), settings.shard, notes);
    const config = await loadBanditConfig(git, trusted ? { kind: "commit", commit: trusted.commit } : headSide);
    disposers.push(config.dispose);
    if (trusted) {
      const headConfig = await loadBanditConfig(git, headSide);
      await headConfig.dispose();
      if (headConfig.digest !== config.digest) {
        addGateChange(gateChanges, headConfig.source);
        notes.push(
          `The Bandit configuration differs on this branch (${headConfig.source}); the baseline revision's (${config.source}) was used, so a branch cannot loosen its own check.`,
        );
      }
    }
    const scanner = await deps.scanner(config);
    disposers.push(async () => scanner.flush?.());
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
    const excluded = plan.scan.map((s) => s.path).filter((p) => excludedByBandit(p, config.excludes));
    noteExcluded(excluded, config.source, notes);
    const toScan = plan.scan.map((s) => s.path).filter((p) => !excluded.includes(p));
    const storedPathOf = new Map(plan.scan.flatMap((s) => (s.storedPath ? [[s.path, s.storedPath] as const] : [])));

    logger.info(`Scanning ${toScan.length} of ${python.size} Python file(s) that differ from the baseline file with Bandit ${scanner.version}`);
    const reader = await deps.statements();
    disposers.push(async () => reader.flush?.());
    const session = reader.open(toScan.map((path) => ({ path, file: join(head.root, path), content: head.contents.get(path) })));
    disposers.push(() => session.close());
    const result = withUnanswered(toScan, await timer.time("scan: head", () => scanner.scan(head.root, toScan, head)));
    // Defs decide moves only for head files with findings or whose stored version has some.
    const defsFor = new Set([
      ...result.findings.map((f) => f.path),
      ...plan.scan.flatMap((s) => (s.storedPath && (stored.files[s.storedPath]?.findings.length ?? 0) > 0 ? [s.path] : [])),
    ]);
    const headFacts = await timer.time("statements", () => session.locate(requestsOf(result.findings), defsFor));
    countScans(scanner, reader, timer);
    const configSide = trusted ? ({ kind: "commit", commit: trusted.commit } as const) : headSide;
    const decision = await testAssertDecision(git, config, configSide, settings.judgeTestAsserts);
    const scannedItems = fingerprintSide(result.findings, headFacts, (p) => storedPathOf.get(p) ?? p);
    const storedScanned = plan.scan.flatMap((s) => (s.storedPath ? storedEntries(s.storedPath, stored.files[s.storedPath] as StoredFile) : []));
    const tests = leaveOutTestAsserts(decision, scannedItems, storedScanned);
    // Stored files gone from the tree take part too: a def may have moved out of them.
    const gone = leaveOutTestAsserts(decision, [], plan.gone.flatMap((path) => storedEntries(path, stored.files[path] as StoredFile))).base;
    const storedDefs = (path: string) => new Set(stored.files[path]?.defs ?? []) as ReadonlySet<string>;
    const baseDefs = new Map<string, ReadonlySet<string>>();
    for (const path of [...plan.scan.flatMap((s) => (s.storedPath ? [s.storedPath] : [])), ...plan.gone]) baseDefs.set(path, storedDefs(path));
    const change: ChangeFacts = {
      baselinePathOf: storedPathOf,
      hunks: new Map(),
      baseDefs,
      headDefs: defsOf(headFacts),
      goneFiles: new Set(plan.gone),
    };
    const comparison = matchFindings([...tests.base, ...gone], tests.head, change);
    const unmatched = settings.shard ? unmatchedRecord(comparison, change, policyOf(settings)) : undefined;
    const verdict = judge(comparison, policyOf(settings));

    const untouched = leaveOutTestAsserts(decision, [], plan.unchanged.flatMap((u) => storedEntries(u.path, stored.files[u.storedPath] as StoredFile))).base;
    const steady = judge({ matched: untouched.map((e) => ({ base: e, head: asFingerprinted(e), how: "exact" as const })), added: [], removed: [] }, policyOf(settings));
    const combined: Verdict = { ...verdict, unchanged: verdict.unchanged + steady.unchanged };
    nameFunctions(combined, headFacts);
    const failures = result.failures.filter((f) => python.has(f.path));
    failures.push(...undecodable(headFacts, failures), ...headNotebooks.unreadable);
    warnOfGateChanges(gateChanges, notes);
    const report = buildReport(combined, {
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
      gateChanges,
      ...(unmatched ? { unmatched } : {}),
    });
    return placeInCells(report, headNotebooks.lines);
  } finally {
    for (const dispose of disposers.reverse()) await dispose();
  }
}

/** `gateChanges` names each changed file once, by its path (a config's source may add " at <commit>"). */
function addGateChange(gateChanges: string[], entry: string): void {
  // The configuration gone from the branch: the removed file is named already.
  if (entry === "Bandit's defaults" && gateChanges.length > 0) return;
  const path = entry.split(" ")[0];
  if (!gateChanges.some((known) => known === entry || known.split(" ")[0] === path)) gateChanges.push(entry);
}

/**
 * Record every changed file that decides how the gate judges (gate-files.ts says which): the
 * workflows, the hook's configuration, Bandit's configuration files and the baseline file. A
 * `pyproject.toml` or `setup.cfg` counts only when its Bandit part changed.
 */
async function findGateFileChanges(
  git: Git,
  base: string,
  head: HeadSide,
  changes: readonly ChangedPath[],
  baselineFile: string | undefined,
  gateChanges: string[],
): Promise<void> {
  for (const change of changes) {
    for (const path of change.oldPath ? [change.path, change.oldPath] : [change.path]) {
      const kind = gateFileKind(path, baselineFile);
      if (!kind) continue;
      if (kind === "section") {
        const before = await readSide(git, { kind: "commit", ref: base }, path);
        const after = change.status === "D" ? undefined : await readSide(git, head, path);
        if (banditSection(path, before ?? "") === banditSection(path, after ?? "")) continue;
      }
      addGateChange(gateChanges, path);
    }
  }
}

async function readSide(git: Git, side: HeadSide, path: string): Promise<string | undefined> {
  if (side.kind === "worktree") return readFile(join(git.root, path), "utf8").catch(() => undefined);
  const spec = side.kind === "index" ? `:${path}` : `${side.ref}:${path}`;
  return (await git.readObjects([spec])).get(spec)?.content.toString("utf8");
}

/**
 * git's hunks, except for notebooks: theirs are of the extracted Python (git's speak of JSON
 * lines), so that an unchanged cell line maps to its baseline line through a re-save.
 */
function notebookHunks(
  gitHunks: Map<string, Hunk[]>,
  head: NotebookSide,
  base: NotebookSide,
  baselinePathOf: ReadonlyMap<string, string>,
): Map<string, Hunk[]> {
  const hunks = new Map(gitHunks);
  for (const [path, python] of head.python) {
    const basePath = baselinePathOf.get(path);
    if (basePath === undefined) continue;
    hunks.set(path, lineHunks(base.python.get(basePath) ?? "", python));
  }
  return hunks;
}

/** Notebooks of other languages are not judged; shell commands and magics left out of judged ones are named. */
function noteNotebooks(side: NotebookSide, judged: readonly ChangedPath[], shard: GateSettings["shard"], notes: string[]): void {
  for (const other of side.otherLanguage) {
    if (inShard(other.path, shard)) notes.push(messages.notebookOtherLanguage(other.path, other.language));
  }
  for (const change of judged) {
    const note = leftOutNote(change.path, side.leftOut.get(change.path) ?? []);
    if (note) notes.push(note);
  }
}

/** Changed files that may be Python but are not given to Bandit (unscanned.ts says which), in one note. */
async function noteUnscanned(git: Git, head: HeadSide, changes: readonly ChangedPath[], notes: string[], scanNotebooks: boolean): Promise<void> {
  const found: Array<{ path: string; reason: UnscannedReason }> = [];
  for (const change of changes) {
    let line: string | undefined;
    if (change.mode === "100755" && isExtensionless(change.path)) line = ((await readSide(git, head, change.path)) ?? "").split("\n")[0];
    const reason = unscannedReason(change.path, change.mode, () => line);
    if (reason === "notebook" && scanNotebooks) continue;
    if (reason) found.push({ path: change.path, reason });
  }
  if (found.length > 0) notes.push(unscannedNote(found));
}

function warnOfGateChanges(gateChanges: readonly string[], notes: string[]): void {
  if (gateChanges.length > 0) notes.unshift(gateFilesWarning(gateChanges.map((g) => g.split(" ")[0] as string)));
}

function countScans(scanner: Scanner, reader: StatementReader, timer: PhaseTimer): void {
  if (scanner.stats) {
    timer.count("scan cache hits", scanner.stats.hits);
    timer.count("files scanned", scanner.stats.misses);
  }
  if (reader.stats) {
    timer.count("statement cache hits", reader.stats.hits);
    timer.count("files parsed", reader.stats.misses);
  }
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
  return { finding, key: entry.key, occurrence: 0, suppressed: entry.suppressed, source: [], identityPath: entry.path };
}

/** The revision revision mode would compare with: `ref`, else the branch-off point. Undefined before the first commit. */
async function trustedRevisionOf(settings: GateSettings, trusted: { ref?: string }, deps: GateDeps): Promise<{ ref: string; commit: string } | undefined> {
  const headRef = settings.head.kind === "commit" ? settings.head.ref : "HEAD";
  if (trusted.ref === "HEAD" && !(await deps.git.tryResolveCommit("HEAD"))) return undefined;
  return resolveBaseline(
    deps.git,
    { explicitRef: trusted.ref, pullRequestBase: settings.pullRequestBase, defaultBranch: settings.defaultBranch, headRef },
    deps.logger,
  );
}

/**
 * The baseline file as the trusted revision has it. One the revision lacks (the branch adopts
 * the gate) is read from the branch, and like a changed one it is noted and counts as a change.
 */
async function readTrustedBaselineFile(
  git: Git,
  settings: GateSettings,
  file: string,
  trusted: { ref: string; commit: string } | undefined,
  notes: string[],
  gateChanges: string[],
): Promise<BaselineFile> {
  const repoPath = relative(git.root, resolve(settings.cwd, file)).split("\\").join("/");
  if (!trusted || repoPath.startsWith("..")) return readBaselineFile(resolve(settings.cwd, file));
  const spec = `${trusted.commit}:${repoPath}`;
  const atRevision = (await git.readObjects([spec])).get(spec)?.content;
  const headSpec = settings.head.kind === "commit" ? `${settings.head.ref}:${repoPath}` : settings.head.kind === "index" ? `:${repoPath}` : undefined;
  const onBranch = headSpec
    ? (await git.readObjects([headSpec])).get(headSpec)?.content
    : await readFile(resolve(git.root, repoPath)).catch(() => undefined);
  if (!atRevision) {
    gateChanges.push(file);
    notes.push(`The baseline file ${file} is not in the baseline revision (${trusted.ref}); this branch's own was used. Commit it to the default branch so that branches are judged by it.`);
    return readBaselineFile(resolve(settings.cwd, file));
  }
  if (!onBranch || !onBranch.equals(atRevision)) {
    gateChanges.push(file);
    notes.push(`The baseline file ${file} differs on this branch; the baseline revision's (${trusted.ref}) was used, so a branch cannot loosen its own check.`);
  }
  try {
    return parseBaselineFile(atRevision.toString("utf8"));
  } catch (error) {
    if (error instanceof BaselineFileError) throw new ConfigurationError(messages.badBaselineFile(`${file} (at ${trusted.ref})`, error.problems));
    throw error;
  }
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

/** Where each finding is, per file, in Bandit's order: what the statement reader is asked. */
export function requestsOf(findings: readonly Finding[]): Map<string, StatementRequest[]> {
  const out = new Map<string, StatementRequest[]>();
  for (const [path, list] of groupBy(findings, (f) => f.path)) {
    out.set(path, list.map((f) => (f.column === undefined ? { line: f.line } : { line: f.line, column: f.column })));
  }
  return out;
}

/** Fingerprint every finding of one side, file by file, with what Python read of each file. */
export function fingerprintSide(
  findings: readonly Finding[],
  facts: ReadonlyMap<string, SourceFacts>,
  identityPath: (path: string) => string,
): Fingerprinted[] {
  const items: Fingerprinted[] = [];
  for (const [path, list] of groupBy(findings, (f) => f.path)) {
    const file = facts.get(path);
    if (!file) continue;
    items.push(...fingerprintFile(list, file, identityPath(path)));
  }
  return items;
}

/** A head file Python cannot decode is a scan failure: Bandit and the gate could read it differently. */
function undecodable(facts: ReadonlyMap<string, SourceFacts>, known: readonly ScanFailure[]): ScanFailure[] {
  const listed = new Set(known.map((f) => f.path));
  return [...facts.values()]
    .filter((f) => f.error?.kind === "decode" && !listed.has(f.path))
    .map((f) => ({ path: f.path, reason: f.error?.message ?? "cannot decode" }));
}

/** Findings in files Python could not parse keep today's text identity; say so. */
function noteTextIdentity(items: readonly Fingerprinted[], sides: ReadonlyArray<ReadonlyMap<string, SourceFacts>>, notes: string[]): void {
  const paths = new Set<string>();
  for (const item of items) {
    if (item.statement) continue;
    const facts = sides.map((side) => side.get(item.finding.path)).find((f) => f?.error?.kind === "syntax");
    if (facts) paths.add(item.finding.path);
  }
  if (paths.size > 0) notes.push(messages.textIdentity([...paths].sort()));
}

function defsOf(facts: ReadonlyMap<string, SourceFacts>): Map<string, ReadonlySet<string>> {
  return new Map([...facts].flatMap(([path, f]) => (f.defs ? [[path, f.defs] as const] : [])));
}

/** Files the configuration's `exclude_dirs` drop are not given to Bandit; say which. */
/**
 * A file the gate would judge whose name git could not hand over intact (not UTF-8, a newline):
 * reading it would find nothing and pass it unscanned, so the run fails instead, naming it as git
 * quotes it. Never waived by --allow-scan-errors: such a name is how a branch would hide a file.
 */
export function refuseUnreadable(git: Git, paths: readonly string[]): void {
  const unreadable = [...new Set(paths)].flatMap((path) => {
    const found = git.unreadable.get(path);
    return found ? [found] : [];
  });
  if (unreadable.length > 0) throw new ScanError(messages.unreadablePaths(unreadable));
}

function noteExcluded(dropped: readonly string[], source: string, notes: string[]): void {
  if (dropped.length > 0) {
    const list = dropped.slice(0, 10).join(", ") + (dropped.length > 10 ? `, and ${dropped.length - 10} more` : "");
    notes.push(`Bandit's configuration (${source}) excludes ${dropped.length} changed file(s), which were not judged: ${list}.`);
  }
}

/**
 * A file Bandit was given but said nothing about (no metrics, no error) was not scanned: a
 * wrapper, a broken install or a stray option dropped it. No configuration excludes it (those
 * files are never given to Bandit), so it is a scan failure, never a pass.
 */
function withUnanswered(requested: readonly string[], result: BanditResult): BanditResult {
  const seen = new Set([...result.scanned, ...result.failures.map((f) => f.path)]);
  const missing = requested.filter((p) => !seen.has(p));
  if (missing.length === 0) return result;
  return { ...result, failures: [...result.failures, ...missing.map((path) => ({ path, reason: messages.banditNoResult }))] };
}

function nameFunctions(verdict: Verdict, head: ReadonlyMap<string, SourceFacts>): void {
  for (const r of verdict.regressions) {
    const name = enclosingFunction(head.get(r.finding.path)?.lines ?? [], r.finding.line);
    if (name) r.function = name;
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise started early and awaited later: it never rejects unobserved in between. */
function settled<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function unwrap<T>(result: Settled<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
