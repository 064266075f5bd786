/**
 * `npm run bench`: bandit-gate against plain Bandit on generated repositories, side by side,
 * in one run on this machine. Prints a table and the ratios, and writes bench/out/results.json.
 *
 *   BENCH_SIZES=1,10,100,1000   changed files per agent branch
 *   BENCH_RUNS=3                runs per measurement (the median is reported)
 *   BENCH_MODULES=2000          modules in the generated repository
 *   BENCH_ONLY=startup          only the Action's start-up (cold and warm provisioning, 10 files)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { agentEdit, generateRepository, rng } from "./generate.js";
import { measure, measureSequence, median, type Measurement } from "./measure.js";
import { actionStartup, type StartupResult } from "./startup.js";
import { Git } from "../src/adapters/git.js";
import { nameCommits } from "../src/app/introduced-in.js";
import type { Regression } from "../src/core/gate/policy.js";
import type { ReportDocument } from "../src/core/report/report.js";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli", "index.js");
const BANDIT = process.env.BANDIT_GATE_BANDIT ?? join(ROOT, ".venv", "bandit-1.9.4", "bin", "bandit");
const SIZES = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MODULES = Number(process.env.BENCH_MODULES ?? 2000);
const PER_PACKAGE = 100;
const ONLY_STARTUP = process.env.BENCH_ONLY === "startup";
const STARTUP_FILES = 10;

const GIT_ENV = { GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid", GIT_CONFIG_GLOBAL: "/dev/null" };
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8", maxBuffer: 1 << 28 });

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

interface Row {
  changed: number;
  gateColdMs: number;
  gateWarmMs: number;
  gateColdSecondPushMs: number;
  floorMs: number;
  fullScanMs: number;
  gatePeakMiB: number;
  /** The "which commit did it" step alone, for the files with regressions. */
  blame: { files: number; ms: number };
  ratios: { gateOverFloor: number; gateOverFullScan: number; warmOverCold: number };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error("dist/cli/index.js is missing: run `npm run bundle`");
  if (!existsSync(join(ROOT, "dist", "action", "index.js"))) throw new Error("dist/action/index.js is missing: run `npm run bundle`");
  if (!existsSync(BANDIT)) throw new Error(`Bandit not found at ${BANDIT}: run \`npm run setup\` or set BANDIT_GATE_BANDIT`);
  const work = mkdtempSync(join(tmpdir(), "bandit-gate-bench-"));
  const repo = join(work, "repo");
  mkdirSync(repo);
  try {
    console.log(`Generating ${MODULES} modules in ${repo} ...`);
    const modules = generateRepository(20260101, Math.ceil(MODULES / PER_PACKAGE), PER_PACKAGE).slice(0, MODULES + Math.ceil(MODULES / PER_PACKAGE));
    for (const m of modules) write(repo, m.path, m.text);
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "generated repository");
    const editable = modules.filter((m) => !m.path.endsWith("__init__.py"));
    const order = shuffle(editable.map((m) => m.path), rng(7));

    const startup = await startupOf(repo, order, work);
    if (ONLY_STARTUP) {
      writeResults({ startup });
      printStartup(startup);
      return;
    }

    console.log(`Full scan (bandit -r . at head), ${RUNS} run(s) ...`);
    const full = await repeat(() => measure(BANDIT, ["-r", ".", "-f", "json", "-q", "-o", "/dev/null"], { cwd: repo }));

    const rows: Row[] = [];
    for (const n of SIZES) {
      const changed = order.slice(0, n);
      const extra = order[n] as string;
      git(repo, "checkout", "-q", "-f", "-B", `agent/n${n}`, "main");
      const random = rng(n);
      for (const path of changed) write(repo, path, agentEdit(random, readAt(repo, "main", path), `a${n}`));
      git(repo, "add", "-A");
      git(repo, "commit", "-q", "-m", `agent: ${n} files`);
      const firstPush = git(repo, "rev-parse", "HEAD").trim();
      write(repo, extra, agentEdit(random, readAt(repo, "main", extra), `b${n}`));
      git(repo, "add", "-A");
      git(repo, "commit", "-q", "-m", "agent: one more file");
      const secondPush = git(repo, "rev-parse", "HEAD").trim();

      console.log(`${n} changed file(s): ${RUNS} run(s) of each measurement ...`);
      const baseDir = join(work, `base-${n}`);
      for (const path of changed) write(baseDir, path, readAt(repo, "main", path));

      const cold: Measurement[] = [];
      const warm: Measurement[] = [];
      const coldSecond: Measurement[] = [];
      const floor: Measurement[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const cache = mkdtempSync(join(work, "cache-"));
        git(repo, "checkout", "-q", "-f", firstPush);
        cold.push(await gate(repo, cache));
        git(repo, "checkout", "-q", "-f", secondPush);
        warm.push(await gate(repo, cache));
        coldSecond.push(await gate(repo, mkdtempSync(join(work, "cache-"))));
        git(repo, "checkout", "-q", "-f", firstPush);
        floor.push(
          await measureSequence([
            () => measure(BANDIT, ["-f", "json", "-q", "-o", "/dev/null", ...changed], { cwd: repo }),
            () => measure(BANDIT, ["-f", "json", "-q", "-o", "/dev/null", ...changed], { cwd: baseDir }),
          ]),
        );
      }
      git(repo, "checkout", "-q", "-f", secondPush);
      const blame = await blameCost(repo, mkdtempSync(join(work, "cache-")));
      const row: Row = {
        changed: n,
        gateColdMs: median(cold.map((m) => m.ms)),
        gateWarmMs: median(warm.map((m) => m.ms)),
        gateColdSecondPushMs: median(coldSecond.map((m) => m.ms)),
        floorMs: median(floor.map((m) => m.ms)),
        fullScanMs: median(full.map((m) => m.ms)),
        gatePeakMiB: Math.max(...cold.map((m) => m.peakMiB), ...warm.map((m) => m.peakMiB)),
        blame,
        ratios: { gateOverFloor: 0, gateOverFullScan: 0, warmOverCold: 0 },
      };
      row.ratios = {
        gateOverFloor: row.gateColdMs / row.floorMs,
        gateOverFullScan: row.gateColdMs / row.fullScanMs,
        warmOverCold: row.gateWarmMs / row.gateColdSecondPushMs,
      };
      rows.push(row);
      printRow(row);
    }

    const hook = await preCommitPath(repo, order[0] as string, work);
    const loop = await fixLoopOverhead(work);
    const results = {
      machine: { cpus: availableParallelism(), model: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      bandit: execFileSync(BANDIT, ["--version"], { encoding: "utf8" }).split("\n")[0],
      modules: MODULES,
      runs: RUNS,
      rows,
      preCommit: hook,
      remediation: loop,
      startup,
    };
    writeResults(results);
    console.log("");
    printTable(rows);
    console.log(`\npre-commit, 1 staged file: cold ${fmt(hook.coldMs)}, warm ${fmt(hook.warmMs)}, floor (Bandit on the file twice) ${fmt(hook.floorMs)}: warm/floor ${hook.warmOverFloor.toFixed(2)}`);
    console.log(`fix loop, replay generator: ${fmt(loop.perRoundMs)} per round beyond the gate (${loop.rounds} rounds: fix ${fmt(loop.fixMs)}, gate alone ${fmt(loop.gateMs)})`);
    printStartup(startup);
    console.log(`\nwritten: bench/out/results.json`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function writeResults(results: object): void {
  mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "out", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
}

/** The Action on a runner without Bandit, on a push of STARTUP_FILES changed files. */
async function startupOf(repo: string, order: string[], work: string): Promise<StartupResult> {
  git(repo, "checkout", "-q", "-f", "-B", "agent/startup", "main");
  const random = rng(STARTUP_FILES * 7);
  for (const path of order.slice(0, STARTUP_FILES)) write(repo, path, agentEdit(random, readAt(repo, "main", path), "s"));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", `agent: ${STARTUP_FILES} files`);
  console.log(`The Action's start-up on a ${STARTUP_FILES}-file push (cold install, warm restore, old venv + pip), ${RUNS} run(s) ...`);
  const version = execFileSync(BANDIT, ["--version"], { encoding: "utf8" }).split("\n")[0]?.split(" ")[1] ?? "1.9.4";
  const result = await actionStartup(repo, STARTUP_FILES, work, BANDIT, RUNS, version);
  git(repo, "checkout", "-q", "-f", "main");
  return result;
}

function printStartup(s: StartupResult): void {
  console.log(`\nThe Action's start-up without Bandit on the runner, ${s.changed}-file push (gate alone, Bandit present: ${fmt(s.gateMs)})`);
  console.log("| provisioning | time | / gate | Action in all |");
  console.log("| --- | ---: | ---: | ---: |");
  console.log(`| before: venv + pip | ${fmt(s.oldVenvPipMs)} | ${(s.oldVenvPipMs / s.gateMs).toFixed(2)} | |`);
  console.log(`| cold: install | ${fmt(s.coldProvisionMs)} | ${s.ratios.coldProvisionOverGate.toFixed(2)} | ${fmt(s.coldActionMs)} |`);
  console.log(`| warm: restored from the cache | ${fmt(s.warmProvisionMs)} | ${s.ratios.warmProvisionOverGate.toFixed(2)} | ${fmt(s.warmActionMs)} |`);
  console.log(`cold is ${s.ratios.oldOverCold.toFixed(1)}x faster than before (target >= 2x); warm/gate ${s.ratios.warmProvisionOverGate.toFixed(2)} (target <= 0.5)`);
}

/**
 * The blame step on the gate's own regressions (a branch of two commits): timed in-process, as
 * the gate runs it, so the figure is the step's and not a whole run's noise.
 */
async function blameCost(repo: string, cache: string): Promise<{ files: number; ms: number }> {
  let stdout = "";
  try {
    stdout = execFileSync(process.execPath, [CLI, "check", "--format", "json", "--quiet"], {
      cwd: repo,
      env: { ...process.env, ...GIT_ENV, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: cache },
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    stdout = (error as { stdout?: string }).stdout ?? "";
  }
  const report = JSON.parse(stdout) as ReportDocument;
  const regressions: Regression[] = report.regressions.map((r) => ({
    kind: r.kind,
    key: r.fingerprint,
    occurrence: 0,
    source: r.code,
    finding: { path: r.path, line: r.line, lineRange: [r.line], testId: r.test_id, testName: r.test_name, severity: "LOW", confidence: "LOW", text: r.text },
  }));
  const paths = new Set(regressions.map((r) => r.finding.path));
  const files = paths.size;
  // The head's contents, as the gate hands them over: a linear branch's lines are replayed from its patches.
  const contents = new Map([...paths].map((path) => [path, readFileSync(join(repo, path))]));
  const since = git(repo, "merge-base", "HEAD", "main").trim();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    await nameCommits(new Git(repo, { ...process.env, ...GIT_ENV }), regressions, { since, head: { kind: "commit", ref: "HEAD" }, hasHeadCommit: true, contents, jobs: availableParallelism() });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { files, ms: median(times) };
}

function gate(repo: string, cache: string): Promise<Measurement> {
  return measure(process.execPath, [CLI, "check", "--format", "json", "--quiet"], {
    cwd: repo,
    env: { ...process.env, ...GIT_ENV, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: cache },
  });
}

/** The hook on a one-file commit: cold cache, then warm (a second attempt at the same commit). */
async function preCommitPath(repo: string, path: string, work: string) {
  git(repo, "checkout", "-q", "-f", "main");
  write(repo, path, readAt(repo, "main", path) + "\n\ndef added(values):\n    return sorted(values)\n");
  git(repo, "add", path);
  const cold: number[] = [];
  const warm: number[] = [];
  const floor: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const cache = mkdtempSync(join(work, "hook-cache-"));
    const env = { ...process.env, ...GIT_ENV, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: cache };
    cold.push((await measure(process.execPath, [CLI, "hook", path], { cwd: repo, env })).ms);
    warm.push((await measure(process.execPath, [CLI, "hook", path], { cwd: repo, env })).ms);
    floor.push(
      (await measureSequence([0, 1].map(() => () => measure(BANDIT, ["-f", "json", "-q", "-o", "/dev/null", path], { cwd: repo })))).ms,
    );
  }
  git(repo, "reset", "-q", "--hard");
  const result = { coldMs: median(cold), warmMs: median(warm), floorMs: median(floor), warmOverFloor: 0 };
  result.warmOverFloor = result.warmMs / result.floorMs;
  return result;
}

/**
 * The loop's own cost per round, model latency excluded: `fix` with a replay generator whose
 * replies are valid but never better (so every round runs), minus the gate alone.
 */
async function fixLoopOverhead(work: string) {
  const repo = join(work, "loop");
  mkdirSync(repo, { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  const fixture = (name: string) => readFileSync(join(ROOT, "test", "fixtures", "fix", name), "utf8");
  write(repo, "app/users.py", fixture("find_user.base.py"));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "base");
  git(repo, "checkout", "-q", "-b", "agent/loop");
  write(repo, "app/users.py", fixture("find_user.head.py"));
  git(repo, "commit", "-q", "-am", "agent");
  const rounds = 3;
  const reply =
    "```python\ndef find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError(\"name is required\")\n" +
    "    sql = \"SELECT id FROM users WHERE name = '%s'\" % name\n    return conn.execute(sql).fetchone()\n```\n";
  const replay = join(work, "replay.json");
  writeFileSync(replay, JSON.stringify({ responses: Array.from({ length: rounds }, () => ({ text: reply })) }));
  const env = { ...process.env, ...GIT_ENV, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_NO_CACHE: "1" };
  const fixMs: number[] = [];
  const gateMs: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const profile = join(work, `profile-${run}.yml`);
    fixMs.push((await measure(process.execPath, [CLI, "fix", "--generator", `replay:${replay}`, "--max-rounds", String(rounds), "--profile", profile, "--patch", join(work, "fix.patch"), "-q"], { cwd: repo, env })).ms);
    gateMs.push((await measure(process.execPath, [CLI, "check", "--quiet", "--format", "json"], { cwd: repo, env })).ms);
  }
  const fix = median(fixMs);
  const gate = median(gateMs);
  return { rounds, fixMs: fix, gateMs: gate, perRoundMs: (fix - gate) / rounds };
}

function readAt(repo: string, rev: string, path: string): string {
  return git(repo, "show", `${rev}:${path}`);
}

async function repeat(run: () => Promise<Measurement>): Promise<Measurement[]> {
  const out: Measurement[] = [];
  for (let i = 0; i < RUNS; i += 1) out.push(await run());
  return out;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

function printRow(r: Row): void {
  console.log(
    `  gate cold ${fmt(r.gateColdMs)} | warm ${fmt(r.gateWarmMs)} (cold ${fmt(r.gateColdSecondPushMs)}) | floor ${fmt(r.floorMs)} | full ${fmt(r.fullScanMs)} | peak ${r.gatePeakMiB.toFixed(0)} MiB | blame ${fmt(r.blame.ms)} for ${r.blame.files} file(s)`,
  );
}

function printTable(rows: Row[]): void {
  console.log("| changed | gate cold | gate warm | floor | full scan | gate/floor | gate/full | warm/cold | gate peak | blame step |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) {
    console.log(
      `| ${r.changed} | ${fmt(r.gateColdMs)} | ${fmt(r.gateWarmMs)} | ${fmt(r.floorMs)} | ${fmt(r.fullScanMs)} | ` +
        `${r.ratios.gateOverFloor.toFixed(2)} | ${r.ratios.gateOverFullScan.toFixed(3)} | ${r.ratios.warmOverCold.toFixed(2)} | ${r.gatePeakMiB.toFixed(0)} MiB | ${fmt(r.blame.ms)} (${r.blame.files} files) |`,
    );
  }
}

await main();
