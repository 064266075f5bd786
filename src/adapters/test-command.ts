import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runCommand } from "./process.js";
import type { TestRunner } from "../app/fix-loop.js";

/** Ten minutes: far above a unit-test suite, far below a CI job's limit. */
export const TEST_COMMAND_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs the user's own test command (through the shell, as they wrote it) in a copy of the working
 * tree with the candidate's file swapped in. The copy is made once per run; each candidate's
 * files are written before and restored after.
 */
export class CopiedTreeTestRunner implements TestRunner {
  private copy: string | undefined;

  constructor(
    private readonly repoRoot: string,
    private readonly command: string,
    private readonly env: NodeJS.ProcessEnv,
    /** A test suite that hangs on a candidate rejects it instead of hanging the run. */
    private readonly timeoutMs = TEST_COMMAND_TIMEOUT_MS,
  ) {}

  async run(patched: ReadonlyMap<string, string>) {
    const root = await this.tree();
    const saved = new Map<string, Buffer>();
    for (const [path, text] of patched) {
      saved.set(path, await readFile(join(root, path)));
      await writeFile(join(root, path), text);
    }
    try {
      const result = await runCommand("/bin/sh", ["-c", this.command], { cwd: root, env: this.env, timeoutMs: this.timeoutMs });
      const output = `${result.stdout}\n${result.stderr}`.trim().split(/\r?\n/).slice(-20).join("\n");
      return { passed: result.code === 0, exitCode: result.code, outputTail: output };
    } finally {
      for (const [path, content] of saved) await writeFile(join(root, path), content);
    }
  }

  async dispose(): Promise<void> {
    if (this.copy) await rm(this.copy, { recursive: true, force: true });
    this.copy = undefined;
  }

  private async tree(): Promise<string> {
    if (!this.copy) {
      const base = await mkdtemp(join(tmpdir(), "bandit-gate-tests-"));
      const target = join(base, basename(this.repoRoot));
      await cp(this.repoRoot, target, { recursive: true, filter: (src) => basename(src) !== ".git", verbatimSymlinks: true });
      this.copy = base;
      this.copyRoot = target;
    }
    return this.copyRoot as string;
  }

  private copyRoot: string | undefined;
}
