/**
 * `# nosec` comments, parsed the way Bandit reads them: a bare `# nosec` suppresses every test on
 * the line; `# nosec B602, B607` (or `# nosec: ...`, or test names) suppresses only those tests.
 * Case-sensitive like Bandit 1.7.5+ (`# NOSEC` suppresses nothing there).
 */
const NOSEC = /#\s*nosec\b:?([^#]*)/;

export interface NosecComment {
  /** Empty means "every test". Upper-cased ids and lower-cased names. */
  tests: string[];
}

export function parseNosec(line: string): NosecComment | undefined {
  const match = NOSEC.exec(line);
  if (!match) return undefined;
  const list = (match[1] ?? "").trim();
  // Bandit keeps ids (`B602`) and test names; other words (`# nosec - reviewed`) leave the
  // list empty, which makes the comment a blanket one.
  const words = list === "" ? [] : list.split(/[\s,]+/);
  const tests = words.filter((w) => /^B\d+$/.test(w) || /^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(w));
  return { tests };
}

/** Does a nosec comment on any of these source lines silence this test? */
export function isSuppressed(lines: readonly string[], testId: string, testName: string): boolean {
  for (const line of lines) {
    const comment = parseNosec(line);
    if (!comment) continue;
    if (comment.tests.length === 0) return true;
    if (comment.tests.includes(testId) || comment.tests.includes(testName)) return true;
  }
  return false;
}

/** The line with any nosec comment removed, so adding one does not change a finding's identity. */
export function stripNosec(line: string): string {
  const match = NOSEC.exec(line);
  return match ? line.slice(0, match.index) : line;
}
