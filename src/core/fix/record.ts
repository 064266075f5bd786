import type { Level } from "../gate/finding.js";
import type { SecurityProfile, WeightChange } from "./profile.js";
import type { Rejection } from "./validation.js";

/**
 * The JSON record of one `fix` run: everything the pull-request step renders and everything
 * needed to replay it (the model's replies are kept verbatim; replay:FILE accepts this file).
 */
export interface FixRecord {
  schema: "bandit-gate/remediation-run";
  schema_version: 1;
  started_at: string;
  finished_at: string;
  generator: { kind: string; model?: string };
  bandit_version: string;
  settings: {
    max_rounds: number;
    temperatures: number[];
    max_tokens: number;
    test_command: string | null;
  };
  /** As read from the file (or the defaults), then after this run's decay, then after learning. */
  profile_loaded: SecurityProfile;
  profile_before: SecurityProfile;
  profile_after: SecurityProfile;
  functions: FunctionRecord[];
  /** Regressions outside any function: never regenerated. */
  module_level: ModuleLevelRecord[];
  usage: UsageRecord & { budget: number; calls: number };
  /** Set when the token budget ended the run early. */
  stopped_early?: string;
}

export interface UsageRecord {
  input_tokens: number;
  output_tokens: number;
}

export interface FindingSummary {
  test_id: string;
  test_name: string;
  severity: Level;
  confidence: Level;
  /** Line in the file that was scanned. */
  line: number;
  /** Line counted from the function's first line (1-based); 0 for findings the new imports cause. */
  relative_line: number;
  /** Bandit's message, secrets redacted. */
  text: string;
}

export type FunctionStatus = "fixed" | "not-fixed";

export interface FunctionRecord {
  path: string;
  qualname: string;
  start_line: number;
  end_line: number;
  status: FunctionStatus;
  /** Why it is not fixed, in one sentence. */
  reason?: string;
  findings_before: FindingSummary[];
  score_before: number;
  rounds: RoundRecord[];
  /** The accepted round, 1-based; null when none was accepted. */
  selected_round: number | null;
  findings_after: FindingSummary[];
  score_after: number;
  usage: UsageRecord;
}

export interface RoundRecord {
  round: number;
  temperature: number;
  prompt: string;
  reply: string;
  model?: string;
  stop_reason?: string | null;
  usage: UsageRecord;
  /** The candidate function and its new imports, as spliced; absent when the reply had none. */
  candidate?: { imports: string[]; function: string };
  rejections: Rejection[];
  /** Null when the candidate was rejected before scoring. */
  score: number | null;
  findings: FindingSummary[];
  profile_changes: WeightChange[];
  tests?: { passed: boolean; exit_code: number; output_tail: string };
}

export interface ModuleLevelRecord {
  path: string;
  line: number;
  test_id: string;
  reason: string;
}
