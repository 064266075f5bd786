import { codemodsOf, fixedBy } from "./codemods/attribution.js";
import type { SecurityProfile } from "./profile.js";
import type { FindingSummary, FunctionRecord, FixRecord } from "./record.js";

/** GitHub rejects a pull-request body over 65,536 characters; stay below with room to spare. */
export const MAX_BODY = 60_000;

/** Found in every body this tool writes: how a reviewer (and the tool) recognises its PRs. */
export const BODY_MARKER = "<!-- bandit-gate:fix-pr -->";

export interface PullRequestContext {
  agentBranch: string;
  /** The commit the gate judged and the fix is built on. */
  headSha: string;
  /** Link to the workflow run whose job summary has the gate's full report. */
  reportUrl?: string;
  /** The repository path of the profile this PR commits (`profile-path`); absent: it is kept in the Action's cache. */
  profileFile?: string;
}

export function pullRequestTitle(record: FixRecord, context: PullRequestContext): string {
  const fixed = record.functions.filter((f) => f.status === "fixed").length;
  const improved = record.functions.filter((f) => f.status === "improved").length;
  const fns = (n: number) => `${n} function${n === 1 ? "" : "s"}`;
  if (fixed === 0) return `bandit-gate: improve (not fix) security regressions in ${fns(improved)} on ${context.agentBranch}`;
  const also = improved > 0 ? `, improve ${improved} more` : "";
  return `bandit-gate: fix security regressions in ${fns(fixed)}${also} on ${context.agentBranch}`;
}

/** The pull request's description, for a reviewer who has never heard of this tool. */
export function pullRequestBody(record: FixRecord, context: PullRequestContext): string {
  const full = render(record, context, true);
  if (full.length <= MAX_BODY) return full;
  const brief = render(record, context, false);
  if (brief.length <= MAX_BODY) return brief;
  return `${brief.slice(0, MAX_BODY - 200)}\n\n…(cut to fit GitHub's limit; the run record has everything)\n\n${BODY_MARKER}\n`;
}

