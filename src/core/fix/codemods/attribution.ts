/**
 * Which fixes are codemods and which came from a model. The codemod generator records itself in
 * a round's `model` field as `codemod:<id>,<id>`; everything else is a model's reply.
 */

export const CODEMOD_MODEL_PREFIX = "codemod:";

export function codemodModelName(ids: readonly string[]): string {
  return `${CODEMOD_MODEL_PREFIX}${[...new Set(ids)].join(",")}`;
}

/** The codemods behind a round, or undefined when a model wrote it. */
export function codemodsOf(model: string | undefined): string[] | undefined {
  if (!model?.startsWith(CODEMOD_MODEL_PREFIX)) return undefined;
  return model.slice(CODEMOD_MODEL_PREFIX.length).split(",").filter(Boolean);
}

/** One cell for a reviewer: `codemod (yaml-safe-load)` or `model (claude-…)`. */
export function fixedBy(round: { model?: string } | undefined, fallbackModel?: string): string {
  const codemods = codemodsOf(round?.model);
  if (codemods) return `codemod (${codemods.join(", ")})`;
  const model = round?.model ?? fallbackModel;
  return model ? `model (${model})` : "model";
}
