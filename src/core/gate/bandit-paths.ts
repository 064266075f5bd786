import { normalisePath } from "./paths.js";
import type { BanditResult } from "./finding.js";

/**
 * Bandit is given absolute paths and started outside the tree it judges (so that nothing in the
 * tree can be imported in its place). Its path-dependent configuration was written for the
 * repository-relative paths a user sees, so the gate applies it to those paths itself:
 * `exclude_dirs` is evaluated here, the way Bandit does (`fnmatch` on the path, or the pattern as
 * a substring), and B101's `skips` globs are anchored at the scanned root.
 */

/** Python's `fnmatch.fnmatchcase` pattern as a RegExp (POSIX: case-sensitive, `*` crosses `/`). */
export function fnmatchRegExp(pattern: string): RegExp {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i] as string;
    i += 1;
    if (c === "*") {
      out += "[\\s\\S]*";
    } else if (c === "?") {
      out += "[\\s\\S]";
    } else if (c === "[") {
      let j = i;
      if (pattern[j] === "!") j += 1;
      if (pattern[j] === "]") j += 1;
      while (j < pattern.length && pattern[j] !== "]") j += 1;
      if (j >= pattern.length) {
        out += "\\[";
      } else {
        let body = pattern.slice(i, j);
        i = j + 1;
        const negate = body.startsWith("!");
        if (negate) body = body.slice(1);
        const escaped = body.replace(/[\\\]^]/g, (m) => `\\${m}`);
        out += negate ? `[^${escaped}]` : `[${escaped}]`;
      }
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, (m) => `\\${m}`);
    }
  }
  try {
    return new RegExp(`^${out}$`, "u");
  } catch {
    return /(?!)/; // Python's `re` rejects it too (a reversed range): it matches nothing
  }
}

/** Does Bandit's `exclude_dirs` list drop this (repository-relative) file? */
export function excludedByBandit(path: string, excludeDirs: readonly string[]): boolean {
  return excludeDirs.some((pattern) => pattern !== "" && (fnmatchRegExp(pattern).test(path) || path.includes(pattern)));
}

/** Text that `fnmatch` matches only literally. */
export function escapeFnmatch(text: string): string {
  return text.replace(/[*?[]/g, (m) => `[${m}]`);
}

/**
 * `[tool.bandit]` rewritten for a scan of absolute paths under `root`: `exclude_dirs` removed
 * (the gate applied it already) and each B101 `skips` glob anchored at `root`, so that it
 * matches `root/PATH` exactly when it matched `PATH`.
 */
export function banditSettingsForRoot(settings: Readonly<Record<string, unknown>>, root: string): Record<string, unknown> {
  const { exclude_dirs: _excluded, ...rest }: Record<string, unknown> = { ...settings };
  const assertUsed = rest.assert_used;
  if (isRecord(assertUsed) && Array.isArray(assertUsed.skips)) {
    const prefix = `${escapeFnmatch(root.replace(/\/+$/, ""))}/`;
    rest.assert_used = { ...assertUsed, skips: assertUsed.skips.map((s) => (typeof s === "string" ? prefix + s : s)) };
  }
  return rest;
}

/** Bandit's paths (absolute, under `root`) back to repository paths. */
export function relativeToRoot(result: BanditResult, root: string): BanditResult {
  const prefix = `${normalisePath(root)}/`;
  const strip = (raw: string) => {
    const path = normalisePath(raw);
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
  };
  return {
    findings: result.findings.map((f) => ({ ...f, path: strip(f.path) })),
    failures: result.failures.map((f) => ({ ...f, path: strip(f.path) })),
    scanned: result.scanned.map(strip),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
