import picomatch from "picomatch";
import { hasPythonShebang, isExtensionless, isPythonPath } from "./paths.js";

/** Which changed files the gate judges. */
export interface FileSelection {
  /** Globs a path must match (any); empty means every path. */
  include: string[];
  /** Globs that drop a path. */
  exclude: string[];
  /** Repository-relative files or folders to restrict to; empty means the whole repository. */
  paths: string[];
}

export function makeSelector(selection: FileSelection): (path: string) => boolean {
  const options = { dot: true };
  const include = selection.include.length > 0 ? picomatch(selection.include, options) : () => true;
  const exclude = selection.exclude.length > 0 ? picomatch(selection.exclude, options) : () => false;
  const roots = selection.paths.map((p) => p.replace(/\/+$/, "")).filter((p) => p !== "" && p !== ".");
  const inRoots = (path: string) => roots.length === 0 || roots.some((r) => path === r || path.startsWith(`${r}/`));
  return (path) => inRoots(path) && include(path) && !exclude(path);
}

/**
 * Is this a Python file? By extension, or, for a file with no extension, by its shebang
 * (`firstLine` is asked for only then, since reading it costs I/O).
 */
export function isPythonFile(path: string, firstLine: () => string | undefined): boolean {
  if (isPythonPath(path)) return true;
  if (!isExtensionless(path)) return false;
  const line = firstLine();
  return line !== undefined && hasPythonShebang(line);
}

/** A deterministic split for matrix jobs: files go to shards by a hash of their path. */
export function inShard(path: string, shard: { index: number; total: number } | undefined): boolean {
  if (!shard || shard.total <= 1) return true;
  let hash = 2166136261;
  for (let i = 0; i < path.length; i += 1) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % shard.total === shard.index - 1;
}
