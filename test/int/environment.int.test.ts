import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { BANDIT, GIT_ENV, TempRepo, runCli } from "../helpers/repo.js";

// Broken environments: an impossible output or cache path, a Bandit that hangs, Ctrl-C mid-scan.

const BASE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = BASE + `\n\ndef run(cmd):\n    import subprocess\n    return subprocess.call(cmd, shell=True)\n`;
const CLI = resolve("src/cli/index.ts");
const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;

const repos: TempRepo[] = [];
const scratch = mkdtempSync(join(tmpdir(), "bandit-gate-env-"));
afterAll(() => {
  repos.forEach((r) => r.dispose());
  rmSync(scratch, { recursive: true, force: true });
});

function branch(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE).commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  repo.write("app/tasks.py", RISKY).commit("agent change");
  return repo;
}

/** A Bandit that answers --version as the real one and otherwise records its pid and sleeps. */
function hangingBandit(name: string): { command: string; pids: string } {
  const pids = join(scratch, `${name}.pids`);
  const command = join(scratch, name);
  writeFileSync(
    command,
    `#!/bin/sh
for a in "$@"; do case "$a" in --version) exec "${BANDIT}" --version;; esac; done
echo $$ >> "${pids}"
sleep 120
`,
  );
  chmodSync(command, 0o755);
  return { command, pids };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitFor(predicate: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("unwritable places fail at once (exit 2) naming the path", () => {
  test("--output below /proc", async () => {
    const repo = branch();
    const run = await within(30_000, runCli(repo.dir, ["check", "--quiet", "--output", "/proc/bandit-gate/report.json"]));
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /\/proc\/bandit-gate.*--output/);
  });

  test("a cache directory below /proc, for check and the hook", async () => {
    const repo = branch();
    const run = await within(30_000, runCli(repo.dir, ["check", "--quiet"], { BANDIT_GATE_CACHE_DIR: "/proc/bandit-gate" }));
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /\/proc\/bandit-gate.*BANDIT_GATE_CACHE_DIR/);
    const hook = await within(30_000, runCli(repo.dir, ["hook", "--base", "main"], { BANDIT_GATE_CACHE_DIR: "/proc/bandit-gate" }));
    assert.equal(hook.code, 2, hook.stderr);
  });
});

describe("a Bandit that hangs", () => {
  test("is killed after --bandit-timeout, and the run exits 3 naming the files", async () => {
    const repo = branch();
    const { command, pids } = hangingBandit("hang-timeout");
    const started = Date.now();
    const run = await within(60_000, runCli(repo.dir, ["check", "--quiet", "--no-cache", "--bandit", command, "--bandit-timeout", "2"]));
    assert.equal(run.code, 3, run.stdout + run.stderr);
    assert.match(run.stderr, /app\/tasks\.py/);
    assert.match(run.stderr, /2 s|--bandit-timeout/);
    assert.ok(Date.now() - started < 50_000);
    for (const pid of readFileSync(pids, "utf8").trim().split("\n").map(Number)) {
      await waitFor(() => !alive(pid), 5_000).catch(() => assert.fail(`Bandit ${pid} still runs`));
    }
  });

  test("--bandit-timeout must be a positive duration", async () => {
    const repo = branch();
    const run = await runCli(repo.dir, ["check", "--bandit-timeout", "soon"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--bandit-timeout/);
  });
});

describe("Ctrl-C mid-scan", () => {
  test.each([
    ["check --head HEAD", ["check", "--head", "HEAD", "--no-cache"], "SIGINT", 130],
    ["the hook", ["hook", "--base", "main", "--no-cache"], "SIGTERM", 143],
  ] as const)("%s: Bandit is killed, temporary copies are removed, the tree and index are untouched", async (_name, args, signal, code) => {
    const repo = branch();
    if (args[0] === "hook") {
      repo.write("app/tasks.py", RISKY + "\n# staged\n");
      repo.git("add", "-A");
    }
    const status = repo.git("status", "--porcelain");
    const temp = mkdtempSync(join(scratch, "tmp-"));
    const { command, pids } = hangingBandit(`hang-${signal}`);
    const child = spawn(process.execPath, ["--import", TSX, CLI, ...args, "--bandit", command], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, TMPDIR: temp, BANDIT_GATE_CACHE_DIR: join(scratch, "cache") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    await waitFor(() => existsSync(pids), 60_000);
    assert.ok(readdirSync(temp).some((n) => n.startsWith("bandit-gate-")), "copies exist mid-scan");
    child.kill(signal);
    assert.equal(await within(20_000, exited), code, stderr);
    for (const pid of readFileSync(pids, "utf8").trim().split("\n").map(Number)) {
      await waitFor(() => !alive(pid), 5_000).catch(() => assert.fail(`Bandit ${pid} still runs`));
    }
    // (tsx, which runs the CLI from source here, keeps its own cache in TMPDIR)
    assert.deepEqual([...readdirSync(temp)].filter((n) => n.startsWith("bandit-gate-")), []);
    assert.equal(repo.git("status", "--porcelain"), status);
  });
});

describe("Bandit's Python started before the program has loaded", () => {
  /** Processes whose command line names `dir` (a driver names its own directory, below TMPDIR). */
  function processesNaming(dir: string): number[] {
    const found: number[] = [];
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(dir)) found.push(Number(entry));
      } catch {
        /* gone meanwhile */
      }
    }
    return found;
  }

  test.each([
    ["a usage error", ["check", "--no-such-flag"], undefined, 2],
    // Taken over by the gate's dependencies, then an error before they are closed.
    ["fix without an API key", ["fix", "--base", "main", "--generator", "model"], undefined, 2],
    ["Ctrl-C while it imports Bandit", ["check", "--base", "main", "--no-cache"], "SIGINT", 130],
  ] as const)("%s: it ends with the command and leaves no directory", async (_name, args, signal, code) => {
    const repo = branch();
    const temp = mkdtempSync(join(scratch, "early-"));
    const child = spawn(process.execPath, ["--import", TSX, CLI, ...args], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, TMPDIR: temp, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: join(scratch, "cache"), ANTHROPIC_API_KEY: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    if (signal) {
      // The driver's directory appears once the entry point has started it: interrupt then.
      await waitFor(() => readdirSync(temp).some((n) => n.startsWith("bandit-gate-driver-")), 60_000);
      child.kill(signal);
    }
    assert.equal(await within(20_000, exited), code, stderr);
    await waitFor(() => processesNaming(temp).length === 0, 5_000).catch(() => assert.fail(`still running: ${processesNaming(temp).join(", ")}`));
    assert.deepEqual([...readdirSync(temp)].filter((n) => n.startsWith("bandit-gate-")), []);
  });
});
