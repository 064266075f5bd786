import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";

/**
 * What this process started and created that must not outlive it: child processes (each the
 * leader of its own process group, so a shell and what it started go together) and temporary
 * directories (copies of source files, generated configurations). The entry points call
 * `endOnInterrupt()`, so that Ctrl-C or a cancelled job kills the children and removes the
 * copies; the working tree and the index are never written, so there is nothing to restore.
 */
const children = new Set<number>();
const temporary = new Set<string>();

export function trackChild(pid: number): void {
  children.add(pid);
}

export function untrackChild(pid: number): void {
  children.delete(pid);
}

/**
 * A new directory under the system temp dir, removed on an interrupt unless removed before. Its
 * name is chosen and tracked before it is made: an interrupt that lands while it is being made
 * still removes it (with `mkdtemp` the name is only known once it exists).
 */
export async function makeTemporaryDirectory(prefix: string): Promise<string> {
  for (;;) {
    const dir = join(tmpdir(), `${prefix}${randomBytes(6).toString("base64url")}`);
    temporary.add(dir);
    try {
      await mkdir(dir, { mode: 0o700 });
      return dir;
    } catch (error) {
      temporary.delete(dir);
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

export async function removeTemporaryDirectory(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  temporary.delete(dir);
}

/** Something (a lock) to remove if the process is interrupted before it removes it itself. */
export function removeOnInterrupt(path: string): () => void {
  temporary.add(path);
  return () => temporary.delete(path);
}

/** SIGKILL a child's process group (children are started as group leaders), else the child alone; one already gone is fine. */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
}

/** Kill every child's process group and remove every temporary directory, synchronously. */
export function releaseEverything(): void {
  for (const pid of children) killProcessGroup(pid);
  children.clear();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}

/** On SIGINT or SIGTERM: release everything, then exit as a shell reports the signal (130, 143). */
export function endOnInterrupt(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      releaseEverything();
      process.exit(128 + constants.signals[signal]);
    });
  }
}
