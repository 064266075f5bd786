import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { ImportEntry } from "../../core/fix/splice.js";
import type { CandidateFacts, FunctionFacts } from "../../core/fix/validation.js";
import { lastMeaningfulLine, runOutsideTree, CommandNotFoundError } from "../process.js";
import { PYTHON_AST_SCRIPT } from "./ast-script.js";
import { ConfigurationError } from "../../core/errors.js";
import { childEnvironment } from "../../core/child-env.js";

/** A function as Python's ast located it. Lines are 1-based and inclusive. */
export interface FunctionOutline {
  qualname: string;
  /** First line, the first decorator's when there are decorators. */
  start: number;
  /** The `def` line. */
  defLine: number;
  end: number;
  facts: FunctionFacts;
}

export type FileOutline =
  | { parsed: false; error: string }
  | {
      parsed: true;
      /** Every function, nested ones and methods included, outer before inner. */
      functions: FunctionOutline[];
      /** Module-level imports, one entry per imported name. */
      imports: ImportEntry[];
      /** Module-level import statements as written. */
      importText: string[];
      /** New imports go after this line (0: at the top). */
      importAfter: number;
    };

export type CandidateOutline = CandidateFacts & { imports?: ImportEntry[] };

/** Python's own parser, behind one interface. */
export interface PythonAst {
  outline(source: string): Promise<FileOutline>;
  candidate(source: string): Promise<CandidateOutline>;
}

/**
 * The Python that runs Bandit: the interpreter next to a venv's `bandit` script, the interpreter
 * of `python -m bandit`, else python3. The same interpreter means the same grammar Bandit parses.
 */
export function pythonForBandit(banditArgv: readonly string[]): string {
  const [program, ...rest] = banditArgv;
  if (!program) return "python3";
  if (rest[0] === "-m" && rest[1] === "bandit") return program;
  if (basename(program).startsWith("bandit") && program.includes("/")) {
    for (const name of ["python", "python3"]) {
      const candidate = join(dirname(program), name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return "python3";
}

/** The innermost function whose lines contain `line`, or undefined at module level. */
export function innermostFunction(functions: readonly FunctionOutline[], line: number): FunctionOutline | undefined {
  let best: FunctionOutline | undefined;
  for (const fn of functions) {
    if (fn.start <= line && line <= fn.end && (!best || fn.end - fn.start < best.end - best.start)) best = fn;
  }
  return best;
}

export class PythonAstRunner implements PythonAst {
  constructor(
    private readonly python: string,
    /** The helper's environment; absent, the allow-listed copy of this process's. */
    private readonly env: NodeJS.ProcessEnv = childEnvironment(process.env),
  ) {}

  outline(source: string): Promise<FileOutline> {
    return this.call<FileOutline>("outline", source);
  }

  candidate(source: string): Promise<CandidateOutline> {
    return this.call<CandidateOutline>("candidate", source);
  }

  private async call<T>(command: string, source: string): Promise<T> {
    let result;
    try {
      result = await runOutsideTree(this.python, ["-I", "-c", PYTHON_AST_SCRIPT], {
        input: JSON.stringify({ command, source }),
        env: { ...this.env, PYTHONIOENCODING: "utf-8" },
      });
    } catch (error) {
      if (error instanceof CommandNotFoundError) {
        throw new ConfigurationError(`Python (${this.python}) could not be started to read function boundaries: ${error.reason.message}`);
      }
      throw error;
    }
    if (result.code === 3) {
      throw new ConfigurationError(`${lastMeaningfulLine(result.stderr)} (${this.python}, the Python that runs Bandit); install Bandit with Python 3.9+`);
    }
    if (result.code !== 0) {
      throw new Error(`Python ast helper (${this.python}) exited ${result.code}: ${lastMeaningfulLine(result.stderr) || "no message"}`);
    }
    return JSON.parse(result.stdout) as T;
  }
}
