import { childEnvironment } from "../../core/child-env.js";
import { killProcessGroup, trackChild, untrackChild } from "../lifetime.js";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import type { SourceFacts, StatementFacts, StatementRequest } from "../../core/gate/source-facts.js";
import { ConfigurationError } from "../../core/errors.js";
import { lastMeaningfulLine } from "../process.js";
import { PYTHON_STATEMENT_SCRIPT } from "./statement-script.js";
import type { BanditDrivers } from "../bandit/driver.js";

/**
 * One Python per side of a gate run: `open` names the files to read, `locate` asks where each
 * finding is. Without Bandit's drivers, `open` starts a Python process at once, so that its
 * start-up and the decoding overlap the scans. With them (bandit/driver.ts), nothing starts before
 * `locate`: the script then runs in a child forked from a ready driver, whose interpreter has
 * started already (a fork instead of a Python start-up on the cores the scans use), or, when none
 * is ready (every scan was answered from the cache), in a process started then.
 */
export interface StatementReader {
  open(files: readonly ReaderFile[]): StatementSession;
  /** Wait for work it finishes after answering (a cache's writes); absent, there is none. */
  flush?(): Promise<void>;
  /** A caching reader's counts so far: files answered from the cache, and files Python was asked about. */
  readonly stats?: { readonly hits: number; readonly misses: number };
}

/** A file to read: its repository path, where it is on disk, and its bytes when the caller has them (a cache keys on them). */
export interface ReaderFile {
  path: string;
  file: string;
  content?: Buffer;
}

export interface StatementSession {
  /**
   * `defsFor`: the files whose defs are wanted (they decide moves); absent, every file's. A file
   * left out has no `defs`, and the matcher then assumes nothing moved out of or into it.
   */
  locate(requests: ReadonlyMap<string, readonly StatementRequest[]>, defsFor?: ReadonlySet<string>): Promise<Map<string, SourceFacts>>;
  /** End the reader if it was never asked (a scan failed): it must not wait for ever. Idempotent. */
  close(): Promise<void>;
}

interface RawFacts {
  path: string;
  ok: boolean;
  error?: string;
  errorKind?: "decode" | "syntax";
  lines: string[];
  comments: Record<string, string>;
  defs: string[] | null;
  located: Array<StatementFacts | null>;
}

export class PythonStatementReader implements StatementReader {
  /**
   * `python`: the interpreter of the Bandit in use, so both parse with the same grammar.
   * `drivers`: that Bandit's drivers, whose interpreter is the same.
   */
  constructor(
    private readonly python: string,
    private readonly drivers?: BanditDrivers,
  ) {}

  open(files: readonly ReaderFile[]): StatementSession {
    // Python is told where the files are; their bytes stay here.
    const named = files.map(({ path, file }) => ({ path, file }));
    return this.drivers ? forkedSession(this.python, this.drivers, named) : processSession(this.python, named);
  }
}

type Files = ReadonlyArray<{ path: string; file: string }>;

function requestLine(requests: ReadonlyMap<string, readonly StatementRequest[]>, defsFor?: ReadonlySet<string>): string {
  const wanted: Record<string, Array<[number, number | null]>> = {};
  for (const [path, list] of requests) wanted[path] = list.map((r) => [r.line, r.column ?? null]);
  return `${JSON.stringify({ requests: wanted, defs: defsFor ? [...defsFor] : true })}\n`;
}

function answerOf(python: string, code: number, stdout: string, stderr: string): Map<string, SourceFacts> {
  if (code !== 0) throw new Error(`Python statement reader (${python}) exited ${code}: ${lastMeaningfulLine(stderr) || "no message"}`);
  const raw = JSON.parse(stdout) as RawFacts[];
  return new Map(raw.map((r) => [r.path, toFacts(r)]));
}

/**
 * Both lines at once, at `locate`, to a ready driver's child; else (none ready, or the child ended
 * without an answer) to a process of its own, which fails as it always did.
 */
function forkedSession(python: string, drivers: BanditDrivers, files: Files): StatementSession {
  let asked = false;
  return {
    async close() {
      asked = true;
    },
    async locate(requests, defsFor) {
      if (asked) throw new Error("the statement reader was closed or asked already");
      asked = true;
      const forked = drivers.script(PYTHON_STATEMENT_SCRIPT, `${JSON.stringify({ files })}\n${requestLine(requests, defsFor)}`);
      const result = forked ? await forked : undefined;
      if (result) return answerOf(python, result.code, result.stdout, result.stderr);
      return processSession(python, files).locate(requests, defsFor);
    },
  };
}

function processSession(python: string, files: Files): StatementSession {
  // Isolated (-I) and started outside the repository, so nothing in the tree is imported.
  const child = spawn(python, ["-I", "-c", PYTHON_STATEMENT_SCRIPT], {
    cwd: tmpdir(),
    // The allow-listed environment: never the Action's token or API key.
    env: { ...childEnvironment(process.env), PYTHONIOENCODING: "utf-8" },
    stdio: ["pipe", "pipe", "pipe"],
    // Its own process group, so an interrupt ends it with the rest (adapters/lifetime.ts).
    detached: true,
  });
  const pid = child.pid;
  if (pid !== undefined) trackChild(pid);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  child.stdin.on("error", () => {
    /* an early exit is reported through the exit code */
  });
  const done = new Promise<{ code: number; error?: Error }>((resolve) => {
    child.on("error", (error) => resolve({ code: -1, error }));
    child.on("close", (code) => {
      if (pid !== undefined) untrackChild(pid);
      resolve({ code: code ?? 1 });
    });
  });
  child.stdin.write(`${JSON.stringify({ files })}\n`);
  let asked = false;
  return {
    async close() {
      if (asked) return;
      asked = true;
      if (child.exitCode === null && child.signalCode === null && pid !== undefined) killProcessGroup(pid);
      await done;
    },
    async locate(requests, defsFor) {
      if (asked) throw new Error("the statement reader was closed or asked already");
      asked = true;
      child.stdin.end(requestLine(requests, defsFor));
      const { code, error } = await done;
      if (error) throw new ConfigurationError(`Python (${python}) could not be started to read the changed files: ${error.message}`);
      return answerOf(python, code, Buffer.concat(out).toString("utf8"), Buffer.concat(err).toString("utf8"));
    },
  };
}

function toFacts(raw: RawFacts): SourceFacts {
  return {
    path: raw.path,
    parsed: raw.ok,
    ...(raw.error ? { error: { kind: raw.errorKind ?? "syntax", message: raw.error } } : {}),
    lines: raw.lines,
    comments: new Map(Object.entries(raw.comments).map(([line, text]) => [Number(line), text])),
    ...(raw.defs ? { defs: new Set(raw.defs) } : {}),
    located: raw.located.map((l) => l ?? undefined),
  };
}
