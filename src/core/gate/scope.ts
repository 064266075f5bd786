/**
 * The dotted name of the function (with its classes) that encloses a line, read from indentation.
 * A report label only: the fix loop uses Python's own ast for exact ranges.
 */
export function enclosingFunction(fileLines: readonly string[], line: number): string | undefined {
  const target = fileLines[line - 1];
  if (target === undefined) return undefined;
  let indent = indentation(target);
  const names: { kind: "def" | "class"; name: string }[] = [];
  for (let i = line - 2; i >= 0 && indent > 0; i -= 1) {
    const text = fileLines[i] ?? "";
    if (text.trim() === "" || text.trimStart().startsWith("#")) continue;
    const own = indentation(text);
    if (own >= indent) continue;
    const match = /^\s*(?:async\s+def|def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text);
    if (match?.[1]) names.unshift({ kind: /^\s*class\b/.test(text) ? "class" : "def", name: match[1] });
    // Any statement at a shallower level closes the search at that level (if/for/with blocks too).
    indent = own;
  }
  if (!names.some((n) => n.kind === "def")) return undefined;
  return names.map((n) => n.name).join(".");
}

function indentation(text: string): number {
  const match = /^[ \t]*/.exec(text);
  return (match?.[0] ?? "").replace(/\t/g, "        ").length;
}
