/**
 * Jupyter notebooks (nbformat 4) as Bandit sees them: the code cells joined into one Python
 * text, with a map from each line of that text back to its cell and the line within the cell.
 * Cells are numbered from 1 in file order, markdown and raw cells included, so that "cell 3" is
 * the third cell a user sees from the top.
 */

/** Where one line of the extracted Python stands in the notebook (both 1-based). */
export interface CellLine {
  cell: number;
  line: number;
}

/** A line that is not Python (an IPython magic or a shell escape), left out of the scan. */
export interface LeftOut {
  at: CellLine;
  /** `shell`: runs a shell command (`!cmd`, `%%bash`, `%sx`); `magic`: any other IPython magic. */
  kind: "shell" | "magic";
  /** The line as written (trimmed). */
  text: string;
}

export type NotebookExtraction =
  | {
      kind: "python";
      /** The code cells' Python, one line per notebook line, each line ending in `\n`. */
      python: string;
      /** `lines[n - 1]`: where line n of `python` comes from. */
      lines: CellLine[];
      leftOut: LeftOut[];
    }
  /** A notebook of another kernel language (R, Julia, ...): nothing in it is Python. */
  | { kind: "other-language"; language: string };

/** The file is not a notebook the gate can read: a scan failure, never a pass. */
export class NotebookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotebookError";
  }
}

export function isNotebookPath(path: string): boolean {
  return /\.ipynb$/i.test(path);
}

/** Cell magics whose body is a shell script. */
const SHELL_CELL_MAGICS = /^%%(bash|sh|script|system|!)(\s|$)/;
/**
 * Cell magics whose body IPython runs as Python: the body is scanned (only the magic line is
 * left out), or `%%capture` would hide any code from the gate.
 */
const PYTHON_CELL_MAGICS = /^%%(capture|time|timeit|prun|python|python3|debug)(\s|$)/;
/** Line magics that run the rest of their line as Python (`%time os.system(x)`): the statement is scanned. */
const PYTHON_LINE_MAGIC = /^%(time|timeit|prun|debug)((\s+-[A-Za-z]+(\s+[\w.]+)?)*)\s+(\S.*)$/;
/** Line magics that run a shell command. */
const SHELL_LINE_MAGICS = /^%(sx|system|sc)\b/;
/** `files = !ls` and `out = %sx ls`: an assignment from a shell escape or magic. */
const ASSIGNED_ESCAPE = /^[A-Za-z_][\w.]*(\s*,\s*[A-Za-z_][\w.]*)*\s*=\s*([!%])/;

/** Parse a notebook's bytes (UTF-8 JSON) into its code cells' Python and a line map. */
export function extractNotebook(text: string): NotebookExtraction {
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new NotebookError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isObject(document)) throw new NotebookError("not a notebook: the JSON is not an object");
  const format = document["nbformat"];
  if (format !== 4) {
    throw new NotebookError(
      format === undefined ? "not a notebook: no nbformat field" : `nbformat ${JSON.stringify(format)} is not supported (only nbformat 4; re-save it with Jupyter 4 or later)`,
    );
  }
  const cells = document["cells"];
  if (!Array.isArray(cells)) throw new NotebookError("not a notebook: no cells list");
  const language = kernelLanguage(document["metadata"]);
  if (language !== undefined && language.toLowerCase() !== "python") return { kind: "other-language", language };

  const out: string[] = [];
  const lines: CellLine[] = [];
  const leftOut: LeftOut[] = [];
  cells.forEach((cell: unknown, index) => {
    const number = index + 1;
    if (!isObject(cell) || typeof cell["cell_type"] !== "string") throw new NotebookError(`cell ${number} has no cell_type`);
    if (cell["cell_type"] !== "code") return;
    const source = sourceText(cell["source"], number);
    const cellLines = splitLines(source);
    const first = cellLines[0]?.trim() ?? "";
    // A cell magic (`%%bash`, `%%timeit`) makes the whole cell something other than Python.
    const pythonBody = PYTHON_CELL_MAGICS.test(first);
    const wholeCell = first.startsWith("%%") && !pythonBody ? (SHELL_CELL_MAGICS.test(first) ? "shell" : "magic") : undefined;
    cellLines.forEach((raw, i) => {
      const at = { cell: number, line: i + 1 };
      lines.push(at);
      if (pythonBody && i === 0) {
        leftOut.push({ at, kind: "magic", text: raw.trim() });
        out.push("");
        return;
      }
      const timed = PYTHON_LINE_MAGIC.exec(raw.trim());
      if (timed) {
        // Only the magic is left out: the statement it runs is Python like any other.
        out.push(`${/^[ \t]*/.exec(raw)?.[0] ?? ""}${timed[5] as string}`);
        return;
      }
      if (wholeCell) {
        if (raw.trim() !== "") leftOut.push({ at, kind: wholeCell, text: raw.trim() });
        out.push("");
        return;
      }
      const kind = escapeKind(raw);
      if (!kind) {
        out.push(raw);
        return;
      }
      leftOut.push({ at, kind, text: raw.trim() });
      // Keep the block around it Python: an indented escape becomes `...` at its indentation.
      const indent = /^[ \t]*/.exec(raw)?.[0] ?? "";
      out.push(indent === "" ? "" : `${indent}...`);
    });
  });
  return { kind: "python", python: out.map((l) => `${l}\n`).join(""), lines, leftOut };
}

