/**
 * `npm run bench:history [REPO] [N] [-- CHECK FLAGS...]` (N default 200): replay the gate over the last N commits
 * of a local clone, each commit against its first parent, as if each had been an agent's push,
 * and print the commits it would fail and the rules behind them. Without REPO it generates a
 * small synthetic history (tests added, files moved, code reformatted, and a few real
 * regressions), so it runs offline. Nothing in REPO is changed (`--head` reads commits).
 *
 *   BANDIT_GATE_BANDIT   the Bandit to use (default: .venv/bandit-1.9.4)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { main as cli } from "../src/cli/main.js";
import type { ReportDocument } from "../src/core/report/report.js";

const ROOT = resolve(import.meta.dirname, "..");
const GIT_ENV = { GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@example.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@example.invalid", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8", maxBuffer: 1 << 28 });

export interface ReplayedCommit {
  commit: string;
  subject: string;
  verdict: ReportDocument["verdict"] | "usage-error";
  exitCode: number;
  /** Regressions by rule, `B602` -> 2. */
  rules: Record<string, number>;
  /** B101 findings in test files left out by the default. */
  testAssertsSetAside: number;
  ms: number;
}

export interface Replay {
  repo: string;
  commits: ReplayedCommit[];
  failed: ReplayedCommit[];
  rules: Record<string, number>;
}

