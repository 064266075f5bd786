import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeSnapshot, type Snapshot } from "../adapters/files/snapshot.js";
import { extractNotebook, NotebookError, type CellLine, type LeftOut } from "../core/gate/notebook.js";

/** One side of the comparison with its notebooks turned into the Python Bandit scans. */
export interface NotebookSide {
  /** The side's files, each readable notebook's bytes replaced by its code cells' Python. */
  snapshot: Snapshot;
  /** Per notebook path: where each line of its Python is in the notebook. */
  lines: Map<string, CellLine[]>;
  /** Per notebook path: its Python (for a line diff: git's diff speaks of JSON lines). */
  python: Map<string, string>;
  /** IPython magics and shell escapes left out, per notebook path. */
  leftOut: Map<string, LeftOut[]>;
  /** Notebooks that could not be read (broken JSON, another nbformat): left out of the snapshot. */
  unreadable: Array<{ path: string; reason: string }>;
  /** Notebooks of another kernel language: left out of the snapshot. */
  otherLanguage: Array<{ path: string; language: string }>;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Replace the notebooks among `side`'s files by their code cells' Python. A side written to a
 * temporary directory is rewritten in place; the working tree never is: then every file of the
 * side is written to a new temporary directory, which the returned snapshot owns (and `side`'s
 * own dispose stays the caller's).
 */
export async function notebooksAsPython(side: Snapshot, notebookPaths: readonly string[], label: string, inPlace: boolean): Promise<NotebookSide> {
  const result: NotebookSide = { snapshot: side, lines: new Map(), python: new Map(), leftOut: new Map(), unreadable: [], otherLanguage: [] };
  const present = notebookPaths.filter((p) => side.contents.has(p));
  if (present.length === 0) return result;
  const contents = new Map(side.contents);
  for (const path of present) {
    try {
      const extraction = extractNotebook(UTF8.decode(contents.get(path) as Buffer));
      if (extraction.kind === "other-language") {
        result.otherLanguage.push({ path, language: extraction.language });
        contents.delete(path);
        continue;
      }
      contents.set(path, Buffer.from(extraction.python, "utf8"));
      result.lines.set(path, extraction.lines);
      result.python.set(path, extraction.python);
      if (extraction.leftOut.length > 0) result.leftOut.set(path, extraction.leftOut);
    } catch (error) {
      if (!(error instanceof NotebookError) && !(error instanceof TypeError)) throw error;
      const reason = error instanceof NotebookError ? error.message : "not valid UTF-8";
      result.unreadable.push({ path, reason: `not a notebook the gate can read: ${reason}` });
      contents.delete(path);
    }
  }
  if (!inPlace) {
    result.snapshot = await writeSnapshot(contents, label);
    return result;
  }
  for (const path of present) {
    const content = contents.get(path);
    if (content) await writeFile(join(side.root, path), content);
    else await rm(join(side.root, path), { force: true });
  }
  side.contents.clear();
  for (const [path, content] of contents) side.contents.set(path, content);
  return result;
}
