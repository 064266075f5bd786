/**
 * The Action's start-up on a runner without Bandit, as `npm run bench` reports it: cold (nothing
 * cached: Bandit installed), warm (the Bandit environment restored from a cache service, the
 * local stand-in the tests use), and the old way (`python -m venv` + the venv's pip) for the
 * speed-up. Each is set against the gate's own time on the same push with Bandit present.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { runAction, type ActionRun } from "../test/helpers/action.js";
import { CacheServer } from "../test/helpers/cache-server.js";
import { measure, median } from "./measure.js";

export interface StartupResult {
  changed: number;
  /** The Action with Bandit present and no caches: the gate's own time. */
  gateMs: number;
  /** Provisioning as the Action logs it (its `provision` phase), median of the runs. */
  coldProvisionMs: number;
  warmProvisionMs: number;
  /** Whole Action runs, for context. */
  coldActionMs: number;
  warmActionMs: number;
  /** `python -m venv` + `pip install` inside it: what provisioning cost before. */
  oldVenvPipMs: number;
  ratios: { warmProvisionOverGate: number; coldProvisionOverGate: number; oldOverCold: number };
}

function which(tool: string): string {
  return execFileSync("sh", ["-c", `command -v ${tool} || true`], { encoding: "utf8" }).trim();
}

/** A PATH like a runner's without Bandit: git, tar and zstd, and a Python with its own pip. */
function runnerPath(work: string, python: string): string {
  const bin = join(work, "runner-bin");
  mkdirSync(bin, { recursive: true });
  for (const tool of ["git", "tar", "zstd", "zstdmt", "unzstd", "gzip"]) {
    const path = which(tool);
    if (path) symlinkSync(path, join(bin, tool));
  }
  // The venv's own bin/: a symlink to its python3 elsewhere would start the base Python.
  return `${bin}:${dirname(python)}`;
}

function provisionMs(run: ActionRun): number {
  const ms = /bandit-gate: provision: (\d+) ms/.exec(run.stdout)?.[1];
  if (ms === undefined) throw new Error(`the Action logged no provision time:\n${run.stdout.slice(-2000)}`);
  return Number(ms);
}

async function timed(run: () => Promise<ActionRun>): Promise<{ ms: number; run: ActionRun }> {
  const started = process.hrtime.bigint();
  const result = await run();
  if (result.code !== 0 && result.code !== 1) throw new Error(`the Action failed (${result.code}):\n${result.stdout.slice(-3000)}${result.stderr}`);
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, run: result };
}

/**
 * `repo` is checked out at a push changing `changed` files of `main` (no origin: the baseline is
 * the merge-base with the local main). `bandit` is a working Bandit for the gate-only runs.
 */
export async function actionStartup(repo: string, changed: number, work: string, bandit: string, runs: number, version: string): Promise<StartupResult> {
  const runnerPython = join(work, "runner-python");
  execFileSync("python3", ["-m", "venv", runnerPython]);
  const bin = runnerPath(work, join(runnerPython, "bin", "python3"));
  const temp = join(work, "runner-temp");
  const payload = { ref: "refs/heads/agent/startup", before: "0".repeat(40), after: "", repository: { default_branch: "main" } };
  // pip's own cache would make every install after the first a local one; a runner starts without it.
  const base = { RUNNER_TEMP: temp, RUNNER_OS: "Linux", RUNNER_ARCH: "X64", PIP_NO_CACHE_DIR: "1" };
  const inputs = { "bandit-version": version };

  const gate: number[] = [];
  const cold: number[] = [];
  const coldAction: number[] = [];
  const warm: number[] = [];
  const warmAction: number[] = [];
  const old: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    rmSync(temp, { recursive: true, force: true });
    gate.push((await timed(() => runAction(repo, "push", payload, { ...inputs, cache: "false" }, { ...base, BANDIT_GATE_BANDIT: bandit }))).ms);

    const server = await new CacheServer().start();
    try {
      const env = { ...base, PATH: bin, BANDIT_GATE_BANDIT: "", GITHUB_RUN_ID: `${i}1`, ...server.env("v2") };
      rmSync(temp, { recursive: true, force: true });
      const first = await timed(() => runAction(repo, "push", payload, inputs, env));
      if (!/installed with/.test(first.run.stdout)) throw new Error(`cold run did not install Bandit:\n${first.run.stdout.slice(-2000)}`);
      cold.push(provisionMs(first.run));
      coldAction.push(first.ms);
      // A fresh runner at the same temp path; the scan cache is not offered, so the scans are cold too.
      rmSync(temp, { recursive: true, force: true });
      server.entries.splice(0, server.entries.length, ...server.entries.filter((e) => e.key.startsWith("bandit-gate-env-")));
      const second = await timed(() => runAction(repo, "push", payload, inputs, { ...env, GITHUB_RUN_ID: `${i}2` }));
      if (!/environment restored from the cache/.test(second.run.stdout)) throw new Error(`warm run did not restore Bandit:\n${second.run.stdout.slice(-2000)}`);
      warm.push(provisionMs(second.run));
      warmAction.push(second.ms);
    } finally {
      await server.stop();
    }

    const venv = join(mkdtempSync(join(work, "old-")), "venv");
    const started = process.hrtime.bigint();
    await measure(join(runnerPython, "bin", "python3"), ["-m", "venv", venv], { cwd: work });
    await measure(join(venv, "bin", "python"), ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", `bandit[toml]==${version}`], {
      cwd: work,
      env: { ...process.env, PIP_NO_CACHE_DIR: "1" },
    });
    old.push(Number(process.hrtime.bigint() - started) / 1e6);
    rmSync(venv, { recursive: true, force: true });
  }
  rmSync(temp, { recursive: true, force: true });
  const result: StartupResult = {
    changed,
    gateMs: median(gate),
    coldProvisionMs: median(cold),
    warmProvisionMs: median(warm),
    coldActionMs: median(coldAction),
    warmActionMs: median(warmAction),
    oldVenvPipMs: median(old),
    ratios: { warmProvisionOverGate: 0, coldProvisionOverGate: 0, oldOverCold: 0 },
  };
  result.ratios = {
    warmProvisionOverGate: result.warmProvisionMs / result.gateMs,
    coldProvisionOverGate: result.coldProvisionMs / result.gateMs,
    oldOverCold: result.oldVenvPipMs / result.coldProvisionMs,
  };
  return result;
}