/** Each of the last `count` first-parent commits of HEAD against its parent (root commits are skipped). */
export async function replayHistory(repo: string, count: number, checkArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Replay> {
  const lines = git(repo, "rev-list", "--first-parent", "--parents", "-n", String(count), "HEAD").trim().split("\n").reverse();
  const cache = mkdtempSync(join(tmpdir(), "bandit-gate-history-cache-"));
  const commits: ReplayedCommit[] = [];
  try {
    for (const line of lines) {
      const [commit, parent] = line.split(" ") as [string, string | undefined];
      if (!parent) continue;
      const subject = git(repo, "log", "-1", "--format=%s", commit).trim();
      let stdout = "";
      const started = process.hrtime.bigint();
      const exitCode = await cli(["check", "--format", "json", "--quiet", "--base", parent, "--head", commit, ...checkArgs], {
        cwd: repo,
        env: {
          ...process.env,
          BANDIT_GATE_BANDIT: process.env.BANDIT_GATE_BANDIT ?? join(ROOT, ".venv", "bandit-1.9.4", "bin", "bandit"),
          BANDIT_GATE_CACHE_DIR: cache,
          ...env,
        },
        stdout: (t) => (stdout += t),
        stderr: () => {},
        stdoutIsTty: false,
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let report: ReportDocument | undefined;
      try {
        report = JSON.parse(stdout) as ReportDocument;
      } catch {
        report = undefined;
      }
      const rules: Record<string, number> = {};
      for (const r of report?.regressions ?? []) rules[r.test_id] = (rules[r.test_id] ?? 0) + 1;
      commits.push({ commit, subject, verdict: report?.verdict ?? "usage-error", exitCode, rules, testAssertsSetAside: report?.test_asserts?.set_aside ?? 0, ms });
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  const failed = commits.filter((c) => c.exitCode !== 0);
  const rules: Record<string, number> = {};
  for (const c of failed) for (const [rule, n] of Object.entries(c.rules)) rules[rule] = (rules[rule] ?? 0) + n;
  return { repo, commits, failed, rules };
}

/**
 * A small history with what a real project's history has: tests added and changed on most
 * commits, moves and reformatting, and three real regressions (shell=True, a new nosec, a
 * try/except/pass) and a hard-coded password in a test fixture.
 */
export function syntheticHistory(dir: string): { expectedFailures: string[] } {
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const commit = (message: string) => {
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "--allow-empty", "-m", message);
  };
  git(dir, "init", "-q", "-b", "main");
  const api = "import json\n\n\ndef load(path):\n    with open(path) as f:\n        return json.load(f)\n\n\ndef total(items):\n    assert items is not None\n    return sum(items)\n";
  write("app/__init__.py", "");
  write("app/api.py", api);
  write("tests/test_api.py", "from app.api import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n");
  commit("initial import");
  write("tests/test_api.py", "from app.api import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n    assert total([]) == 0\n\n\ndef test_negative():\n    assert total([-1, 1]) == 0\n");
  commit("tests: cover empty and negative totals");
  write("tests/conftest.py", "import pytest\n\n\n@pytest.fixture\ndef items():\n    data = [1, 2, 3]\n    assert data\n    return data\n");
  write("app/api_test.py", "from app.api import total\n\n\ndef test_fixture(items):\n    assert total(items) == 6\n");
  commit("tests: a shared fixture");
  git(dir, "mv", "app/api.py", "app/core.py");
  write("tests/test_api.py", "from app.core import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n    assert total([]) == 0\n\n\ndef test_negative():\n    assert total([-1, 1]) == 0\n");
  write("app/api_test.py", "from app.core import total\n\n\ndef test_fixture(items):\n    assert total(items) == 6\n");
  commit("refactor: rename api to core");
  write("app/export.py", "import subprocess\n\n\ndef export(name):\n    return subprocess.call('tar czf ' + name + ' data', shell=True)\n");
  write("tests/test_export.py", "from app.export import export\n\n\ndef test_export(tmp_path):\n    assert export(str(tmp_path / 'x.tgz')) == 0\n");
  commit("agent: add export");
  write("app/core.py", '"""Core helpers."""\nimport json\n\n\ndef load(path):\n    with open(path, encoding="utf-8") as f:\n        return json.load(f)\n\n\ndef total(items):\n    assert items is not None\n    return sum(\n        items\n    )\n');
  commit("style: reformat core");
  write("app/export.py", "import subprocess\n\n\ndef export(name):\n    return subprocess.call('tar czf ' + name + ' data', shell=True)  # nosec\n");
  commit("agent: quiet the scanner");
  write("app/cleanup.py", "import os\n\n\ndef cleanup(path):\n    try:\n        os.remove(path)\n    except Exception:\n        pass\n");
  write("tests/test_cleanup.py", "from app.cleanup import cleanup\n\n\ndef test_cleanup(tmp_path):\n    cleanup(str(tmp_path / 'missing'))\n    assert True\n");
  commit("agent: best-effort cleanup");
  write("tests/test_login.py", 'def test_login(client):\n    password = "s3cret-fixture"\n    assert client.login("ann", password)\n');
  commit("tests: login");
  write("README.md", "# app\n");
  commit("docs: readme");
  return { expectedFailures: ["agent: add export", "agent: quiet the scanner", "agent: best-effort cleanup", "tests: login"] };
}

function print(replay: Replay, label: string): void {
  const short = (c: ReplayedCommit) => `${c.commit.slice(0, 10)} ${c.subject.length > 60 ? `${c.subject.slice(0, 59)}…` : c.subject}`;
  console.log(`bench:history: ${label}: ${replay.commits.length} commit(s), each against its parent`);
  for (const c of replay.failed) {
    const rules = Object.entries(c.rules).map(([rule, n]) => `${rule}×${n}`).join(" ");
    console.log(`  FAIL ${short(c)}: ${c.verdict === "fail" ? rules : `exit ${c.exitCode} (${c.verdict})`}`);
  }
  const setAside = replay.commits.filter((c) => c.testAssertsSetAside > 0);
  const rules = Object.entries(replay.rules).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(", ");
  console.log(`Failed ${replay.failed.length} of ${replay.commits.length} commits.${rules ? ` Rules behind the failures: ${rules}.` : ""}`);
  if (setAside.length > 0) {
    console.log(`B101 (assert) in test files not judged in ${setAside.length} commit(s) (${setAside.reduce((s, c) => s + c.testAssertsSetAside, 0)} findings in changed test files); add -- --judge-test-asserts to judge them.`);
  }
  const ms = replay.commits.map((c) => c.ms).sort((a, b) => a - b);
  if (ms.length > 0) console.log(`Gate time per commit: median ${(ms[Math.floor(ms.length / 2)] as number / 1000).toFixed(2)} s, total ${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s.`);
}

async function run(argv: string[]): Promise<void> {
  // npm eats the first `--`: `npm run bench:history REPO N -- --judge-test-asserts` arrives as
  // `REPO N --judge-test-asserts`. Flags, from the first one on, go to `check`.
  const args = argv.filter((a, i) => !(a === "--" && i === argv.indexOf("--")));
  const firstFlag = args.findIndex((a) => a.startsWith("-"));
  const positional = firstFlag === -1 ? args : args.slice(0, firstFlag);
  const checkArgs = firstFlag === -1 ? [] : args.slice(firstFlag);
  const [repoArg, countArg] = positional;
  let repo = repoArg ? resolve(repoArg) : undefined;
  const synthetic = repo === undefined ? mkdtempSync(join(tmpdir(), "bandit-gate-history-")) : undefined;
  try {
    if (synthetic) syntheticHistory(synthetic);
    repo = repo ?? (synthetic as string);
    const count = Number(countArg ?? 200);
    const replay = await replayHistory(repo, count, checkArgs);
    print(replay, synthetic ? "synthetic history" : repo);
    mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
    writeFileSync(join(ROOT, "bench", "out", "history.json"), `${JSON.stringify(replay, null, 2)}\n`);
    console.log("written: bench/out/history.json");
  } finally {
    if (synthetic) rmSync(synthetic, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
