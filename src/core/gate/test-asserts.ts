/**
 * Bandit's B101 (`assert` used) in test files: asserts are what tests are made of, so by default
 * they are not judged there, unless the repository's own Bandit configuration says anything
 * about asserts or tests (then it wins) or the user asks for them (`--judge-test-asserts`).
 */

export const ASSERT_RULE = "B101";

/** Directory names whose files are tests, wherever they sit in the tree. */
const TEST_DIRECTORIES = new Set(["tests", "test"]);

/**
 * pytest's and unittest's conventions: `test_*.py`, `*_test.py`, `conftest.py`, or anything under
 * a `tests/` or `test/` directory. Exact, case-sensitive names: `tests_util.py`, `testing.py`,
 * `Tests/`, `testsuite/` are not tests. Paths are repository-relative and normalised (git never
 * stores `..` segments).
 */
export function isTestPath(path: string): boolean {
  const parts = path.split("/");
  const name = parts[parts.length - 1] ?? "";
  if (parts.slice(0, -1).some((dir) => TEST_DIRECTORIES.has(dir))) return true;
  if (!name.endsWith(".py")) return false;
  return name === "conftest.py" || (name.startsWith("test_") && name.length > "test_.py".length) || (name.endsWith("_test.py") && name.length > "_test.py".length);
}

/** The repository's Bandit configuration as text, and where it came from. */
export interface ConfigText {
  kind: "none" | "pyproject" | "ini";
  text: string;
  source: string;
}

export interface TestAssertDecision {
  /** True: B101 is judged in test files like anywhere else. */
  judged: boolean;
  /** Why, in words (the setting, or what in the configuration speaks about tests). */
  because: string;
}

/**
 * Decide whether B101 in test files is judged. The configuration "says something about tests"
 * when it names B101 (in `skips` or `tests`), configures `assert_used`, excludes a path that
 * mentions "test", or a `.bandit` file sits in a subdirectory. Any of those means the repository
 * has made its own choice, and it wins over this default.
 */
export function decideTestAsserts(config: ConfigText, paths: { perDirectoryBandit: readonly string[] }, judgeTestAsserts: boolean): TestAssertDecision {
  if (judgeTestAsserts) return { judged: true, because: "judge-test-asserts is set" };
  const said = whatConfigSaysAboutTests(config);
  if (said) return { judged: true, because: `${config.source} ${said}` };
  const local = paths.perDirectoryBandit[0];
  if (local) return { judged: true, because: `the repository has a per-directory Bandit configuration (${local})` };
  return { judged: false, because: "the Bandit configuration says nothing about tests" };
}

/** What in the configuration concerns asserts or tests, or undefined when nothing does. */
export function whatConfigSaysAboutTests(config: ConfigText): string | undefined {
  if (config.kind === "none") return undefined;
  const text = config.kind === "pyproject" ? banditTables(config.text) : stripComments(config.text);
  if (/\bB101\b/.test(text)) return "names B101";
  if (/assert_used/.test(text)) return "configures assert_used";
  for (const value of settingValues(text, /^(exclude_dirs|exclude)$/)) {
    if (/test/i.test(value)) return `excludes test paths (${value.replace(/\s+/g, " ").trim()})`;
  }
  return undefined;
}

/** The `[tool.bandit]` and `[tool.bandit.*]` tables of a pyproject.toml, comments removed. */
function banditTables(toml: string): string {
  const out: string[] = [];
  let inside = false;
  for (const line of stripComments(toml).split(/\r?\n/)) {
    const header = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*$/.exec(line);
    if (header) inside = /^tool\.bandit(\.|$)/.test(header[1] ?? "");
    if (inside) out.push(line);
  }
  return out.join("\n");
}

/** Comments (`#` or `;` at a line's start, `#` after a value outside quotes) go. */
function stripComments(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => (/^\s*[#;]/.test(line) ? "" : line.replace(/\s#[^"']*$/, "")))
    .join("\n");
}

/** The raw values of the keys matching `key`, continuation lines included (TOML arrays, INI). */
function settingValues(text: string, key: RegExp): string[] {
  const values: string[] = [];
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    const setting = /^\s*([A-Za-z_][\w.-]*)\s*[=:](.*)$/.exec(line);
    if (setting || /^\s*\[/.test(line)) {
      if (current) values.push(current.join("\n"));
      current = setting && key.test(setting[1] ?? "") ? [setting[2] ?? ""] : undefined;
    } else if (current) {
      current.push(line);
    }
  }
  if (current) values.push(current.join("\n"));
  return values;
}

/** Split out the B101 findings in test files; everything else stays judged. */
export function setAsideTestAsserts<T>(items: readonly T[], locate: (item: T) => { path: string; testId: string }): { kept: T[]; setAside: T[] } {
  const kept: T[] = [];
  const setAside: T[] = [];
  for (const item of items) {
    const { path, testId } = locate(item);
    (testId === ASSERT_RULE && isTestPath(path) ? setAside : kept).push(item);
  }
  return { kept, setAside };
}
