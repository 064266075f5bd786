import { renderMarkdown } from "./markdown.js";
import { headline, type ReportDocument } from "./report.js";

/**
 * Hidden in the rendered comment; finds the gate's own comment again on the next push, so there
 * is one comment per pull request, edited in place, not one per push.
 */
export const PR_COMMENT_MARKER = "<!-- bandit-gate:pull-request-comment -->";

/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 60_000;

/** The sticky comment: the job summary's table when the gate fails, one line when it passes. */
export function renderPullRequestComment(report: ReportDocument, runUrl?: string): string {
  const link = runUrl ? `\n\n[The workflow run](${runUrl}) has the full report.` : "";
  if (report.counts.regressions === 0) {
    const tail = report.scan_errors.length > 0 ? " (see the workflow run for the files Bandit could not scan)" : "";
    return `${PR_COMMENT_MARKER}\n## bandit-gate: ✅ no regressions\n\n${escape(headline(report))}${tail}.${link}\n`;
  }
  let body = renderMarkdown(report);
  if (body.length > MAX_BODY) body = `${body.slice(0, MAX_BODY)}\n\n…cut short: the table is too long for a comment.`;
  return `${PR_COMMENT_MARKER}\n${body}${link}\n`;
}

/** The gate's comment among a pull request's comments: the marker opens its body. */
export function isGateComment(body: string | undefined | null): boolean {
  return typeof body === "string" && body.startsWith(PR_COMMENT_MARKER);
}

function escape(text: string): string {
  return text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
