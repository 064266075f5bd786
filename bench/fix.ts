/**
 * `npm run bench:fix`: the codemods on bench/fix-corpus/, offline. For every case a repository
 * is made (main: the case's test; the agent's change: the vulnerable app.py), then
 * `bandit-gate fix --generator codemod --write --test-command "python3 check_app.py"` runs with
 * no API key. Reported: fixed offline, rejected by the tests (a wrong codemod caught), refused
 * (no codemod fits), whether the gate passes afterwards, whether the case's test still passes on
 * the written tree (an accepted behaviour change would fail it), and the time per function.
 * Writes bench/out/fix-results.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FixRecord } from "../src/core/fix/record.js";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "dist", "cli", "index.js");
const CORPUS = join(ROOT, "bench", "fix-corpus");
const BANDIT = process.env.BANDIT_GATE_BANDIT ?? join(ROOT, ".venv", "bandit-1.9.4", "bin", "bandit");
const GIT_ENV = { GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid", GIT_CONFIG_GLOBAL: "/dev/null" };
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });

/**
 * fixed: accepted; rejected: a codemod applied and the tests failed; not-better: a codemod applied
 * and passed, but Bandit scores it no lower than the original; refused: no codemod fits.
 */
type Outcome = "fixed" | "rejected" | "not-better" | "refused";

interface Row {
  name: string;
  expect: Outcome;
  outcome: Outcome;
  codemods: string[];
  gatePasses: boolean;
  testsPassAfter: boolean;
  ms: number;
  reason?: string;
}

function runCase(name: string, work: string): Row {
  const spec = JSON.parse(readFileSync(join(CORPUS, name, "case.json"), "utf8")) as { expect: Outcome };
  const repo = join(work, name);
  mkdirSync(repo);
  git(repo, "init", "-q", "-b", "main");
  cpSync(join(CORPUS, name, "check_app.py"), join(repo, "check_app.py"));
  // The test is on main already: its assert findings are no regression of the agent's change.
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "tests");
  cpSync(join(CORPUS, name, "app.py"), join(repo, "app.py"));
  const record = join(work, `${name}.record.json`);
  const env = { ...process.env, ...GIT_ENV, ANTHROPIC_API_KEY: "", BANDIT_GATE_BANDIT: BANDIT, NO_COLOR: "1" };
  const started = performance.now();
  const fix = spawnSync(process.execPath, [CLI, "fix", "--base", "main", "--generator", "codemod", "--write", "--quiet", "--test-command", "python3 check_app.py", "--record", record], { cwd: repo, env, encoding: "utf8" });
  const ms = performance.now() - started;
  if (!existsSync(record)) throw new Error(`${name}: fix exited ${fix.status} without a record: ${fix.stderr}`);
  const run = JSON.parse(readFileSync(record, "utf8")) as FixRecord;
  const fn = run.functions[0];
  const rounds = fn?.rounds ?? [];
  const outcome: Outcome =
    fn?.status === "fixed"
      ? "fixed"
      : rounds.some((r) => r.tests && !r.tests.passed)
        ? "rejected"
        : rounds.some((r) => r.score !== null && r.rejections.length === 0)
          ? "not-better"
          : "refused";
  const codemods = rounds.flatMap((r) => (r.model?.startsWith("codemod:") ? r.model.slice("codemod:".length).split(",") : []));
  const gate = spawnSync(process.execPath, [CLI, "check", "--base", "main", "--quiet"], { cwd: repo, env, encoding: "utf8" });
  const tests = spawnSync("python3", ["check_app.py"], { cwd: repo, encoding: "utf8" });
  return {
    name,
    expect: spec.expect,
    outcome,
    codemods,
    gatePasses: gate.status === 0,
    testsPassAfter: tests.status === 0,
    ms: Math.round(ms),
    ...(fn?.reason ? { reason: fn.reason } : {}),
  };
}

function main(): void {
  if (!existsSync(CLI)) throw new Error("dist/cli/index.js is missing: run `npm run bundle`");
  if (!existsSync(BANDIT)) throw new Error(`Bandit not found at ${BANDIT}: run \`npm run setup\` or set BANDIT_GATE_BANDIT`);
  const cases = [...readdirSync(CORPUS, { withFileTypes: true })].filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const work = mkdtempSync(join(tmpdir(), "bandit-gate-bench-fix-"));
  const rows: Row[] = [];
  try {
    for (const name of cases) {
      const row = runCase(name, work);
      rows.push(row);
      console.log(
        `${name.padEnd(24)} ${row.outcome.padEnd(8)} (expected ${row.expect.padEnd(8)}) gate ${row.gatePasses ? "passes" : "fails "} ` +
          `tests after ${row.testsPassAfter ? "pass" : "FAIL"} ${String(row.ms).padStart(6)} ms ${row.codemods.join(",")}`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const share = (n: number) => `${n}/${rows.length} (${Math.round((100 * n) / rows.length)}%)`;
  const fixed = rows.filter((r) => r.outcome === "fixed");
  const rejected = rows.filter((r) => r.outcome === "rejected");
  const refused = rows.filter((r) => r.outcome === "refused");
  const notBetter = rows.filter((r) => r.outcome === "not-better");
  const fixableExpected = rows.filter((r) => r.expect === "fixed");
  const acceptedBehaviourChanges = fixed.filter((r) => !r.testsPassAfter || r.expect === "rejected");
  const mean = Math.round(rows.reduce((s, r) => s + r.ms, 0) / rows.length);
  const sorted = rows.map((r) => r.ms).sort((a, b) => a - b);
  const summary = {
    cases: rows.length,
    fixedOffline: fixed.length,
    fixedOfflineOfExpected: `${fixed.filter((r) => r.expect === "fixed").length}/${fixableExpected.length}`,
    gatePassesAfterFix: fixed.filter((r) => r.gatePasses).length,
    rejectedByTests: rejected.length,
    notBetterByBandit: notBetter.length,
    refused: refused.length,
    acceptedBehaviourChanges: acceptedBehaviourChanges.length,
    msPerFunction: { mean, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 },
    matchesExpectation: rows.filter((r) => r.outcome === r.expect).length,
  };
  console.log(`\nfixed offline ${share(fixed.length)}; rejected by the tests ${share(rejected.length)}; not better by Bandit's score ${share(notBetter.length)}; refused ${share(refused.length)}`);
  console.log(`of the fixed, the gate passes afterwards on ${fixed.filter((r) => r.gatePasses).length}; accepted behaviour changes: ${acceptedBehaviourChanges.length}`);
  console.log(`time per function (fix run, Bandit included): mean ${mean} ms, median ${summary.msPerFunction.median} ms, max ${summary.msPerFunction.max} ms`);
  mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "out", "fix-results.json"), `${JSON.stringify({ summary, rows }, null, 2)}\n`);
  if (acceptedBehaviourChanges.length > 0) process.exitCode = 1;
}

main();
