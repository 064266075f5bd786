import type { Threshold } from "../core/gate/finding.js";
import type { NosecPolicy } from "../core/gate/policy.js";
import type { HeadSide } from "../adapters/git.js";

/**
 * Everything the gate needs to know, built by each entry point (CLI flags, Action inputs,
 * pre-commit hook) and nothing else. Every field is documented here once.
 */
export interface GateSettings {
  /** Directory to run in; the repository is the one containing it. */
  cwd: string;
  /** What to compare against. */
  baseline: BaselineSetting;
  /** What is judged: the working tree (CLI, Action), the index (pre-commit) or a commit (--head). */
  head: HeadSide;
  /** Set from a pull_request event: its base branch, whose merge-base with head is the baseline. */
  pullRequestBase?: string;
  /** From the event's repository.default_branch, used when origin/HEAD is unknown. */
  defaultBranch?: string;
  /** Only files matching one of these globs (empty: all). */
  include: string[];
  /** Files matching any of these globs are skipped. */
  exclude: string[];
  /** Restrict to these files or folders (repository-relative); empty: the whole repository. */
  paths: string[];
  /** Report regressions at or above this severity (Bandit's -l names). */
  severityLevel: Threshold;
  /** ... and at or above this confidence (Bandit's -i names). */
  confidenceLevel: Threshold;
  /** How `# nosec` comments added by the branch are treated. */
  nosec: NosecPolicy;
  /** When Bandit cannot scan a changed file: false fails the run (exit 3), true reports and goes on. */
  allowScanErrors: boolean;
  /** Bandit processes at once. */
  jobs: number;
  /** Each Bandit process is killed after this long, and the run fails (exit 3) naming its files. */
  banditTimeoutMs: number;
  /**
   * Baseline-file mode: read the baseline file and the Bandit configuration from the revision that
   * revision mode compares with (`ref`; absent: the branch-off point from the PR base or default
   * branch) instead of the tree being judged, so a branch cannot loosen its own check. The Action
   * and the hook set it; `check --baseline FILE` reads the file as it is.
   */
  trustedRevision?: { ref?: string };
  /** Fail (exit 1) when the branch changes the baseline file or the Bandit configuration the gate runs with. */
  strictConfig: boolean;
  /** Judge only this deterministic part of the changed files (matrix jobs). */
  shard?: { index: number; total: number };
}

export type BaselineSetting =
  | { kind: "auto" }
  | { kind: "ref"; ref: string }
  | { kind: "file"; path: string };
