import { childEnvironment } from "../../core/child-env.js";
import { killProcessGroup, trackChild, untrackChild } from "../lifetime.js";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import type { SourceFacts, StatementFacts, StatementRequest } from "../../core/gate/source-facts.js";
import { ConfigurationError } from "../../core/errors.js";
import { lastMeaningfulLine } from "../process.js";
import { PYTHON_STATEMENT_SCRIPT } from "./statement-script.js";

/**
 * One Python process per side of a gate run. `open` starts it at once with the files to read,
 * so decoding and parsing overlap the Bandit scans; `locate` then asks where each finding is.
 */
export interface StatementReader {
  open(files: ReadonlyArray<{ path: string; file: string }>): StatementSession;
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
  /** `python`: the interpreter of the Bandit in use, so both parse with the same grammar. */
  constructor(private readonly python: string) {}

  open(files: ReadonlyArray<{ path: string; file: string }>): StatementSession {
    const python = this.python;
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
        const wanted: Record<string, Array<[number, number | null]>> = {};
        for (const [path, list] of requests) wanted[path] = list.map((r) => [r.line, r.column ?? null]);
        child.stdin.end(`${JSON.stringify({ requests: wanted, defs: defsFor ? [...defsFor] : true })}\n`);
        const { code, error } = await done;
        if (error) throw new ConfigurationError(`Python (${python}) could not be started to read the changed files: ${error.message}`);
        if (code !== 0) {
          throw new Error(`Python statement reader (${python}) exited ${code}: ${lastMeaningfulLine(Buffer.concat(err).toString("utf8")) || "no message"}`);
        }
        const raw = JSON.parse(Buffer.concat(out).toString("utf8")) as RawFacts[];
        return new Map(raw.map((r) => [r.path, toFacts(r)]));
      },
    };
  }
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
