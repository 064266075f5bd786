import type { Level } from "../gate/finding.js";
import type { SecurityProfile, WeightChange } from "./profile.js";
import type { Rejection } from "./validation.js";
import { maskSecrets } from "../child-env.js";
import { secretLiteralLines, secretValueFragments } from "../report/redact.js";

/** Shorter redacted lines are replaced only where they make up a whole line. */
const MIN_SUBSTRING = 4;

/**
 * The JSON record of one `fix` run: everything the pull-request step renders and everything
 * needed to replay it (the model's replies are kept verbatim; replay:FILE accepts this file).
 */
export interface FixRecord {
  schema: "bandit-gate/remediation-run";
  schema_version: 2;
  started_at: string;
  finished_at: string;
  generator: { kind: string; model?: string };
  bandit_version: string;
  settings: {
    max_rounds: number;
    temperatures: number[];
    max_tokens: number;
    test_command: string | null;
    /** Whether the generator sent the temperatures to the model (the Messages API refuses them). */
    temperature_sent?: boolean;
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

/**
 * fixed: the gate would report no regression in the function any more; improved: fewer
 * regressions (or the same ones at a lower Bandit score) but the gate still fails on it;
 * unfixed: no candidate was better than the original.
 */
export type FunctionStatus = "fixed" | "improved" | "unfixed";

export interface FunctionRecord {
  path: string;
  qualname: string;
  start_line: number;
  end_line: number;
  status: FunctionStatus;
  /** Why it is not fixed, in one sentence. */
  reason?: string;
  /** What the gate reports inside the function against the baseline, before and after. */
  regressions_before: FindingSummary[];
  regressions_after: FindingSummary[];
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
  /**
   * The task as this round put it (the profile's ranking at the time). Rounds after the first
   * send it, then the previous round's reply as the model's turn, then `feedback`.
   */
  prompt: string;
  /** What happened to the previous candidate: the last user turn of a continuation round. */
  feedback?: string;
  reply: string;
  model?: string;
  stop_reason?: string | null;
  usage: UsageRecord;
  /** The candidate function and its new imports, as spliced; absent when the reply had none. */
  candidate?: { imports: string[]; function: string };
  rejections: Rejection[];
  /** What the validator let through and the PR must say (a handler only a removed sink needed). */
  notes?: string[];
  /** Null when the candidate was rejected before scoring. */
  score: number | null;
  /** The gate's regressions left inside the candidate; null when it was not scanned. */
  regressions: FindingSummary[] | null;
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

/**
 * Source in which Bandit flagged secrets: the original function or a candidate, as lines that
 * start outside any string literal, and the secret findings in it (`line` 1-based in `lines`;
 * `text` Bandit's unredacted message, whose quoted value is masked too).
 */
export interface SecretSource {
  lines: readonly string[];
  findings: ReadonlyArray<{ testId: string; line: number; text?: string }>;
}

/**
 * A function's record made safe to write and log: every known secret value (the token, the API
 * key) masked, and the string literals Bandit flags as hard-coded passwords blanked wherever
 * their lines appear (prompts, replies, candidates, feedback, test output). A literal is
 * blanked whole: the continuation lines of a triple-quoted or backslash-continued literal too.
 */
export function redactFunctionRecord(record: FunctionRecord, sources: readonly SecretSource[], secrets: readonly string[]): FunctionRecord {
  const pairs = new Map<string, string>();
  for (const source of sources) {
    for (const l of secretLiteralLines(source.lines, source.findings)) {
      const from = l.original.trim();
      const to = l.redacted.trim();
      if (from !== "" && from !== to) pairs.set(from, to);
    }
    for (const f of source.findings) {
      for (const fragment of f.text === undefined ? [] : secretValueFragments(f.testId, f.text)) if (!pairs.has(fragment)) pairs.set(fragment, "***");
    }
  }
  // Longest first, so that a line is replaced whole before a fragment of it could be.
  const replacements = [...pairs].sort((a, b) => b[0].length - a[0].length);
  // A short continuation line ("ab") would mangle unrelated words: it is replaced only as a whole line.
  const wholeLine = replacements.filter(([from]) => from.length < MIN_SUBSTRING);
  const anywhere = replacements.filter(([from]) => from.length >= MIN_SUBSTRING);
  const clean = (text: string): string => {
    let out = maskSecrets(text, secrets);
    for (const [from, to] of anywhere) out = out.split(from).join(to);
    if (wholeLine.length === 0) return out;
    return out
      .split("\n")
      .map((line) => {
        const hit = wholeLine.find(([from]) => line.trim() === from);
        return hit ? line.replace(hit[0], hit[1]) : line;
      })
      .join("\n");
  };
  return {
    ...record,
    rounds: record.rounds.map((r) => ({
      ...r,
      prompt: clean(r.prompt),
      reply: clean(r.reply),
      ...(r.feedback !== undefined ? { feedback: clean(r.feedback) } : {}),
      ...(r.candidate ? { candidate: { imports: r.candidate.imports.map(clean), function: clean(r.candidate.function) } } : {}),
      rejections: r.rejections.map((j) => ({ ...j, message: clean(j.message) })),
      ...(r.tests ? { tests: { ...r.tests, output_tail: clean(r.tests.output_tail) } } : {}),
    })),
  };
}
