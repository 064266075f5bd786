import Anthropic from "@anthropic-ai/sdk";
import { ConfigurationError } from "../../core/errors.js";
import { GenerationError, type Generation, type GenerationRequest, type Generator } from "./generator.js";

export interface AnthropicSettings {
  model: string;
  /** Retries the SDK makes on 408/409/429/5xx (529 overloaded included) and connection errors. */
  maxRetries: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_ANTHROPIC_SETTINGS: Omit<AnthropicSettings, "model"> = { maxRetries: 4, timeoutMs: 120_000 };

/** The Messages API through the official SDK. */
export class AnthropicGenerator implements Generator {
  readonly kind = "anthropic";
  /**
   * API version 2026-10-21 (sent by SDK 1.x) rejects temperature, top_p and top_k with a 400,
   * even at their defaults, so the ramp cannot be applied here; rounds still differ because the
   * prompt adapts.
   */
  readonly supportsTemperature = false;
  private readonly client: Anthropic;

  constructor(
    private readonly settings: AnthropicSettings,
    env: NodeJS.ProcessEnv,
  ) {
    const apiKey = env.ANTHROPIC_API_KEY?.trim();
    if (!apiKey) {
      throw new ConfigurationError(
        "the anthropic generator needs an API key: set ANTHROPIC_API_KEY (or use --generator replay:FILE to replay recorded replies)",
      );
    }
    this.client = new Anthropic({
      apiKey,
      // The SDK reads ANTHROPIC_BASE_URL from process.env; the CLI's environment is the one that counts.
      baseURL: env.ANTHROPIC_BASE_URL?.trim() || undefined,
      maxRetries: settings.maxRetries,
      timeout: settings.timeoutMs,
    });
  }

  get model(): string {
    return this.settings.model;
  }

  async countInputTokens(prompt: string): Promise<number> {
    try {
      const counted = await this.client.messages.countTokens({
        model: this.settings.model,
        messages: [{ role: "user", content: prompt }],
      });
      return counted.input_tokens;
    } catch (error) {
      throw asGenerationError(error, "counting the prompt's tokens");
    }
  }

  async generate(request: GenerationRequest): Promise<Generation> {
    let message: Anthropic.Message;
    try {
      message = await this.client.messages.create({
        model: this.settings.model,
        max_tokens: request.maxOutputTokens,
        messages: [{ role: "user", content: request.prompt }],
      });
    } catch (error) {
      throw asGenerationError(error, "generating a candidate");
    }
    const text = message.content
      .filter((block): block is Anthropic.TextBlock => block.type === "text")
      .map((block) => block.text)
      .join("\n");
    const usage = message.usage;
    return {
      text,
      usage: {
        inputTokens: usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0),
        outputTokens: usage.output_tokens,
      },
      model: message.model,
      stopReason: message.stop_reason,
    };
  }
}

function asGenerationError(error: unknown, doing: string): Error {
  if (error instanceof Anthropic.AuthenticationError) {
    return new ConfigurationError(`the Anthropic API rejected the key while ${doing} (401); check ANTHROPIC_API_KEY`);
  }
  if (error instanceof Anthropic.NotFoundError || error instanceof Anthropic.BadRequestError) {
    return new ConfigurationError(`the Anthropic API refused the request while ${doing} (${error.status}): ${error.message}; check --model`);
  }
  if (error instanceof Anthropic.APIError) {
    return new GenerationError(`the Anthropic API failed while ${doing} after retries (${error.status ?? "no status"}): ${error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
