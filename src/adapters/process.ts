import { exec } from "@actions/exec";
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join, resolve } from "node:path";

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  cwd?: string;
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

/**
 * Run a program without a shell and collect its output. Never throws for a non-zero exit.
 *
 * Every process starts through @actions/exec, quietly (`silent`: nothing echoed to the log) and
 * with stdin always closed. What @actions/exec does not do, this adapter adds:
 * - it looks a bare program name up on PATH of `process.env`, not of the environment the program
 *   gets; this adapter resolves it on `options.env`'s PATH first, as `spawn` would;
 * - it has no time limit and gives no handle to the child to kill; with `timeoutMs` the program
 *   runs under a small Node supervisor (PROCESS_GROUP_SUPERVISOR) that starts it in its own
 *   process group and kills that whole group at the limit;
 * - it reports a program that cannot start as a plain Error; this adapter makes it a
 *   CommandNotFoundError;
 * - it writes `input` to the program's stdin without handling a write error, so a program that
 *   has already exited (EPIPE, even for an empty input) crashes the whole process, and without
 *   `input` it leaves stdin open, so a program that reads it waits for ever. This adapter gives
 *   @actions/exec no input: `/bin/sh` redirects the program's stdin from `/dev/null`, or from a
 *   private temporary file holding `input`. (On Windows, which has no /bin/sh, `input` is passed
 *   to @actions/exec as it is.)
 */
export async function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions = {},
): Promise<CommandResult & { stdoutBuffer: Buffer }> {
  const env = options.env ?? process.env;
  const program = resolveProgram(command, env, options.cwd);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let [file, argv] =
    options.timeoutMs === undefined
      ? [program, [...args]]
      : [process.execPath, ["-e", PROCESS_GROUP_SUPERVISOR, String(options.timeoutMs), program, ...args]];
  const windows = process.platform === "win32";
  const inputDir = !windows && options.input !== undefined && options.input.length > 0 ? mkdtempSync(join(tmpdir(), "bandit-gate-stdin-")) : undefined;
  let code: number | null;
  try {
    if (!windows) {
      let stdin = "/dev/null";
      if (inputDir) {
        stdin = join(inputDir, "stdin");
        writeFileSync(stdin, options.input ?? "", { mode: 0o600 });
      }
      [file, argv] = ["/bin/sh", ["-c", 'f=$1; shift; exec "$@" <"$f"', "sh", stdin, file, ...argv]];
    }
    code = await exec(file, argv, {
      cwd: options.cwd,
      env: env as Record<string, string>,
      silent: true,
      ignoreReturnCode: true,
      ...(windows && options.input !== undefined ? { input: Buffer.from(options.input) } : {}),
      listeners: { stdout: (chunk: Buffer) => out.push(chunk), stderr: (chunk: Buffer) => err.push(chunk) },
    });
  } catch (error) {
    const message = (error as Error).message ?? "";
    if (/Unable to locate executable|failed to start|ENOENT|EACCES|ENOTDIR/.test(message)) throw new CommandNotFoundError(command, error as Error);
    throw error;
  } finally {
    if (inputDir) rmSync(inputDir, { recursive: true, force: true });
  }
  const timedOut = options.timeoutMs !== undefined && code === TIMED_OUT;
  if (timedOut) err.push(Buffer.from(`\n${command}: killed after ${Math.round((options.timeoutMs ?? 0) / 1000)} s (time limit)\n`));
  const stdoutBuffer = Buffer.concat(out);
  return {
    // A program ended by a signal has no exit code.
    code: timedOut ? 124 : (code ?? 128),
    stdout: options.binary ? stdoutBuffer.toString("latin1") : stdoutBuffer.toString("utf8"),
    stdoutBuffer,
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

/** The supervisor's exit code when it killed the program at its time limit. */
const TIMED_OUT = 124;

/**
 * Run argv[2..] in its own process group with stdio passed through; at argv[1] ms, SIGKILL the
 * whole group (a shell and everything it started) and exit 124. Otherwise exit as the program did.
 */
const PROCESS_GROUP_SUPERVISOR = `
const { spawn } = require("node:child_process");
const [limit, program, ...args] = process.argv.slice(1);
const child = spawn(program, args, { stdio: "inherit", detached: true });
let timedOut = false;
const timer = setTimeout(() => {
  timedOut = true;
  try { process.kill(-child.pid, "SIGKILL"); } catch { child.kill("SIGKILL"); }
}, Number(limit));
child.on("error", (error) => { console.error(error.message); process.exit(127); });
child.on("exit", (code, signal) => {
  clearTimeout(timer);
  if (timedOut) {
    try { process.kill(-child.pid, "SIGKILL"); } catch {}
    process.exit(${TIMED_OUT});
  }
  process.exit(code ?? 128 + (require("node:os").constants.signals[signal] ?? 0));
});
`;

/** Where `spawn` would find the program: a path as given (against cwd), a bare name on env's PATH. */
function resolveProgram(command: string, env: NodeJS.ProcessEnv, cwd: string | undefined): string {
  const candidates = command.includes("/")
    ? [isAbsolute(command) ? command : resolve(cwd ?? process.cwd(), command)]
    : (env.PATH ?? "").split(delimiter).filter((dir) => dir !== "").map((dir) => join(dir, command));
  let reason: NodeJS.ErrnoException = Object.assign(new Error(`spawn ${command} ENOENT`), { code: "ENOENT" });
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
      reason = Object.assign(new Error(`spawn ${command} EACCES`), { code: "EACCES" });
    } catch (error) {
      if (command.includes("/")) reason = error as NodeJS.ErrnoException;
    }
  }
  throw new CommandNotFoundError(command, reason);
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
