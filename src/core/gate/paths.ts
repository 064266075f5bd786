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

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** Why the gate cannot hand a path on to git, Bandit and Python, or undefined when it can. */
export function unreadablePathReason(raw: Uint8Array): string | undefined {
  if (raw.includes(0x0a)) return "its name contains a newline";
  // git always separates folders with "/": a backslash is part of a name, which normalisePath would split.
  if (raw.includes(0x5c)) return "its name contains a backslash";
  if (raw.every((byte) => byte < 0x80)) return undefined;
  try {
    STRICT_UTF8.decode(raw);
  } catch {
    return "its name is not valid UTF-8";
  }
  return undefined;
}

const C_ESCAPES: Record<number, string> = { 7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\" };

/**
 * A path's bytes spelled as git spells them with core.quotePath on (`"caf\351.py"`,
 * `"a\nb.py"`): printable ASCII as is, everything else escaped, so a message shows exactly which
 * file is meant and no terminal or log is fooled by what the name holds.
 */
export function quoteGitPath(raw: Uint8Array): string {
  let out = "";
  let quoted = false;
  for (const byte of raw) {
    const escape = C_ESCAPES[byte];
    if (escape !== undefined) {
      out += escape;
      quoted = true;
    } else if (byte < 0x20 || byte >= 0x7f) {
      out += `\\${byte.toString(8).padStart(3, "0")}`;
      quoted = true;
    } else {
      out += String.fromCharCode(byte);
    }
  }
  return quoted ? `"${out}"` : out;
}

/** Undo git's C-style quoting of a path (`"b/a\\tb"`): the bytes it names (octal escapes are raw bytes). */
export function unquoteGitPathBytes(text: string): Uint8Array {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return Buffer.from(text, "utf8");
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const body = Buffer.from(text.slice(1, -1), "utf8");
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i] as number;
    if (byte !== 92) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(i + 1, i + 4).toString("latin1"), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? body[i + 1] ?? 0);
      i += 1;
    }
  }
  return Uint8Array.from(bytes);
}
