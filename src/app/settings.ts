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
  /**
   * Judge Bandit's B101 (`assert` used) in test files too. False (default): not judged there when
   * the repository's Bandit configuration says nothing about tests; its own choice always wins.
   */
  judgeTestAsserts: boolean;
  /** Bandit processes at once. */
  jobs: number;
  /** Judge only this deterministic part of the changed files (matrix jobs). */
  shard?: { index: number; total: number };
}

export type BaselineSetting =
  | { kind: "auto" }
  | { kind: "ref"; ref: string }
  | { kind: "file"; path: string };
