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
  /** Number of `except` handlers. */
  handlers: number;
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

/** Every reason to reject the candidate (empty: it may be scored). */
export function validateCandidate(original: FunctionFacts, candidate: CandidateFacts): Rejection[] {
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
  if (fn.handlers < original.handlers) {
    rejections.push({ code: "handler-removed", message: `exception handlers removed (${original.handlers} before, ${fn.handlers} after)` });
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
