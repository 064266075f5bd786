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
    "Keep every existing raise statement and exception handler, and do not reduce the body to a stub.",
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
