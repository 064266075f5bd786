import type { RewriteTask } from "../../core/fix/prompt.js";

/**
 * A model backend. The loop knows only this interface: adding a backend means adding a class,
 * never touching the loop. What a generator returns is text to parse, never code to run.
 */
export interface GenerationRequest {
  /** The last user turn. */
  prompt: string;
  /**
   * Earlier turns of the same conversation, oldest first, starting with a user turn and
   * alternating (a continuation round: the first prompt, the previous candidate, ...).
   * Backends without conversations may ignore it.
   */
  history?: ReadonlyArray<{ role: "user" | "assistant"; content: string }>;
  /** Sampling temperature for this round; backends that cannot send it ignore it. */
  temperature: number;
  /** The most output tokens this call may produce (the loop's budget decides it). */
  maxOutputTokens: number;
  /** The function and findings the prompt was built from: what a backend without a model (codemods) works on. */
  task?: RewriteTask;
}

export interface GenerationUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface Generation {
  text: string;
  usage: GenerationUsage;
  model?: string;
  stopReason?: string | null;
}

export interface Generator {
  /** For records and messages: `anthropic`, `replay`. */
  readonly kind: string;
  readonly model?: string;
  /** Whether `temperature` reaches the model; when false the ramp is recorded but has no effect. */
  readonly supportsTemperature: boolean;
  /**
   * Codemod generators only: \`after\` (the file with the accepted fixes) without the module-level
   * imports that the rewritten functions (\`functions\`, their original sources) used and nothing
   * uses any more.
   */
  pruneImports?(before: string, after: string, functions: readonly string[]): Promise<{ text: string; removed: string[] }>;
  /**
   * The input tokens `prompt` will cost, known before spending them, so the loop can keep its
   * token budget exactly.
   */
  countInputTokens(prompt: string, history?: GenerationRequest["history"]): Promise<number>;
  generate(request: GenerationRequest): Promise<Generation>;
}

/** The backend failed in a way retrying inside the SDK did not cure. */
export class GenerationError extends Error {
  override name = "GenerationError";
}

/** The backend has no more replies to give (a replay file ran out): the loop stops, keeping what it has. */
export class GeneratorExhausted extends Error {
  override name = "GeneratorExhausted";
}

/**
 * The backend has nothing (more) to offer for this one function (no codemod applies, or its one
 * deterministic rewrite was already tried): the loop moves on to the next function.
 */
export class NoCandidate extends Error {
  override name = "NoCandidate";
}
