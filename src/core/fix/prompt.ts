import type { Level } from "../gate/finding.js";
import { rankedRules, type SecurityProfile } from "./profile.js";
import { RULE_GUIDANCE, type SecurityRule } from "./security-rules.js";

export const MAX_PRIORITY_RULES = 6;
export const MAX_GUIDANCE_RULES = 4;

/** A Bandit finding as the model sees it: its line counted from the function's first line. */
export interface PromptFinding {
  testId: string;
  testName: string;
  severity: Level;
  confidence: Level;
  text: string;
  /** 1 = the function's first line (its first decorator, if any). */
  relativeLine: number;
}

export interface RewriteTask {
  /** Repository-relative path of the file. */
  path: string;
  /** Dotted name, classes included (e.g. `Store.save`). */
  qualname: string;
  /** The function, decorators included, dedented to column 0. */
  source: string;
  findings: PromptFinding[];
  /** The file's import statements, as written. */
  imports: string[];
}

export interface RulePlacement {
  priorities: SecurityRule[];
  guidance: SecurityRule[];
}

/** Which rules go where: >= high as priorities (6 at most), [medium, high) as guidance (4 at most). */
export function placeRules(profile: SecurityProfile): RulePlacement {
  const ranked = rankedRules(profile);
  const { high, medium } = profile.thresholds;
  return {
    priorities: ranked.filter((r) => r.weight >= high).slice(0, MAX_PRIORITY_RULES).map((r) => r.rule),
    guidance: ranked.filter((r) => r.weight >= medium && r.weight < high).slice(0, MAX_GUIDANCE_RULES).map((r) => r.rule),
  };
}

const PREAMBLE = [
  "You are reviewing Python code for security as an experienced application-security engineer.",
  "Bandit, a static analyser, flagged the function below. Your rewrite will be checked by Bandit again,",
  "by a reviewer, and by the project's tests, so it must stay a drop-in replacement.",
].join("\n");

export function buildPrompt(profile: SecurityProfile, task: RewriteTask): string {
  const { priorities, guidance } = placeRules(profile);
  const parts: string[] = [PREAMBLE, ""];
  parts.push("Security priorities (hard requirements):");
  if (priorities.length === 0) parts.push("- Fix every finding listed below without weakening any existing check.");
  for (const rule of priorities) parts.push(`- ${RULE_GUIDANCE[rule]}`);
  if (guidance.length > 0) {
    parts.push("", "Additional secure coding guidance:");
    for (const rule of guidance) parts.push(`- ${RULE_GUIDANCE[rule]}`);
  }
  parts.push(
    "",
    "Task:",
    `Rewrite \`${task.qualname}\` from \`${task.path}\` so that the findings below disappear.`,
    "Keep its name, parameters, decorators, behaviour and public contract exactly as they are.",
    "Keep every existing raise statement and exception handler (one that catches only what a call you removed could raise, such as subprocess.CalledProcessError once subprocess is gone, may go), and do not reduce the body to a stub.",
    "Do not silence Bandit with `# nosec` or similar comments: fix the code itself.",
    "",
    "Findings (line numbers count from the function's first line):",
  );
  for (const f of task.findings) {
    parts.push(`- line ${f.relativeLine}: ${f.testId} ${f.testName} (severity ${f.severity}, confidence ${f.confidence}): ${f.text}`);
  }
  parts.push("", "The function:", "```python", task.source.replace(/\s+$/, ""), "```");
  parts.push("", "The file's imports, for context:");
  if (task.imports.length === 0) parts.push("(none)");
  else parts.push("```python", ...task.imports, "```");
  parts.push(
    "",
    "Answer with exactly one fenced ```python block that contains the complete rewritten function at",
    "column 0 (decorators included), optionally preceded by the import lines it newly needs.",
    "Put nothing else in the block: no other functions, classes, examples or tests.",
  );
  return `${parts.join("\n")}\n`;
}

/** What happened to the previous candidate, as the loop recorded it. */
export interface RoundOutcome {
  /** Validator (and test) rejections, in order. */
  rejections: ReadonlyArray<{ code: string; message: string }>;
  /** The gate's regressions still inside the candidate; null when it was never scanned. */
  regressions: readonly PromptFinding[] | null;
  /** Bandit's findings inside the candidate at the configured levels. */
  findings: readonly PromptFinding[];
  /** The failing test command's last output lines, already trimmed and redacted. */
  testOutputTail?: string;
}

/** Test output the model sees: the last lines only, each cut short. */
export const FEEDBACK_TAIL_LINES = 15;
const FEEDBACK_LINE_CHARS = 300;

/**
 * The user turn after a candidate that did not end the loop: what happened to it (the
 * validator's reason, the findings the gate still reports with their lines in the candidate, or
 * the failing tests' output), then the priorities as the profile now ranks them, so the profile's
 * adaptation reaches the model too.
 */
export function buildFeedback(profile: SecurityProfile, task: Pick<RewriteTask, "qualname">, outcome: RoundOutcome): string {
  const parts: string[] = [];
  const testFailure = outcome.rejections.find((r) => r.code === "tests-failed");
  const structural = outcome.rejections.filter((r) => r.code !== "tests-failed");
  if (structural.length > 0) {
    parts.push("Your rewrite was rejected without being scanned:");
    for (const r of structural) parts.push(`- ${r.message}`);
  } else if (testFailure) {
    parts.push(`Your rewrite broke the project's tests: ${testFailure.message.split(":")[0]}.`);
    const tail = (outcome.testOutputTail ?? "")
      .split(/\r?\n/)
      .filter((l) => l.trim() !== "")
      .slice(-FEEDBACK_TAIL_LINES)
      .map((l) => (l.length > FEEDBACK_LINE_CHARS ? `${l.slice(0, FEEDBACK_LINE_CHARS)}…` : l));
    if (tail.length > 0) parts.push("The last lines of its output:", "```text", ...tail, "```");
  } else {
    const left = outcome.regressions && outcome.regressions.length > 0 ? outcome.regressions : outcome.findings;
    parts.push("Bandit still reports these in your rewrite (line numbers count from the function's first line):");
    for (const f of left) parts.push(`- line ${f.relativeLine}: ${f.testId} ${f.testName} (severity ${f.severity}): ${f.text}`);
  }
  const { priorities } = placeRules(profile);
  if (priorities.length > 0) {
    parts.push("", "Security priorities now (hard requirements):");
    for (const rule of priorities) parts.push(`- ${RULE_GUIDANCE[rule]}`);
  }
  parts.push(
    "",
    `Rewrite \`${task.qualname}\` again under the same rules: same name, parameters, decorators and behaviour, every`,
    "raise and handler kept, no `# nosec`, no hiding a call behind getattr, __import__ or other indirection.",
    "Answer with exactly one fenced ```python block holding the complete function, as before.",
  );
  return `${parts.join("\n")}\n`;
}
