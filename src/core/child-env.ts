/**
 * The environment a child process gets: Bandit, the Python helpers and, above all, the user's
 * test command, which runs the branch's own tests with model-written code spliced in. In the
 * Action the parent's environment holds the write token and the API key (`INPUT_*`,
 * `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, the OIDC request variables), so children get an
 * allow-list, never a copy.
 */

/** Names passed through as they are. */
const ALLOWED_NAMES = new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "TMPDIR",
  "TEMP",
  "TMP",
  "TZ",
  "TERM",
  "LANG",
  "LANGUAGE",
  "CI",
  "VIRTUAL_ENV",
  "CONDA_PREFIX",
  "CONDA_DEFAULT_ENV",
  "PYENV_ROOT",
  "PYENV_VERSION",
  "SYSTEMROOT",
]);

/** Prefixes passed through: locale and Python's own settings. */
const ALLOWED_PREFIXES = ["LC_", "PYTHON"];

/**
 * Never passed, even when the user lists them: the runner's inputs (the token and the API key
 * arrive as `INPUT_GITHUB-TOKEN` and `INPUT_ANTHROPIC-API-KEY`), the runner's own credentials,
 * and the two well-known credential variables.
 */
const DENIED_PREFIXES = ["INPUT_", "ACTIONS_"];
const DENIED_NAMES = new Set(["GITHUB_TOKEN", "GH_TOKEN", "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"]);

/** Passed to every child by name (PATH, HOME, locale, Python's settings...): nothing secret by design. */
export function isAllowListedName(name: string): boolean {
  const upper = name.toUpperCase();
  return !isDeniedName(name) && (ALLOWED_NAMES.has(upper) || ALLOWED_PREFIXES.some((p) => upper.startsWith(p)));
}

export function isDeniedName(name: string): boolean {
  const upper = name.toUpperCase();
  return DENIED_NAMES.has(upper) || DENIED_PREFIXES.some((p) => upper.startsWith(p));
}

/** Problems with the names a user asked to pass (`test-env`): one message per refused name. */
export function checkPassedNames(names: readonly string[], option = "test-env"): string[] {
  const problems: string[] = [];
  for (const name of names) {
    if (isDeniedName(name)) problems.push(`${option}: ${name} is never passed to child processes (it holds, or may hold, the Action's credentials)`);
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) problems.push(`${option}: "${name}" is not an environment variable name`);
  }
  return problems;
}

/** Shorter values ("true", "1", an empty input) are not credentials; masking them would garble text. */
const MIN_SECRET_LENGTH = 8;

export interface ChildEnvOptions {
  /** Extra names the user wants passed (the `test-env` input, `--test-env`). */
  pass?: readonly string[];
  /** Values that must never reach a child whatever the variable's name (the token, the API key). */
  secrets?: readonly string[];
}

/** The allow-listed copy of `parent` for a child process. */
export function childEnvironment(parent: Readonly<Record<string, string | undefined>>, options: ChildEnvOptions = {}): Record<string, string> {
  const extra = new Set((options.pass ?? []).filter((n) => !isDeniedName(n)));
  const secrets = (options.secrets ?? []).filter((s) => s.trim().length >= MIN_SECRET_LENGTH);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isDeniedName(name)) continue;
    const upper = name.toUpperCase();
    const allowed = ALLOWED_NAMES.has(upper) || ALLOWED_PREFIXES.some((p) => upper.startsWith(p)) || extra.has(name);
    if (!allowed) continue;
    if (secrets.some((s) => value.includes(s))) continue;
    out[name] = value;
  }
  return out;
}

/** Every occurrence of a known secret value replaced by `***` (logs, records, test output). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.trim().length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join("***");
  }
  return out;
}
