import type { CodemodRefusal } from "./catalog.js";

/** What the codemod script answers. */
export interface CodemodOutcome {
  applied: { codemod: string; testId: string; line: number; summary: string }[];
  refused: CodemodRefusal[];
  /** The rewritten function (null when nothing was applied). */
  source: string | null;
  /** Import lines the rewrite needs, in the file's style. */
  imports: string[];
  error?: string;
}

/**
 * The outcome as a reply in the same shape a model gives (one fenced python block: imports, then
 * the function), so that it is parsed, validated, scanned and tested by exactly the same code.
 */
export function codemodReply(outcome: CodemodOutcome): string {
  const lines = ["Codemods applied:"];
  for (const a of outcome.applied) lines.push(`- line ${a.line} ${a.testId}: ${a.codemod}: ${a.summary}`);
  if (outcome.refused.length > 0) {
    lines.push("Refused:");
    for (const r of outcome.refused) lines.push(`- line ${r.line} ${r.testId}: ${r.codemod ?? "none"}: ${r.reason}`);
  }
  const body = [...outcome.imports, ...(outcome.imports.length > 0 ? [""] : []), (outcome.source ?? "").replace(/\s+$/, "")].join("\n");
  return `${lines.join("\n")}\n\n\`\`\`python\n${body}\n\`\`\`\n`;
}

/** One line for a function no codemod could rewrite. */
export function refusalSummary(refused: readonly CodemodRefusal[]): string {
  if (refused.length === 0) return "no codemod applied";
  return `no codemod applied: ${refused.map((r) => `${r.testId} line ${r.line}: ${r.reason}`).join("; ")}`;
}
