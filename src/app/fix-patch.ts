import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { makeDirectories } from "../adapters/files/directories.js";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { diffFilesNoIndex } from "../adapters/git.js";
import { ConfigurationError } from "../core/errors.js";
import type { FileChange } from "./fix-loop.js";

/**
 * A unified diff of the changes, `git apply`-able from the repository root: git's own diff of
 * two temporary copies, with the user's diff configuration neutralised.
 */
export async function unifiedDiff(changes: readonly FileChange[]): Promise<string> {
  if (changes.length === 0) return "";
  const root = await mkdtemp(join(tmpdir(), "bandit-gate-diff-"));
  try {
    let diff = "";
    for (const change of changes) {
      for (const [side, text] of [["a", change.before], ["b", change.after]] as const) {
        const file = join(root, side, change.path);
        await makeDirectories(dirname(file));
        await writeFile(file, text);
      }
      diff += await diffFilesNoIndex(root, `a/${change.path}`, `b/${change.path}`);
    }
    return diff;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Write the changed files into the working tree, refusing any file that changed during the run. */
export async function applyChanges(repoRoot: string, changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    const current = await readFile(join(repoRoot, change.path), "utf8");
    if (current !== change.before) {
      throw new ConfigurationError(`${change.path} changed while fix was running; nothing was written to it. Run fix again.`);
    }
  }
  for (const change of changes) await writeFile(join(repoRoot, change.path), change.after);
}
