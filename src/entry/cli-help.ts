import { PINNED_BANDIT_VERSION } from "../app/messages.js";

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
  --jobs N                 Bandit processes at once (default: one per core)
  --shard i/n              judge only part i of n of the changed files (matrix jobs)`;

export const HELP = {
  main: `bandit-gate: fail a branch that makes Python code less secure, by Bandit's measure.

Usage:
  bandit-gate check [options] [PATHS...]     gate the changes against the baseline
  bandit-gate baseline --output FILE          store a baseline file for the current tree
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
  -q, --quiet              no progress messages on stderr
  -h, --help               this help

Exit codes: 0 no regressions, 1 regressions, 2 usage or configuration error,
            3 Bandit could not scan a changed file (unless --allow-scan-errors), 4 internal error.
Bandit: install it with  python3 -m pip install "bandit[toml]==${PINNED_BANDIT_VERSION}"
`,
  baseline: `Usage: bandit-gate baseline --output FILE [options] [PATHS...]

Scans every Python file in the working tree and writes a baseline file (bandit-gate's own
format: identities as hashes and counts, never source or Bandit's messages, which can quote
secrets). Compare with it later: bandit-gate check --baseline FILE.

Options:
  -o, --output FILE        where to write the baseline (required)
  --include GLOB, --exclude GLOB, --bandit CMD, --jobs N, --allow-scan-errors  as for check
  -q, --quiet              no progress messages on stderr
`,
};
