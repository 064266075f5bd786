import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeDirectories } from "./directories.js";
import { makeTemporaryDirectory, removeTemporaryDirectory } from "../lifetime.js";
import type { Git } from "../git.js";

/**
 * Files of one side of the comparison laid out under a root directory, so Bandit can scan them
 * with repository-relative paths. The working tree is used in place; other revisions (the
 * baseline, the index, --head) are written from git's objects into a temporary directory, so
 * the user's working tree and index are never touched.
 */
export interface Snapshot {
  root: string;
  /** Text of each materialised file, by repository path. */
  contents: Map<string, Buffer>;
  /** Written by the gate into a directory of its own: nothing changes these files while it runs. */
  immutable: boolean;
  dispose(): Promise<void>;
}

/** `specs` maps a repository path to a `git cat-file` spec (`<commit>:<path>` or `:<path>`). */
export async function materialise(git: Git, specs: Map<string, string>, label: string): Promise<Snapshot> {
  const root = await makeTemporaryDirectory(`bandit-gate-${label}-`);
  const contents = new Map<string, Buffer>();
  try {
    const objects = await git.readObjects([...specs.values()]);
    const files: Array<[string, Buffer]> = [];
    for (const [path, spec] of specs) {
      const object = objects.get(spec);
      if (!object) continue;
      if (path.startsWith("/") || path.split("/").includes("..")) continue;
      files.push([path, object.content]);
      contents.set(path, object.content);
    }
    // Each directory once, parents first; then the files, a few at a time.
    const directories = [...new Set(files.map(([path]) => dirname(join(root, path))))].sort();
    for (const directory of directories) await makeDirectories(directory);
    const queue = [...files];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await writeFile(join(root, next[0]), next[1]);
    };
    await Promise.all(Array.from({ length: Math.min(16, queue.length) }, worker));
  } catch (error) {
    await removeTemporaryDirectory(root);
    throw error;
  }
  return { root, contents, immutable: true, dispose: () => removeTemporaryDirectory(root) };
}
