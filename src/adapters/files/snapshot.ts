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
  dispose(): Promise<void>;
}

/** `specs` maps a repository path to a `git cat-file` spec (`<commit>:<path>` or `:<path>`). */
export async function materialise(git: Git, specs: Map<string, string>, label: string): Promise<Snapshot> {
  const root = await makeTemporaryDirectory(`bandit-gate-${label}-`);
  const contents = new Map<string, Buffer>();
  try {
    const objects = await git.readObjects([...specs.values()]);
    for (const [path, spec] of specs) {
      const object = objects.get(spec);
      if (!object) continue;
      if (path.startsWith("/") || path.split("/").includes("..")) continue;
      const target = join(root, path);
      await makeDirectories(dirname(target));
      await writeFile(target, object.content);
      contents.set(path, object.content);
    }
  } catch (error) {
    await removeTemporaryDirectory(root);
    throw error;
  }
  return { root, contents, dispose: () => removeTemporaryDirectory(root) };
}
