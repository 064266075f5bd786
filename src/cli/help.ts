import { PINNED_BANDIT_VERSION } from "../core/messages.js";

const GATE_FLAGS = `  --base REF               compare with exactly this revision (default: the merge-base of
                           HEAD with the default branch: origin/HEAD, else main)
  --baseline FILE          compare with a stored baseline file instead of a git revision
  --head REF               judge this commit instead of the working tree
  --severity-level L       report regressions of at least this severity: all|low|medium|high (all)
  --confidence-level L     ... and at least this confidence: all|low|medium|high (all)
  --nosec P                new-is-regression (default): a # nosec the branch added is a regression;
                           honor: every # nosec is honoured, as Bandit does
  --include GLOB           judge only files matching GLOB (repeatable)
  --exclude GLOB           skip files matching GLOB (repeatable)
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit)
  --allow-scan-errors      report files Bandit could not scan, but do not fail on them
  --judge-test-asserts     judge B101 (assert) in test files too; by default it is not judged
                           there unless the Bandit configuration says something about tests
  --no-notebooks           list changed notebooks (.ipynb) as not scanned instead of scanning
                           their code cells
  --strict-config          fail (exit 1) when the branch changes the Bandit configuration
                           (or, for the Action and the hook, the baseline file)
  --jobs N                 Bandit scans at once (default: one per core)
  --bandit-timeout T       stop a Bandit scan after T (600, 90s, 10m; default 10m): exit 3
  --shard i/n              judge only part i of n of the changed files (matrix jobs)`;

export const HELP = {
  main: `bandit-gate: fail a branch that makes Python code less secure, by Bandit's measure.

Usage:
  bandit-gate check [options] [PATHS...]     gate the changes against the baseline
  bandit-gate baseline --output FILE          store a baseline file for the current tree
  bandit-gate hook [options] [FILES...]       judge staged changes against HEAD (pre-commit)
  bandit-gate merge REPORT.json...            combine the JSON reports of --shard runs
  bandit-gate fix [options] [PATHS...]       regenerate regressed functions with a model, as a patch
  bandit-gate <command> --help                options of one command
  bandit-gate --version

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file, 4 internal error.
`,
  check: `Usage: bandit-gate check [options] [PATHS...]

Runs Bandit on the Python files changed between the baseline and head (the working tree by
default), matches findings across both, and fails on new findings, escalated severities and
new # nosec suppressions. PATHS restricts the check to those files or folders.

Options:
${GATE_FLAGS}
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1); results are
                           otherwise reused from the cache directory by content
  -q, --quiet              no progress messages on stderr
  -v, --verbose            also the time of each phase on stderr (git, Bandit's provisioning,
                           scans and cache hits, statements, comparison, report)
  -h, --help               this help

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file (unless --allow-scan-errors), 4 internal error.
Bandit: install it with  python3 -m pip install "bandit[toml]==${PINNED_BANDIT_VERSION}"
`,
  merge: `Usage: bandit-gate merge [options] REPORT.json...

Combines the JSON reports of the shards of one run (check --shard i/n --format json) into one
verdict and one report, as if the run had not been split. The shards must share the baseline
and the Bandit version, and all n of them must be given.

Options:
  -f, --format F           text|json|sarif|markdown (text)
  -o, --output FILE        write the report there (the terminal gets the text summary)
  --allow-scan-errors      exit 0/1 even if a shard could not scan a file
`,
  baseline: `Usage: bandit-gate baseline --output FILE [options] [PATHS...]

Scans every Python file in the working tree, and the code cells of every Jupyter notebook, and
writes a baseline file (bandit-gate's own format: identities as hashes and counts, never source
or Bandit's messages, which can quote secrets). Compare with it later: bandit-gate check
--baseline FILE.

Options:
  -o, --output FILE        where to write the baseline (required)
  --no-notebooks           leave notebooks out (check --baseline FILE then leaves them alone too)
  --include GLOB, --exclude GLOB, --bandit CMD, --jobs N, --allow-scan-errors, --no-cache  as for check
  -q, --quiet              no progress messages on stderr
`,
  hook: `Usage: bandit-gate hook [options] [FILES...]

The pre-commit hook (id bandit-gate in .pre-commit-hooks.yaml). Judges the STAGED content of
FILES (all staged Python files if none are given) against HEAD: what the commit would add, not
the working tree, so a partially staged file is judged by its staged part. In a repository's
first commit everything staged is new. Same matching, # nosec policy and thresholds as check.
Run by pre-commit over a range (PRE_COMMIT_FROM_REF/PRE_COMMIT_TO_REF: pre-push, --from-ref),
it judges the range's last commit against its first instead.

Options:
  --baseline FILE          compare with a stored baseline file instead of HEAD
  --base REF               compare with this revision instead of HEAD
  --severity-level L, --confidence-level L, --nosec P, --include GLOB, --exclude GLOB,
  --jobs N, --bandit-timeout T, --allow-scan-errors, --strict-config  as for check
  --bandit CMD             the Bandit to run (else $BANDIT_GATE_BANDIT, bandit on PATH,
                           python3 -m bandit, else Bandit ${PINNED_BANDIT_VERSION} installed once into a
                           virtual environment in the cache directory)
  --no-cache               scan every file again (also BANDIT_GATE_NO_CACHE=1)
  -v, --verbose            progress messages on stderr
  -h, --help               this help

Cache directory: $BANDIT_GATE_CACHE_DIR, else $XDG_CACHE_HOME/bandit-gate, else
~/.cache/bandit-gate; delete it to clear the scan cache and the installed Bandit.
Skip the hook once: SKIP=bandit-gate git commit ...
Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a staged file (unless --allow-scan-errors), 4 internal error.
`,
};

