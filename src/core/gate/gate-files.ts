/**
 * Files that decide how the gate judges a branch: the workflows that run it, the pre-commit
 * configuration that runs the hook, Bandit's configuration and the baseline file. A branch that
 * changes one of them may be turning its own check off, so the change is reported. This is the
 * one place that says which paths count; `check.ts` asks it and records the answer as the
 * report's `gate_changes`.
 */

export type GateFileKind = "workflow" | "hook" | "bandit-config" | "section" | "baseline-file";

/** What `path` (repository-relative, `/`-separated) is to the gate, or undefined. */
export function gateFileKind(path: string, baselineFile?: string): GateFileKind | undefined {
  if (baselineFile !== undefined && path === baselineFile) return "baseline-file";
  if (path.startsWith(".github/workflows/")) return "workflow";
  if (path === ".pre-commit-config.yaml" || path === ".pre-commit-config.yml") return "hook";
  if (path === ".bandit" || path === "bandit.yaml" || path === "bandit.yml") return "bandit-config";
  // Only their Bandit part matters: see banditSection.
  if (path === "pyproject.toml" || path === "setup.cfg") return "section";
  return undefined;
}

/**
 * The Bandit part of a `pyproject.toml` (`[tool.bandit]` and its sub-tables) or a `setup.cfg`
 * (`[bandit]`, `[tool:bandit]`), as text with blank lines and comment-only lines left out, so a
 * formatter that re-spaces the file does not count as a change. Empty when there is none.
 */
export function banditSection(path: string, text: string): string {
  const wanted = path === "setup.cfg" ? /^\[\s*(tool:)?bandit\s*\]/ : /^\[\s*tool\.bandit(\.[^\]]*)?\s*\]/;
  const out: string[] = [];
  let inside = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^\[/.test(line)) inside = wanted.test(line);
    if (!inside || line === "" || line.startsWith("#") || line.startsWith(";")) continue;
    out.push(line);
  }
  return out.join("\n");
}

/** The warning every report, summary and Action run shows when a branch changes gate files. */
export function gateFilesWarning(paths: readonly string[]): string {
  const list = paths.slice(0, 10).join(", ") + (paths.length > 10 ? `, and ${paths.length - 10} more` : "");
  return (
    `Warning: this branch changes the workflow that runs the gate or the gate's configuration (${list}). ` +
    `That is how a branch would turn its own check off: have a person review it, and make the gate a required ` +
    `status check on pull requests into the default branch (see docs/security.md).`
  );
}
