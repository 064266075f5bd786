/**
 * Bandit's hardcoded-password tests quote the secret in their message and the flagged line
 * holds it. Reports and stored baselines must never repeat it.
 */
const SECRET_TESTS = new Set(["B105", "B106", "B107"]);

export function isSecretTest(testId: string): boolean {
  return SECRET_TESTS.has(testId);
}

/** `Possible hardcoded password: 'hunter2'` -> `Possible hardcoded password: '***'`. */
export function redactText(testId: string, text: string): string {
  if (!isSecretTest(testId)) return text;
  const colon = text.indexOf(":");
  return colon === -1 ? text : `${text.slice(0, colon)}: '***'`;
}

/** Blank out the contents of every string literal on a flagged line of a secret finding. */
export function redactSource(testId: string, line: string): string {
  if (!isSecretTest(testId)) return line;
  let out = "";
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    if (ch === "#") return out + line.slice(i);
    if (ch !== '"' && ch !== "'") {
      out += ch;
      i += 1;
      continue;
    }
    const quote = line.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
    let j = i + quote.length;
    while (j < line.length && !line.startsWith(quote, j)) j += line[j] === "\\" ? 2 : 1;
    // An unterminated literal (a multi-line string) is blanked to the end of the line.
    out += `${quote}***${j < line.length ? quote : ""}`;
    i = j + quote.length;
  }
  return out;
}
