/**
 * Bandit's hardcoded-password tests quote the secret in their message and the flagged lines
 * hold it. Reports and stored baselines must never repeat it.
 */
const SECRET_TESTS = new Set(["B105", "B106", "B107"]);

export function isSecretTest(testId: string): boolean {
  return SECRET_TESTS.has(testId);
}

/**
 * `Possible hardcoded password: 'hunter2'` -> `Possible hardcoded password: '***'`. The value may
 * span lines (a triple-quoted literal): everything after the colon goes. A message without a
 * colon (another Bandit's wording) keeps only what precedes its first quote.
 */
export function redactText(testId: string, text: string): string {
  if (!isSecretTest(testId)) return text;
  const colon = text.indexOf(":");
  if (colon !== -1) return `${text.slice(0, colon)}: '***'`;
  const quote = text.search(/["'`]/);
  return quote === -1 ? text : `${text.slice(0, quote).trimEnd()} '***'`;
}

/** Blank out the contents of every string literal on a flagged line of a secret finding. */
export function redactSource(testId: string, line: string): string {
  return redactSourceLines(testId, [line])[0] as string;
}

/**
 * Blank out the contents of every string literal in the flagged lines of a secret finding,
 * reading them as one piece of source, so that a literal opened on one line (a triple-quoted
 * string, a backslash continuation) stays blanked on the lines it continues onto.
 *
 * `lead`: the lines of the finding's statement before the first flagged one (from the statement
 * reader), read but not returned, so that a literal opened there is known to be open.
 * `text`: Bandit's issue text, which quotes the value; any line of that value still visible
 * afterwards (a file the lexer misreads) is masked too.
 */
export function redactSourceLines(
  testId: string,
  lines: readonly string[],
  options: { lead?: readonly string[]; text?: string } = {},
): string[] {
  if (!isSecretTest(testId)) return [...lines];
  const lead = options.lead ?? [];
  let open: string | undefined;
  const out: string[] = [];
  for (const [index, line] of [...lead, ...lines].entries()) {
    const result = blankLine(line, open);
    open = result.open;
    if (index >= lead.length) out.push(result.line);
  }
  const fragments = valueFragments(options.text);
  return out.map((line) => fragments.reduce((acc, fragment) => acc.split(fragment).join("***"), line));
}

/**
 * Every line of `source` that holds part of a string literal on a flagged line of a secret
 * finding, with its redacted form: the flagged line itself, the lines a literal opened there
 * continues onto, and the lines back to where a literal the flagged line continues was opened.
 * `source` is lexed from its first line, which must start outside any literal (a whole file, or
 * a function from its first decorator or `def`), so no statement reader is needed. `line` is
 * 1-based in `source`; findings of other tests are ignored.
 */
export function secretLiteralLines(
  source: readonly string[],
  flagged: ReadonlyArray<{ testId: string; line: number }>,
): Array<{ line: number; original: string; redacted: string }> {
  const lexed: Array<{ openBefore: string | undefined; openAfter: string | undefined; redacted: string }> = [];
  let open: string | undefined;
  for (const line of source) {
    const result = blankLine(line, open);
    lexed.push({ openBefore: open, openAfter: result.open, redacted: result.line });
    open = result.open;
  }
  const marked = new Set<number>();
  for (const f of flagged) {
    const at = f.line - 1;
    if (!isSecretTest(f.testId) || at < 0 || at >= source.length) continue;
    marked.add(at);
    for (let j = at; j > 0 && lexed[j]?.openBefore !== undefined; j -= 1) marked.add(j - 1);
    for (let j = at; j + 1 < source.length && (lexed[j]?.openAfter !== undefined || continuesStatement(lexed[j]?.redacted ?? "")); j += 1) marked.add(j + 1);
  }
  return [...marked]
    .sort((a, b) => a - b)
    .map((i) => ({ line: i + 1, original: source[i] as string, redacted: (lexed[i] as { redacted: string }).redacted }));
}

/**
 * A line (literals already blanked) that a trailing backslash joins to the next, so a literal
 * on the next line is part of the same flagged statement (`"abc" \\` then `"def"`).
 */
function continuesStatement(blanked: string): boolean {
  return !blanked.includes("#") && /(^|[^\\])(\\\\)*\\$/.test(blanked);
}

/** The parts of the secret value a secret finding's message quotes, to mask wherever they appear. */
export function secretValueFragments(testId: string, text: string): string[] {
  return isSecretTest(testId) ? valueFragments(text) : [];
}

/**
 * One line with its literals blanked. `open` is the quote of a literal left open by the lines
 * before (a triple quote, or a single quote continued by a backslash); the result says which
 * literal, if any, this line leaves open.
 */
function blankLine(line: string, open: string | undefined): { line: string; open: string | undefined } {
  let out = "";
  let i = 0;
  let quote = open;
  if (quote !== undefined) {
    const end = closing(line, 0, quote);
    if (end === -1) return { line: lineContinues(line, quote) ? "***\\" : "***", open: stillOpen(line, quote) };
    out += `***${quote}`;
    i = end + quote.length;
    quote = undefined;
  }
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === "#") return { line: out + line.slice(i), open: undefined };
    if (ch !== '"' && ch !== "'") {
      out += ch;
      i += 1;
      continue;
    }
    const q = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
    const end = closing(line, i + q.length, q);
    if (end === -1) {
      // Unterminated here: blanked to the end of the line, and open on the next if it continues.
      return { line: `${out}${q}***${lineContinues(line, q) ? "\\" : ""}`, open: stillOpen(line, q) };
    }
    out += `${q}***${q}`;
    i = end + q.length;
  }
  return { line: out, open: undefined };
}

/** Where `quote` closes in `line` from `from`, skipping escapes; -1 when it does not. */
function closing(line: string, from: number, quote: string): number {
  let j = from;
  while (j < line.length) {
    if (line[j] === "\\") {
      j += 2;
      continue;
    }
    if (line.startsWith(quote, j)) return j;
    j += 1;
  }
  return -1;
}

/** A single-quoted literal goes on to the next line only after a trailing backslash. */
function lineContinues(line: string, quote: string): boolean {
  return quote.length === 1 && /(^|[^\\])(\\\\)*\\$/.test(line);
}

function stillOpen(line: string, quote: string): string | undefined {
  return quote.length === 3 || lineContinues(line, quote) ? quote : undefined;
}

/** The lines of the value Bandit quotes in its message (`...: 'value'`), long enough to mask safely. */
function valueFragments(text: string | undefined): string[] {
  if (text === undefined) return [];
  const colon = text.indexOf(":");
  if (colon === -1) return [];
  const value = text.slice(colon + 1).trim().replace(/^'/, "").replace(/'$/, "");
  return [...new Set(value.split(/\r\n|\r|\n/).map((part) => part.trim()).filter((part) => part.length >= 4 && part !== "***"))]
    .sort((a, b) => b.length - a.length);
}
