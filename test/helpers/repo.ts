import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, renameSync, unlinkSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { ReportDocument } from "../../src/core/report/report.js";

/** Git identity and settings that make test repositories behave the same on every machine. */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.invalid",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

/** The Bandit under test: $BANDIT_GATE_BANDIT, else `bandit` on PATH. */
export const BANDIT = process.env.BANDIT_GATE_BANDIT ?? "bandit";

/**
 * The CLI's cache directory (installed Bandit, scan cache) for this test process: never the
 * user's ~/.cache. Shared by the tests of one file, so the gate tests also run through the cache.
 */
export const TEST_CACHE_DIR = mkdtempSync(join(tmpdir(), "bandit-gate-test-cache-"));
process.on("exit", () => rmSync(TEST_CACHE_DIR, { recursive: true, force: true }));

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });
}

/** A throw-away repository (`git init -b main`, fixed identity, no signing). */
export class TempRepo {
  readonly dir: string;

  constructor(dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "bandit-gate-test-"));
    if (!dir) {
      git(this.dir, "init", "-q", "-b", "main");
      git(this.dir, "config", "commit.gpgsign", "false");
    }
  }

  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  write(path: string, content: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), "utf8");
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(join(this.dir, to)), { recursive: true });
    renameSync(join(this.dir, from), join(this.dir, to));
    return this;
  }

  remove(path: string): this {
    unlinkSync(join(this.dir, path));
    return this;
  }

  commit(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "--allow-empty", "-m", message);
    return this.git("rev-parse", "HEAD").trim();
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process in `cwd`. */
export async function runCli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    cwd,
    env: { ...process.env, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: TEST_CACHE_DIR, ...GIT_ENV, ...env },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdoutIsTty: false,
  });
  return { code, stdout, stderr };
}

/**
 * `check --format json` and the parsed report. With BANDIT_GATE_TEST_SHARDS=n (CI sets it for a
 * second pass of the gate's tests) every check runs as n shards whose reports are merged, so the
 * same assertions prove that sharding changes no verdict.
 */
export async function checkJson(cwd: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const shards = Number(process.env.BANDIT_GATE_TEST_SHARDS ?? "0");
  if (shards > 1 && !args.includes("--shard")) return checkSharded(cwd, args, env, shards);
  const run = await runCli(cwd, ["check", "--format", "json", "--quiet", ...args], env);
  return { ...run, report: parseReport(run.stdout) as ReportDocument };
}

async function checkSharded(cwd: string, args: string[], env: NodeJS.ProcessEnv, total: number) {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-shards-"));
  try {
    const files: string[] = [];
    let stderr = "";
    for (let i = 1; i <= total; i += 1) {
      const part = await runCli(cwd, ["check", "--format", "json", "--quiet", "--shard", `${i}/${total}`, ...args], env);
      stderr += part.stderr;
      // A run that failed before reporting (usage, configuration) fails the same way unsharded.
      if (parseReport(part.stdout) === undefined) return { ...part, report: undefined as unknown as ReportDocument };
      files.push(join(dir, `shard-${i}.json`));
      writeFileSync(files[files.length - 1] as string, part.stdout);
    }
    const merged = await runCli(cwd, ["merge", "--format", "json", ...(args.includes("--allow-scan-errors") ? ["--allow-scan-errors"] : []), ...files], env);
    return { ...merged, stderr: stderr + merged.stderr, report: parseReport(merged.stdout) as ReportDocument };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseReport(text: string): ReportDocument | undefined {
  try {
    return JSON.parse(text) as ReportDocument;
  } catch {
    return undefined;
  }
}
