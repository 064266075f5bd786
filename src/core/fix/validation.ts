import { droppableHandlers, droppedHandlerNote } from "./sink-exceptions.js";
import type { ImportEntry } from "./splice.js";

/**
 * The checks a candidate must pass before it is scored. Scanners miss removed defensive code,
 * which is exactly how a model (or an agent) games them, so these look for it directly.
 * They judge facts Python's own ast reported; they never run anything.
 */

/** What Python's ast says about one function. */
export interface FunctionFacts {
  name: string;
  isAsync: boolean;
  /** `ast.unparse` of the parameter list, annotations and defaults included. */
  parameters: string;
  returns: string | null;
  /** `ast.unparse` of each decorator, in order. */
  decorators: string[];
  /** One entry per raise statement: the exception's callable or expression, `raise` for a bare re-raise. */
  raises: string[];
  /** Number of `except` handlers (reachable, and catching something). */
  handlers: number;
  /** What each of those handlers catches, as written (`*` for a bare except); absent from older facts. */
  handlerTypes?: string[][];
  /** Every dotted name the reachable body reads (`subprocess`, `subprocess.run`): the modules it uses. */
  references?: string[];
  /** The body (after any docstring) is only `pass`, `...` or `raise NotImplementedError`. */
  stub: boolean;
  /** Comments inside the function that mention nosec. */
  nosecComments: number;
  /**
   * Ways of reaching a callable that hide it from Bandit (getattr with a constant name,
   * __import__, importlib.import_module, builtins, globals()/vars()/locals()[...], __dict__,
   * exec, compile), one entry per use.
   */
  indirection?: string[];
  /** Candidates only: the function with that indirection and local aliases undone, for a rescan. */
  resolved?: string;
  /** Candidates only: the function as ast.unparse writes it, to tell whether resolving changed anything. */
  unparsed?: string;
}

/** What Python's ast says about a candidate block. */
export type CandidateFacts =
  | { parsed: false; error: string }
  | {
      parsed: true;
      /** Top-level functions in the block. */
      functions: FunctionFacts[];
      /** Kinds of other top-level statements (ast class names), imports excluded. */
      otherStatements: string[];
      /** Comments anywhere in the block (imports included) that mention nosec. */
      nosecComments: number;
    };

export type RejectionCode =
  | "no-code-block"
  | "unparseable"
  | "not-one-function"
  | "extra-code"
  | "name-changed"
  | "signature-changed"
  | "decorators-changed"
  | "nosec-added"
  | "raise-removed"
  | "handler-removed"
  | "stubbed"
  | "indirection-added"
  | "sink-variant"
  | "hidden-sink"
  | "tests-failed";

export interface Rejection {
  code: RejectionCode;
  message: string;
}

function multisetMissing(original: readonly string[], candidate: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of candidate) left.set(item, (left.get(item) ?? 0) + 1);
  const missing: string[] = [];
  for (const item of original) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else missing.push(item);
  }
  return missing;
}

/**
 * The handlers the candidate dropped, split into those only a removed sink could have needed
 * (see sink-exceptions.ts; each with its note for the PR) and those it must keep. Without the
 * types (older facts) every dropped handler is required.
 */
export function handlerChanges(
  original: FunctionFacts,
  candidate: FunctionFacts,
  imports: readonly ImportEntry[] = [],
): { notes: string[]; required: string[][]; count: number } {
  const count = Math.max(0, original.handlers - candidate.handlers);
  if (!original.handlerTypes || !candidate.handlerTypes || !original.references || !candidate.references) {
    return { notes: [], required: count > 0 ? [["?"]] : [], count };
  }
  const key = (types: readonly string[]) => types.join(", ");
  const lost = multisetMissing(original.handlerTypes.map(key), candidate.handlerTypes.map(key));
  const byKey = new Map(original.handlerTypes.map((t) => [key(t), t]));
  const missing = lost.map((k) => byKey.get(k) as string[]);
  const { dropped, required } = droppableHandlers(missing, { references: original.references, handlerTypes: original.handlerTypes }, { references: candidate.references }, imports);
  return { notes: dropped.map(droppedHandlerNote), required, count };
}

/**
 * Every reason to reject the candidate (empty: it may be scored). `imports`: the file's and the
 * candidate's, to tell which module a handler's exception and a call belong to.
 */
export function validateCandidate(original: FunctionFacts, candidate: CandidateFacts, imports: readonly ImportEntry[] = []): Rejection[] {
  if (!candidate.parsed) return [{ code: "unparseable", message: `the candidate does not parse: ${candidate.error}` }];
  const rejections: Rejection[] = [];
  if (candidate.functions.length !== 1) {
    rejections.push({ code: "not-one-function", message: `the block must hold exactly one function; it holds ${candidate.functions.length}` });
  }
  if (candidate.otherStatements.length > 0) {
    rejections.push({ code: "extra-code", message: `the block holds code besides imports and the function (${[...new Set(candidate.otherStatements)].join(", ")})` });
  }
  if (candidate.nosecComments > original.nosecComments) {
    rejections.push({ code: "nosec-added", message: "the candidate adds a # nosec comment instead of fixing the code" });
  }
  const fn = candidate.functions[0];
  if (!fn || candidate.functions.length !== 1) return rejections;
  if (fn.name !== original.name) {
    rejections.push({ code: "name-changed", message: `the function was renamed from ${original.name} to ${fn.name}` });
  }
  const signature = (f: FunctionFacts) => `${f.isAsync ? "async " : ""}(${f.parameters})${f.returns === null ? "" : ` -> ${f.returns}`}`;
  if (signature(fn) !== signature(original)) {
    rejections.push({ code: "signature-changed", message: `the signature changed from ${signature(original)} to ${signature(fn)}` });
  }
  if (fn.decorators.join("\n") !== original.decorators.join("\n")) {
    const show = (d: string[]) => (d.length === 0 ? "none" : d.map((x) => `@${x}`).join(" "));
    rejections.push({ code: "decorators-changed", message: `the decorators changed from ${show(original.decorators)} to ${show(fn.decorators)}` });
  }
  const lostRaises = multisetMissing(original.raises, fn.raises);
  if (lostRaises.length > 0) {
    rejections.push({ code: "raise-removed", message: `existing raise statement(s) removed: ${lostRaises.map((r) => (r === "raise" ? "bare raise" : `raise ${r}`)).join(", ")}` });
  }
  const handlers = handlerChanges(original, fn, imports);
  // Only a lower count is a removal (a handler rewritten into another is not): each one gone must be
  // one that only a removed sink needed.
  if (handlers.count > handlers.notes.length) {
    const named = handlers.required.some((t) => t[0] === "?") ? "" : `: ${handlers.required.map((t) => `except ${t.length > 1 ? `(${t.join(", ")})` : t[0] === "*" ? "(bare)" : t[0]}`).join(", ")}`;
    rejections.push({ code: "handler-removed", message: `exception handlers removed (${original.handlers} before, ${fn.handlers} after)${named}` });
  }
  const hidden = multisetMissing(fn.indirection ?? [], original.indirection ?? []);
  if (hidden.length > 0) {
    rejections.push({ code: "indirection-added", message: `the candidate reaches code through dynamic indirection Bandit cannot follow (${[...new Set(hidden)].join(", ")})` });
  }
  if (fn.stub && !original.stub) {
    rejections.push({ code: "stubbed", message: "the body was reduced to a stub (pass, ..., return None or raise NotImplementedError)" });
  }
  return rejections;
}
