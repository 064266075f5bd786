import type { ImportEntry } from "./splice.js";

/**
 * Exceptions that only a call into one module raises: once a fix removes every use of the module
 * from a function, a handler that catches nothing but these has nothing left to catch, and may go
 * with it. Data, so that it grows; documented in docs/fix.md. Only module-specific classes belong
 * here: builtins such as OSError, ValueError or Exception can come from anywhere and never go.
 */
export const SINK_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  subprocess: ["CalledProcessError", "TimeoutExpired", "SubprocessError"],
  pickle: ["UnpicklingError", "PicklingError", "PickleError"],
  yaml: ["YAMLError", "MarkedYAMLError"],
  "xml.etree.ElementTree": ["ParseError"],
  "xml.etree.cElementTree": ["ParseError"],
  "lxml.etree": ["XMLSyntaxError", "ParseError"],
  "xml.dom.minidom": ["ExpatError"],
  "xml.sax": ["SAXParseException", "SAXException"],
  paramiko: ["SSHException", "AuthenticationException"],
  telnetlib: [],
  ftplib: ["error_perm", "error_temp", "error_reply", "error_proto"],
};

/** A handler the candidate may drop: what it caught and the module whose calls are gone. */
export interface DroppedHandler {
  types: string[];
  module: string;
  /** What the original reached in that module (`subprocess.run`), as written. */
  sinks: string[];
}

/** The module a local name stands for, from the file's imports (`import a.b as c`, `from a import b`). */
function bindings(imports: readonly ImportEntry[]): Map<string, { module: string; member?: string }> {
  const out = new Map<string, { module: string; member?: string }>();
  for (const entry of imports) {
    if (entry.kind === "import") {
      if (entry.asname) out.set(entry.asname, { module: entry.name });
      // `import a.b` binds `a`; `a.b.x` is then read by its dotted prefix (see moduleOf).
      else out.set(entry.name.split(".")[0] as string, { module: entry.name.split(".")[0] as string });
    } else if (entry.module && entry.level === 0) {
      out.set(entry.asname ?? entry.name, { module: entry.module, member: entry.name });
    }
  }
  return out;
}

/** The dotted name with its first part replaced by what the imports bind it to. */
function expand(name: string, bound: Map<string, { module: string; member?: string }>): string {
  const [head, ...rest] = name.split(".");
  const binding = bound.get(head as string);
  const full = binding ? (binding.member ? `${binding.module}.${binding.member}` : binding.module) : (head as string);
  return [full, ...rest].join(".");
}

/** Does this (expanded) dotted name reach into `module`? */
const within = (full: string, module: string) => full === module || full.startsWith(`${module}.`);

/** The table's module a caught exception belongs to, if it is one of its own classes. */
function sinkModuleOf(type: string, bound: Map<string, { module: string; member?: string }>): string | undefined {
  const full = expand(type, bound);
  for (const [module, names] of Object.entries(SINK_EXCEPTIONS)) {
    if (names.some((name) => full === `${module}.${name}`)) return module;
  }
  return undefined;
}

/**
 * Of the handlers the original has and the candidate lacks (`missing`, each the list of types it
 * caught), those that may go: every type it catches is one of the table's classes of one module,
 * the original function itself reaches into that module (a call or attribute, not just the
 * handler's own name), and the candidate reaches into it nowhere (no call, attribute, alias or
 * other handler of it left). Anything else (a builtin, a bare `except:`, a module still used, an
 * exception only a helper could raise) stays required.
 */
export function droppableHandlers(
  missing: readonly (readonly string[])[],
  original: { references: readonly string[]; handlerTypes: readonly (readonly string[])[] },
  candidate: { references: readonly string[] },
  imports: readonly ImportEntry[],
): { dropped: DroppedHandler[]; required: string[][] } {
  const bound = bindings(imports);
  const caught = original.handlerTypes.flat();
  // A handler's own `subprocess.CalledProcessError` names the module without calling it.
  const originalUses = original.references.filter((ref) => !caught.some((t) => t === ref || t.startsWith(`${ref}.`)));
  const uses = (refs: readonly string[], module: string) => refs.some((ref) => within(expand(ref, bound), module));
  const dropped: DroppedHandler[] = [];
  const required: string[][] = [];
  for (const types of missing) {
    const modules = types.map((t) => sinkModuleOf(t, bound));
    const module = modules[0];
    const gone = module !== undefined && modules.every((m) => m === module) && uses(originalUses, module) && !uses(candidate.references, module);
    if (gone) {
      const reached = originalUses.filter((ref) => within(expand(ref, bound), module));
      const sinks = reached.filter((ref) => !reached.some((other) => other.startsWith(`${ref}.`)));
      dropped.push({ types: [...types], module, sinks });
    }
    else required.push([...types]);
  }
  return { dropped, required };
}

/** The PR's note for a dropped handler: what it caught, and why nothing can raise it any more. */
export function droppedHandlerNote(handler: DroppedHandler): string {
  const short = handler.types.map((t) => t.slice(t.lastIndexOf(".") + 1)).join(", ");
  const sinks = handler.sinks.length > 0 ? handler.sinks.join(", ") : handler.module;
  return `dropped the handler for ${short}: only ${sinks} raised it, and ${handler.sinks.length > 1 ? "they are" : "it is"} gone`;
}
