import { CommentRefusedError, type PullRequestComments } from "../adapters/github.js";
import { isGateComment, renderPullRequestComment } from "../core/report/pr-comment.js";
import type { ReportDocument } from "../core/report/report.js";

export type CommentOutcome =
  | { operation: "created" | "updated"; id: number }
  | { operation: "none"; reason: string }
  | { operation: "refused"; status: number; message: string };

/**
 * Keep one sticky comment on the pull request: created when the gate first fails, edited in place
 * on every later push, edited to "no regressions" when it passes (and not created for a pass: a
 * pull request that never regressed gets no comment). GitHub's refusals (a fork's read-only token,
 * a missing `pull-requests: write`) come back as an outcome, never as a failure of the gate.
 */
export async function upsertPullRequestComment(
  comments: PullRequestComments,
  number: number,
  report: ReportDocument,
  runUrl?: string,
): Promise<CommentOutcome> {
  const body = renderPullRequestComment(report, runUrl);
  try {
    const ours = (await comments.list(number)).filter((c) => isGateComment(c.body));
    // Newest first: if the newest is not ours to edit (someone pasted the marker), try the next.
    for (const existing of ours.reverse()) {
      if (existing.body === body) return { operation: "updated", id: existing.id };
      try {
        return { operation: "updated", id: (await comments.update(existing.id, body)).id };
      } catch (error) {
        if (!(error instanceof CommentRefusedError)) throw error;
      }
    }
    if (report.counts.regressions === 0) return { operation: "none", reason: "the gate passed and there was no earlier comment to update" };
    return { operation: "created", id: (await comments.create(number, body)).id };
  } catch (error) {
    if (error instanceof CommentRefusedError) return { operation: "refused", status: error.status, message: error.message };
    throw error;
  }
}