export const HELP_FIX = `Usage: bandit-gate fix [options] [PATHS...]

Runs the gate, then regenerates every function that holds a regression: codemods (deterministic
rewrites of the flagged calls) first, then a model for what they leave. It rejects rewrites that
cheat (renamed or re-signed functions, changed decorators, new # nosec, removed raise statements
or handlers, stub bodies, failing tests), rescans each candidate
with Bandit, adapts the security profile to what Bandit found, and keeps the best round only if
it scores below the original. Model output is parsed and scanned, never run. Module-level
findings are reported, not regenerated.

Options (the gate's options apply too, except --head):
${GATE_FLAGS}
  --max-rounds N           rounds per function (3)
  --temperature-ramp LIST  temperature per round, e.g. 0.2,0.4,0.6 (0.2); the anthropic
                           generator cannot send one (API 2026-10-21) and only records it
  --generator G            auto (default: codemods first, the model for what they leave; the
                           codemods alone without ANTHROPIC_API_KEY), codemod (no model, no key,
                           needs libcst), model or anthropic (needs ANTHROPIC_API_KEY; honours
                           ANTHROPIC_BASE_URL), or replay:FILE (replies from a file or a --record)
  --disable-codemods LIST  codemods never applied, e.g. hashlib-sha256,random-secrets
  --http-timeout SECONDS   the timeout the requests-timeout codemod adds (30)
  --model M                the anthropic model (claude-sonnet-5-5)
  --max-tokens N           token budget of the whole run, input plus output (200000); never exceeded
  --test-command CMD       run CMD (through sh) on a patched copy of the tree; a failure rejects the candidate
  --test-env NAMES         pass these environment variables (comma-separated) to the test command; it
                           otherwise gets only PATH, HOME, locale, Python's variables and CI, never credentials
  --profile FILE           the security profile (.github/bandit-gate/profile.yml; created when absent,
                           written back after the run)
  --record FILE            write the JSON record of the run (prompts, replies, scores, usage)
  --write                  apply the fix to the working tree
  --patch FILE             write the unified diff to FILE (default: the diff goes to stdout)
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 every regressed function fixed (or nothing to fix), 1 something left unfixed,
            2 usage or configuration error, 3 Bandit could not scan a changed file, 4 internal error.
`;
