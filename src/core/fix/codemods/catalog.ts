/**
 * The codemods: which Bandit rule each one answers, and which findings get one. Pure: the
 * rewrites themselves are done by the libcst script behind the codemod generator.
 */

export const CODEMOD_IDS = [
  "yaml-safe-load",
  "subprocess-shell-false",
  "os-shell-to-subprocess",
  "requests-timeout",
  "requests-verify",
  "tempfile-mkstemp",
  "random-secrets",
  "jinja2-autoescape",
  "hashlib-sha256",
  "eval-literal-eval",
  "sql-parameters",
  "chmod-world-bits",
  "bind-all-interfaces",
] as const;

export type CodemodId = (typeof CODEMOD_IDS)[number];

/** Bandit test id -> the codemod that answers it. Rules missing here have none. */
export const CODEMOD_FOR_RULE: Readonly<Record<string, CodemodId>> = {
  B506: "yaml-safe-load",
  B602: "subprocess-shell-false",
  B605: "os-shell-to-subprocess",
  B113: "requests-timeout",
  B501: "requests-verify",
  B306: "tempfile-mkstemp",
  B311: "random-secrets",
  B701: "jinja2-autoescape",
  B303: "hashlib-sha256",
  B324: "hashlib-sha256",
  B307: "eval-literal-eval",
  B608: "sql-parameters",
  B103: "chmod-world-bits",
  B104: "bind-all-interfaces",
};

export const DEFAULT_HTTP_TIMEOUT_SECONDS = 30;

/** One finding, as the codemod script is asked to fix it. */
export interface CodemodTarget {
  codemod: CodemodId;
  testId: string;
  /** 1 = the function's first line. */
  line: number;
}

export interface CodemodRefusal {
  codemod: CodemodId | null;
  testId: string;
  line: number;
  reason: string;
}

/** Which findings get which codemod; the others are refused with the reason, never guessed at. */
export function planCodemods(
  findings: readonly { testId: string; relativeLine: number }[],
  disabled: ReadonlySet<string>,
): { targets: CodemodTarget[]; refused: CodemodRefusal[] } {
  const targets: CodemodTarget[] = [];
  const refused: CodemodRefusal[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const codemod = CODEMOD_FOR_RULE[f.testId];
    // Bandit may report one call under two ids (B303 and B324 for md5): one rewrite.
    const key = `${codemod ?? f.testId}:${f.relativeLine}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (f.relativeLine < 1) refused.push({ codemod: codemod ?? null, testId: f.testId, line: f.relativeLine, reason: "the finding is outside the function" });
    else if (!codemod) refused.push({ codemod: null, testId: f.testId, line: f.relativeLine, reason: `no codemod answers ${f.testId}` });
    else if (disabled.has(codemod)) refused.push({ codemod, testId: f.testId, line: f.relativeLine, reason: `the ${codemod} codemod is disabled` });
    else targets.push({ codemod, testId: f.testId, line: f.relativeLine });
  }
  return { targets, refused };
}

/** Parse a comma-separated list of codemod ids; unknown ones are returned as problems. */
export function parseCodemodList(text: string): { ids: CodemodId[]; unknown: string[] } {
  const parts = text.split(",").map((p) => p.trim()).filter(Boolean);
  const known = new Set<string>(CODEMOD_IDS);
  return {
    ids: parts.filter((p): p is CodemodId => known.has(p)),
    unknown: parts.filter((p) => !known.has(p)),
  };
}
