/**
 * What the user reads when something is theirs to fix: what happened, why, and the flag,
 * setting or command that fixes it. Kept together so the wording stays consistent.
 */
export const PINNED_BANDIT_VERSION = "1.9.4";

export const messages = {
  unknownHead: (ref: string) => `the head revision "${ref}" does not exist in this repository; check --head (or the checkout step)`,
  unknownBase: (ref: string) =>
    `the baseline revision "${ref}" does not exist here, locally or on origin; check --base (input "base"), or fetch it first`,
  noDefaultBranch: (branch: string) =>
    `cannot find the default branch "${branch}" (tried origin/${branch} and ${branch}); pass --base REF (input "base") naming the branch this work started from`,
  noMergeBase: (head: string, target: string) =>
    `${head} and ${target} have no common ancestor, so there is no branch-off point to compare with; pass --base REF explicitly`,
  shallowNoMergeBase: (target: string) =>
    `this shallow clone does not reach the branch-off point with ${target}, even after deepening; check out with full history (actions/checkout: \`fetch-depth: 0\`)`,
  banditMissing: (version: string) =>
    `Bandit was not found (tried --bandit, $BANDIT_GATE_BANDIT, \`bandit\` on PATH and \`python3 -m bandit\`). ` +
    `Install it with \`python3 -m pip install --user "bandit[toml]==${version}"\` (or \`pipx install bandit==${version}\`), ` +
    `or point --bandit / BANDIT_GATE_BANDIT at an existing one`,
  banditUnusable: (command: string) =>
    `the Bandit command "${command}" (from --bandit or BANDIT_GATE_BANDIT) did not answer \`--version\` like Bandit; check the command`,
  /** Files Bandit could not scan, each with Bandit's reason, and the two ways out. */
  scanFailed: (failures: ReadonlyArray<{ path: string; reason: string }>, setting = "--allow-scan-errors") =>
    `Bandit could not scan ${failures.map((f) => `${f.path} (${f.reason})`).join(", ")}, so the gate cannot vouch for ` +
    `${failures.length === 1 ? "it" : "them"}; fix the file${failures.length === 1 ? "" : "s"} (usually a syntax error) or pass ${setting} to accept the gap`,
  /** Changed files the gate cannot name to git, Bandit or Python: a failure whatever --allow-scan-errors says. */
  unreadablePaths: (paths: ReadonlyArray<{ quoted: string; reason: string }>) =>
    `cannot scan ${paths.map((p) => `${p.quoted} (${p.reason})`).join(", ")}: git, Bandit and Python cannot all be handed ` +
    `${paths.length === 1 ? "that name" : "those names"} intact, and a changed file left unscanned is never a pass; ` +
    `rename ${paths.length === 1 ? "it" : "them"} (\`git mv\`) to a UTF-8 name without line breaks or backslashes`,
  badBaselineFile: (file: string, problems: string[]) =>
    `the baseline file ${file} is not usable: ${problems.join("; ")}. Recreate it with \`bandit-gate baseline --output ${file}\``,
  /** The reason given for a file Bandit was asked to scan and said nothing about. */
  banditNoResult: "Bandit returned no result for it, and no exclude_dirs of the configuration excludes it; check the Bandit command (--bandit)",
  strictConfig: (changes: readonly string[], setting = "--strict-config") =>
    `this branch changes the gate's own configuration (${changes.join(", ")}), and ${setting} is set; ` +
    `make that change on the default branch (or in its own reviewed pull request) first`,
  banditTimedOut: (files: readonly string[], ms: number) =>
    `Bandit did not finish within ${Math.round(ms / 1000)} s and was stopped while scanning ${files.slice(0, 10).join(", ")}` +
    `${files.length > 10 ? ` and ${files.length - 10} more` : ""}; raise --bandit-timeout (input bandit-timeout) if the scan is just slow`,
  badBanditConfig: (source: string, problem: string) =>
    `the Bandit configuration ${source} cannot be used: ${problem}. Bandit would reject it too; fix [tool.bandit] (see Bandit's configuration documentation)`,
  missingBaselineFile: (file: string) =>
    `the baseline file ${file} does not exist; create it with \`bandit-gate baseline --output ${file}\` on the branch you compare against`,
  undecodableBaseline: (path: string, reason: string) =>
    `Python cannot decode the baseline version of ${path} (${reason}); every finding in it at head counts as new.`,
  /** `off`: this run does not scan notebooks; otherwise the baseline file was made without them. */
  notebooksAgainstFile: (paths: readonly string[], where: string, file: string, off: boolean) =>
    `${paths.length} notebook(s) ${where} were not judged: ` +
    (off ? "notebooks are off (--no-notebooks, or the notebooks input set to false)" : `the baseline file ${file} holds no notebooks (it was made by an older bandit-gate, or with notebooks off)`) +
    ` (${paths.slice(0, 10).join(", ")}${paths.length > 10 ? `, and ${paths.length - 10} more` : ""}). ` +
    (off ? "Leave notebooks on to judge them." : `Regenerate it with \`bandit-gate baseline --output ${file}\` to judge them, or judge notebooks against a git baseline (--base REF).`),
  notebookOtherLanguage: (path: string, language: string) =>
    `${path} is a notebook in ${language}, not Python: Bandit cannot judge it, so it was not scanned.`,
  textIdentity: (paths: readonly string[]) =>
    `Python could not parse ${paths.join(", ")}; findings there are matched by their text (whitespace folded), so reformatting them shows as new.`,
  commentRefused: (status: number) =>
    `bandit-gate: GitHub refused the pull request comment (${status}); the verdict is unchanged. A pull request from a fork gets a read-only token, ` +
    "so no comment can be written there; otherwise give the job `permissions: pull-requests: write` (or pass a token that has it as github-token)",
};