function render(record: FixRecord, context: PullRequestContext, withRounds: boolean): string {
  const fixed = record.functions.filter((f) => f.status === "fixed");
  const improved = record.functions.filter((f) => f.status === "improved");
  const notFixed = record.functions.filter((f) => f.status === "unfixed");
  const out: string[] = [];
  out.push(
    `The security gate found that commit \`${context.headSha.slice(0, 12)}\` on \`${context.agentBranch}\` ` +
      `makes the Python code less secure by Bandit's measure (a static security analyser). ` +
      `This pull request proposes fixes for the affected functions, each rewritten by a deterministic codemod or by a language model (the table says which); ` +
      `every rewrite was checked with Bandit again and refused if it cheated (a \`# nosec\` comment, ` +
      `a changed signature, removed error handling, a stub${record.settings.test_command ? ", or failing tests" : ""}). ` +
      `**Review it like any change from a colleague**: merging it updates \`${context.agentBranch}\`; closing it changes nothing.`,
  );
  if (context.reportUrl) out.push(`\nThe gate's full report is in the [workflow run's summary](${context.reportUrl}).`);

  out.push(`\n### Fixed (${fixed.length}): the gate passes on these functions`);
  if (fixed.length === 0) out.push("\nNone.");
  else {
    out.push("\n| Function | Findings before | After | Fixed by | Round |\n| --- | --- | --- | --- | --- |");
    for (const f of fixed) {
      const round = f.rounds.find((r) => r.round === f.selected_round);
      out.push(`| ${where(f)} | ${findingList(f.findings_before)} | ${findingList(f.findings_after) || "none"} | ${fixedBy(round, record.generator.model)} | ${f.selected_round} of ${f.rounds.length} |`);
    }
  }

  if (improved.length > 0) {
    out.push(`\n### Improved, not fixed (${improved.length}): safer, but the gate still fails on them`);
    out.push("\n| Function | Regressions before | Regressions left | Round |\n| --- | --- | --- | --- |");
    for (const f of improved) {
      out.push(`| ${where(f)} | ${findingList(f.regressions_before)} | ${findingList(f.regressions_after)} | ${f.selected_round} of ${f.rounds.length} |`);
    }
  }

  // What a reviewer must know about an accepted rewrite that the tables do not say.
  const notes = [...fixed, ...improved].flatMap((f) => (f.rounds.find((r) => r.round === f.selected_round)?.notes ?? []).map((note) => `- ${where(f)}: ${cell(note)}`));
  if (notes.length > 0) out.push("\n### Notes\n", ...notes);

  const moduleLevel = record.module_level;
  if (notFixed.length + moduleLevel.length > 0) {
    out.push(`\n### Not fixed (${notFixed.length + moduleLevel.length}): these still need a person`);
    out.push("");
    for (const f of notFixed) out.push(`- ${where(f)}: ${cell(f.reason ?? "no round beat the original")} (${findingList(f.findings_before)})`);
    for (const m of moduleLevel) out.push(`- \`${m.path}:${m.line}\` ${m.test_id}: ${cell(m.reason)}`);
  }

  if (withRounds && record.functions.length > 0) {
    out.push("\n### Rounds");
    for (const f of record.functions) {
      out.push(`\n<details><summary>${where(f)} (${f.status}): score ${f.score_before} → ${f.status === "unfixed" ? `${f.score_before} (unchanged)` : f.score_after}</summary>\n`);
      // A temperature the API never received would only mislead the reader.
      const temperature = record.settings.temperature_sent === true;
      out.push(`| Round |${temperature ? " Temperature |" : ""} Score | Regressions left | Findings | Rejected because |\n| --- |${temperature ? " --- |" : ""} --- | --- | --- | --- |`);
      for (const r of f.rounds) {
        const selected = r.round === f.selected_round ? " ✅" : "";
        const left = r.regressions === null || r.regressions === undefined ? "–" : findingList(r.regressions) || "none";
        out.push(
          `| ${r.round}${selected} |${temperature ? ` ${r.temperature} |` : ""} ${r.score ?? "–"} | ${left} | ${findingList(r.findings) || "none"} | ${cell(r.rejections.map((x) => x.message).join("; ")) || ""} |`,
        );
      }
      out.push("\n</details>");
    }
  }

  const changes = weightChanges(record.profile_before, record.profile_after);
  out.push("\n### Security profile");
  out.push(
    "\nThe prompt stresses the rules whose weights are high; each finding raises the weights of the rules it relates to, " +
      "and every run first decays them part of the way back to their defaults. " +
      (context.profileFile
        ? `This PR carries the updated profile file (\`${context.profileFile}\`).`
        : "The updated profile is kept in the Action's cache, not in this PR (set `profile-path` to commit it instead)."),
  );
  if (changes.length === 0) out.push("\nNo weight changed.");
  else {
    out.push("\n| Rule | Before | After |\n| --- | --- | --- |");
    for (const c of changes) out.push(`| ${c.rule} | ${c.from.toFixed(2)} | ${c.to.toFixed(2)} |`);
  }

  const { modelCalls, codemodRounds } = callCounts(record);
  const codemodNote = codemodRounds > 0 ? ` and ${codemodRounds} codemod rewrite${codemodRounds === 1 ? "" : "s"} (no model, no tokens)` : "";
  out.push(
    `\n### Cost\n\n${modelCalls} model call${modelCalls === 1 ? "" : "s"}${codemodNote} (${record.generator.kind}${record.generator.model ? `, ${record.generator.model}` : ""}): ` +
      `${record.usage.input_tokens} input and ${record.usage.output_tokens} output tokens of a budget of ${record.usage.budget}.` +
      (record.stopped_early ? ` Stopped early: ${cell(record.stopped_early)}.` : ""),
  );
  out.push(`\n${BODY_MARKER}\n`);
  return out.join("\n");
}

/**
 * The run's generator calls split into model calls and codemod rounds: `usage.calls` counts every
 * round a generator answered, and a codemod round costs no model call.
 */
export function callCounts(record: FixRecord): { modelCalls: number; codemodRounds: number } {
  const codemodRounds = record.functions.flatMap((f) => f.rounds).filter((r) => codemodsOf(r.model) !== undefined).length;
  return { modelCalls: Math.max(0, record.usage.calls - codemodRounds), codemodRounds };
}

function where(f: FunctionRecord): string {
  return `\`${f.qualname}\` in \`${f.path}\``;
}

function findingList(findings: readonly FindingSummary[]): string {
  return findings.map((x) => `${x.test_id} (${x.severity})`).join(", ");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function weightChanges(before: SecurityProfile, after: SecurityProfile): { rule: string; from: number; to: number }[] {
  return Object.keys(after.weights)
    .map((rule) => ({
      rule,
      from: (before.weights as Record<string, number>)[rule] ?? 0,
      to: (after.weights as Record<string, number>)[rule] ?? 0,
    }))
    .filter((c) => Math.abs(c.to - c.from) > 1e-9);
}
