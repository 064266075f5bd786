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
