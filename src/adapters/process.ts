import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { killProcessGroup, makeTemporaryDirectory, removeTemporaryDirectory, trackChild, untrackChild } from "./lifetime.js";

export interface CommandResult {
  code: number;
  /** Killed by `timeoutMs`. */
  timedOut?: boolean;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd?: string;
  /**
   * The child's whole environment. Absent: this process's own, which in the Action holds the
   * write token and the API key; anything that runs a tool or repository code passes an
   * allow-listed one (`childEnvironment` in src/core/child-env.ts) instead.
   */
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Keep stdout as bytes (blobs); the result's stdout is then latin1 and `stdoutBuffer` is set. */
  binary?: boolean;
  /**
   * Kill the program, and everything it started, after this long; the result then has exit
   * code 124 (as timeout(1)) and says so on stderr.
   */
  timeoutMs?: number;
}

/** The program could not be started at all (not installed, not executable). */
export class CommandNotFoundError extends Error {
  override name = "CommandNotFoundError";
  constructor(readonly command: string, readonly reason: Error) {
    super(`${command}: ${reason.message}`);
  }
}

/** Run a program without a shell and collect its output. Never throws for a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult & { stdoutBuffer: Buffer }> {
  return new Promise((resolve, reject) => {
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["pipe", "pipe", "pipe"],
        // Its own process group, so a time limit or an interrupt can end a shell and what it started.
        detached: true,
      });
    } catch (error) {
      // Some failures to start (a path through a file: ENOTDIR) are thrown, not emitted.
      reject(isNotFound(error as NodeJS.ErrnoException) ? new CommandNotFoundError(command, error as Error) : error);
      return;
    }
    const pid = child.pid;
    if (pid !== undefined) trackChild(pid);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid) killProcessGroup(child.pid);
            else child.kill("SIGKILL");
          }, options.timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      if (isNotFound(error)) reject(new CommandNotFoundError(command, error));
      else reject(error);
    });
    child.stdin.on("error", () => {
      /* the program may exit before reading its input; its exit code tells the story */
    });
    child.on("close", (code, signal) => {
      if (pid !== undefined) untrackChild(pid);
      if (timer) clearTimeout(timer);
      if (timedOut) err.push(Buffer.from(`\n${command}: killed after ${Math.round((options.timeoutMs ?? 0) / 1000)} s (time limit)\n`));
      const stdoutBuffer = Buffer.concat(out);
      resolve({
        code: timedOut ? 124 : (code ?? (signal ? 128 : 1)),
        ...(timedOut ? { timedOut } : {}),
        stdout: options.binary ? stdoutBuffer.toString("latin1") : stdoutBuffer.toString("utf8"),
        stdoutBuffer,
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
    child.stdin.end(options.input ?? "");
  });
}

/**
 * Run a program from a fresh, empty directory of its own. For Python tools (Bandit, pip, our
 * helpers): Python puts the working directory on the import path (`-m`, an empty PYTHONPATH
 * entry), so started from inside a judged tree it would import that tree's modules.
 */
export async function runOutsideTree(
  command: string,
  args: readonly string[],
  options: Omit<CommandOptions, "cwd"> = {},
): Promise<CommandResult & { stdoutBuffer: Buffer }> {
  const dir = await makeTemporaryDirectory("bandit-gate-cwd-");
  try {
    return await runCommand(command, args, { ...options, cwd: dir });
  } finally {
    await removeTemporaryDirectory(dir);
  }
}

function isNotFound(error: NodeJS.ErrnoException): boolean {
  return error.code === "ENOENT" || error.code === "EACCES" || error.code === "ENOTDIR";
}

/** The last meaningful line a failed tool printed: what a user needs in one line. */
export function lastMeaningfulLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^(Traceback|File ")/.test(l));
  return lines[lines.length - 1] ?? "";
}

/** Split a command given as one string (`python3 -m bandit`), honouring simple quotes. */
export function splitCommand(text: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) words.push(match[1] ?? match[2] ?? match[3] ?? "");
  return words;
}
