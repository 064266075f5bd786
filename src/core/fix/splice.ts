/**
 * Put rewritten functions into a file's text: each replaces an exact line range (as Python's ast
 * reported it), re-indented to the original's indentation, tabs kept where the file uses tabs and
 * the file's line endings kept. New imports go in once, after the file's imports.
 */

/** One import name as Python's ast sees it. */
export interface ImportEntry {
  /** `from X import ...`: X (null for `from . import y`); plain `import`: null. */
  module: string | null;
  name: string;
  asname: string | null;
  /** Relative-import dots. */
  level: number;
  kind: "import" | "from";
}

export interface Replacement {
  /** First line (the first decorator's), 1-based. */
  start: number;
  /** Last line, inclusive. */
  end: number;
  /** The new function at column 0. */
  source: string;
}

export interface SpliceResult {
  text: string;
  /** Where each replacement ended up, in the order given. */
  ranges: { start: number; end: number }[];
  /** Lines the new imports occupy, if any. */
  importLines?: { start: number; end: number };
}

interface Line {
  text: string;
  eol: string;
}

function splitKeepingEndings(text: string): Line[] {
  const lines: Line[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === "") break;
    lines.push({ text: match[1] ?? "", eol: match[2] ?? "" });
  }
  return lines;
}

function dominantEol(lines: readonly Line[]): string {
  const crlf = lines.filter((l) => l.eol === "\r\n").length;
  const lf = lines.filter((l) => l.eol === "\n").length;
  return crlf > lf ? "\r\n" : "\n";
}

function leading(text: string): string {
  return /^[ \t]*/.exec(text)?.[0] ?? "";
}

/** Remove the common leading whitespace of the non-blank lines. */
export function dedent(source: string): string {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map(leading);
  if (indents.length === 0) return source;
  let common = indents[0] as string;
  for (const indent of indents) {
    while (!indent.startsWith(common)) common = common.slice(0, -1);
  }
  return lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join("\n");
}

/** Rewrite leading spaces as tabs, one tab per `unit` spaces (the candidate's own indent step). */
function spacesToTabs(lines: string[]): string[] {
  const widths = lines.map((l) => leading(l)).filter((w) => w.length > 0 && !w.includes("\t")).map((w) => w.length);
  if (widths.length === 0) return lines;
  const unit = Math.min(...widths);
  return lines.map((l) => {
    const indent = leading(l);
    if (indent === "" || indent.includes("\t")) return l;
    return "\t".repeat(Math.floor(indent.length / unit)) + " ".repeat(indent.length % unit) + l.slice(indent.length);
  });
}

function reindent(source: string, base: string, useTabs: boolean): string[] {
  let lines = dedent(source).replace(/\s+$/, "").split("\n");
  if (useTabs) lines = spacesToTabs(lines);
  return lines.map((l) => (l.trim() === "" ? "" : base + l));
}

/** Apply the replacements (non-overlapping) and insert `newImports` after line `importAfter` (0: top). */
export function spliceFile(text: string, replacements: readonly Replacement[], newImports: readonly string[], importAfter: number): SpliceResult {
  const lines = splitKeepingEndings(text);
  const eol = dominantEol(lines);
  // A file without a final newline keeps lacking one, whatever lands at its end.
  const lastLine = lines[lines.length - 1];
  const noFinalEol = lastLine !== undefined && lastLine.eol === "";
  if (lastLine && noFinalEol) lastLine.eol = eol;
  type Edit = { at: number; remove: number; insert: Line[]; index: number | "imports" };
  const edits: Edit[] = replacements.map((r, index) => {
    const first = lines[r.start - 1] as Line | undefined;
    const base = leading(first?.text ?? "");
    const body = lines.slice(r.start, r.end);
    const useTabs = body.some((l) => leading(l.text).slice(base.length).startsWith("\t"));
    const lineEol = first?.eol || eol;
    const insert = reindent(r.source, base, useTabs).map((t) => ({ text: t, eol: lineEol }));
    return { at: r.start - 1, remove: r.end - r.start + 1, insert, index };
  });
  if (newImports.length > 0) {
    edits.push({ at: importAfter, remove: 0, insert: newImports.map((t) => ({ text: t, eol })), index: "imports" });
  }
  // Apply bottom-up so earlier positions stay valid; imports go before a function starting at the same line.
  const ordered = [...edits].sort((a, b) => b.at - a.at || (a.index === "imports" ? 1 : -1));
  for (const edit of ordered) lines.splice(edit.at, edit.remove, ...edit.insert);
  // Work out final positions top-down.
  const ranges: { start: number; end: number }[] = new Array(replacements.length);
  let importLines: SpliceResult["importLines"];
  let shift = 0;
  for (const edit of [...edits].sort((a, b) => a.at - b.at || (a.index === "imports" ? -1 : 1))) {
    const start = edit.at + shift + 1;
    const end = start + edit.insert.length - 1;
    if (edit.index === "imports") importLines = { start, end };
    else ranges[edit.index] = { start, end };
    shift += edit.insert.length - edit.remove;
  }
  let result = lines.map((l) => l.text + l.eol).join("");
  if (noFinalEol) result = result.replace(/(\r\n|\n|\r)$/, "");
  return { text: result, ranges, ...(importLines ? { importLines } : {}) };
}

function entryKey(e: ImportEntry): string {
  return `${e.kind}|${e.level}|${e.module ?? ""}|${e.name}|${e.asname ?? ""}`;
}

/** The import lines needed for `wanted` entries the file does not already import, grouped by module. */
export function missingImports(existing: readonly ImportEntry[], wanted: readonly ImportEntry[]): string[] {
  const have = new Set(existing.map(entryKey));
  const lines: string[] = [];
  const fromGroups = new Map<string, string[]>();
  for (const entry of wanted) {
    const key = entryKey(entry);
    if (have.has(key)) continue;
    have.add(key);
    const alias = entry.asname ? `${entry.name} as ${entry.asname}` : entry.name;
    if (entry.kind === "import") {
      lines.push(`import ${alias}`);
    } else {
      const from = `${".".repeat(entry.level)}${entry.module ?? ""}`;
      if (!fromGroups.has(from)) {
        fromGroups.set(from, []);
        lines.push(`\0${from}`);
      }
      fromGroups.get(from)?.push(alias);
    }
  }
  return lines.map((l) => (l.startsWith("\0") ? `from ${l.slice(1)} import ${(fromGroups.get(l.slice(1)) ?? []).join(", ")}` : l));
}
