/**
 * Repository-relative, `/`-separated, without `./` segments: the one spelling of a path that
 * every comparison in the gate uses.
 */
export function normalisePath(raw: string): string {
  const parts: string[] = [];
  for (const part of raw.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") {
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  return parts.join("/");
}

/** True when a file's name or its first line says it is Python. */
export function isPythonPath(path: string): boolean {
  return /\.pyw?$/i.test(path);
}

/** True for a first line such as `#!/usr/bin/env python3` or `#!/usr/bin/python`. */
export function hasPythonShebang(firstLine: string): boolean {
  return /^#!.*\bpython[0-9.]*\b/.test(firstLine);
}

/** True when a file has no extension in its last path segment. */
export function isExtensionless(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return !name.includes(".");
}
