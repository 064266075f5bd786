import { readFile, lstat } from "node:fs/promises";
import { join } from "node:path";
import type { Git, HeadSide } from "../git.js";
import { blobId } from "../../core/gate/baseline-file.js";
import { isPythonFile } from "../../core/gate/selection.js";
import { materialise, type Snapshot } from "./snapshot.js";

/**
 * The head side's files, read once: from the working tree in place, or from the index or a
 * commit into a temporary directory.
 */
export async function loadHeadFiles(git: Git, head: HeadSide, paths: readonly string[]): Promise<Snapshot> {
  if (head.kind === "worktree") {
    const contents = new Map<string, Buffer>();
    await Promise.all(
      paths.map(async (path) => {
        const full = join(git.root, path);
        const stat = await lstat(full).catch(() => undefined);
        if (!stat?.isFile()) return;
        contents.set(path, await readFile(full));
      }),
    );
    return { root: git.root, contents, immutable: false, dispose: async () => {} };
  }
  const prefix = head.kind === "index" ? ":" : `${head.ref}:`;
  return materialise(git, new Map(paths.map((p) => [p, `${prefix}${p}`])), "head");
}

/**
 * Git blob ids of files at the head side without keeping their content: from the index or the
 * commit's tree where git already knows them, by hashing the working tree's files otherwise.
 */
export async function headBlobIds(git: Git, head: HeadSide, paths: readonly string[]): Promise<Map<string, string>> {
  const wanted = new Set(paths);
  if (head.kind !== "worktree") {
    const all = head.kind === "index" ? await git.indexBlobIds() : await git.treeBlobIds(head.ref);
    return new Map([...all].filter(([path]) => wanted.has(path)));
  }
  const ids = new Map<string, string>();
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const content = await readFile(join(git.root, path)).catch(() => undefined);
      if (content) ids.set(path, blobId(content));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return ids;
}

/** Every file at the head side, for the baseline-file mode and `baseline` command. */
export async function listHeadFiles(git: Git, head: HeadSide): Promise<string[]> {
  if (head.kind === "commit") return git.listFiles(head.ref);
  const tracked = await git.listFiles();
  if (head.kind === "index") return tracked;
  return [...new Set([...tracked, ...(await git.untrackedFiles())])].sort();
}

/** Keep the files that are Python: by extension, or by shebang for extensionless ones. */
export function pythonOnly(snapshot: Snapshot, paths: readonly string[]): string[] {
  return paths.filter((path) =>
    isPythonFile(path, () => {
      const content = snapshot.contents.get(path);
      return content ? firstLine(content) : undefined;
    }),
  );
}

/** Could this path be Python? (Extensionless files need their content to tell.) */
export function mayBePython(path: string): boolean {
  return isPythonFile(path, () => "#!python");
}

function firstLine(content: Buffer): string {
  const end = content.indexOf(0x0a);
  return content.subarray(0, end === -1 ? Math.min(content.length, 200) : Math.min(end, 200)).toString("utf8");
}
