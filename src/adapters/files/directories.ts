import { access, mkdir, stat } from "node:fs/promises";
import { constants } from "node:fs";
import { dirname, resolve } from "node:path";
import { ConfigurationError } from "../../core/errors.js";

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir spins for ever at 100% CPU where a
 * level cannot be created (below /proc, for one); this fails at once with the error of the level.
 */
export async function makeDirectories(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: "ENOTDIR" });
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing.reverse()) {
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}

/**
 * Make sure a directory the run will write to exists and is writable, before any work is done:
 * a user who pointed it somewhere impossible hears so at once (exit 2), naming the path and the
 * setting, instead of after a scan (or never).
 */
export async function ensureWritableDirectory(path: string, setting: string): Promise<void> {
  try {
    await makeDirectories(path);
    await access(path, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new ConfigurationError(`cannot write to ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check ${setting}`);
  }
}