/** A line that is an IPython escape rather than Python, and which kind; undefined for Python. */
function escapeKind(raw: string): LeftOut["kind"] | undefined {
  const line = raw.trim();
  if (line.startsWith("!")) return "shell";
  if (line.startsWith("%")) return SHELL_LINE_MAGICS.test(line) ? "shell" : "magic";
  const assigned = ASSIGNED_ESCAPE.exec(line);
  // `a = !ls` is shell; `a = %timeit f()` a magic; `a == !b` never matches (`=\s*[!%]` after a name).
  if (assigned && !line.includes("==")) {
    const rest = line.slice(assigned[0].length - 1);
    return rest.startsWith("!") || SHELL_LINE_MAGICS.test(rest) ? "shell" : "magic";
  }
  return undefined;
}

function sourceText(source: unknown, cell: number): string {
  if (typeof source === "string") return source;
  if (Array.isArray(source) && source.every((s) => typeof s === "string")) return (source as string[]).join("");
  throw new NotebookError(`cell ${cell}: source is neither a string nor a list of strings`);
}

/** A cell's lines without their endings; an empty cell has none. */
function splitLines(source: string): string[] {
  if (source === "") return [];
  const lines = source.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function kernelLanguage(metadata: unknown): string | undefined {
  if (!isObject(metadata)) return undefined;
  const info = metadata["language_info"];
  if (isObject(info) && typeof info["name"] === "string") return info["name"];
  const kernel = metadata["kernelspec"];
  if (isObject(kernel) && typeof kernel["language"] === "string") return kernel["language"];
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Where a line of the extracted Python is in the notebook; undefined past its end. */
export function cellLineOf(lines: readonly CellLine[], virtualLine: number): CellLine | undefined {
  return lines[virtualLine - 1];
}

/** `cell 3, line 2` */
export function describeCellLine(at: CellLine): string {
  return `cell ${at.cell}, line ${at.line}`;
}

/** The report note for one notebook's left-out lines: shell commands are named, never passed as clean. */
export function leftOutNote(path: string, leftOut: readonly LeftOut[]): string | undefined {
  if (leftOut.length === 0) return undefined;
  const shell = leftOut.filter((l) => l.kind === "shell");
  const magics = leftOut.length - shell.length;
  const parts: string[] = [];
  if (shell.length > 0) {
    const shown = shell.slice(0, 3).map((l) => `${describeCellLine(l.at)}: \`${truncate(l.text, 60)}\``);
    parts.push(
      `${shell.length} shell command line(s) that Bandit does not judge and the gate did not check (${shown.join("; ")}${shell.length > 3 ? `; and ${shell.length - 3} more` : ""})`,
    );
  }
  if (magics > 0) parts.push(`${magics} IPython magic line(s), left out of the scan`);
  return `Notebook ${path} has ${parts.join(" and ")}.`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
