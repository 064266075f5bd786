import { hasPythonShebang, isExtensionless, isPythonPath } from "./paths.js";

/**
 * Changed files that may hold Python but that the gate does not hand to Bandit. They are not
 * judged; the report says so in one note instead of letting them disappear.
 */
export type UnscannedReason = "notebook" | "symbolic link" | "submodule" | "executable, no python shebang";

/** Shebangs that run Python without naming `python` (hasPythonShebang's test). */
const OTHER_PYTHON_RUNNERS = /^#!.*\b(pypy[0-9.]*|uv run|pipx run|hatch run)\b/;

/**
 * Why a changed path (head-side git `mode`) is a file the gate cannot judge although it may be
 * Python, or undefined. `firstLine` is asked for only for extensionless executables.
 */
export function unscannedReason(path: string, mode: string | undefined, firstLine: () => string | undefined): UnscannedReason | undefined {
  if (mode === "160000") return "submodule";
  if (mode === "120000") return isPythonPath(path) || /\.ipynb$/i.test(path) ? "symbolic link" : undefined;
  if (/\.ipynb$/i.test(path)) return "notebook";
  if (mode === "100755" && isExtensionless(path)) {
    const line = firstLine();
    if (line === undefined || hasPythonShebang(line)) return undefined;
    // An executable with no shebang at all runs under the shell, but an agent may have written
    // Python into it; one that names another interpreter (`sh`, `node`) is left alone.
    if (!line.startsWith("#!") || OTHER_PYTHON_RUNNERS.test(line)) return "executable, no python shebang";
  }
  return undefined;
}

/** The one note line. */
export function unscannedNote(files: ReadonlyArray<{ path: string; reason: UnscannedReason }>): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const shown = sorted.slice(0, 10).map((f) => `${f.path} (${f.reason})`);
  const more = sorted.length > 10 ? `, and ${sorted.length - 10} more` : "";
  return `${sorted.length} changed file(s) may hold Python but are not scanned by Bandit, so they were not judged: ${shown.join(", ")}${more}.`;
}
