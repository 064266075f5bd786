import { readFile } from "node:fs/promises";
import { ConfigurationError } from "../../core/errors.js";
import { GeneratorExhausted, type Generation, type GenerationRequest, type Generator } from "./generator.js";

export interface ReplayResponse {
  text: string;
  usage?: { input_tokens?: number; output_tokens?: number };
  model?: string;
}

/**
 * Replies read from a file, handed out in order. The file is either
 * `{"responses": [{"text": "...", "usage": {...}}, ...]}` (or a bare array of those or of strings),
 * or the JSON record of an earlier `fix` run, whose rounds' replies are replayed exactly.
 */
export class ReplayGenerator implements Generator {
  readonly kind = "replay";
  readonly supportsTemperature = true;
  private next = 0;

  constructor(
    private readonly responses: ReplayResponse[],
    private readonly source: string,
  ) {}

  static async fromFile(path: string): Promise<ReplayGenerator> {
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch (error) {
      throw new ConfigurationError(`cannot read the replay file ${path}: ${(error as Error).message}; check --generator replay:FILE`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigurationError(`the replay file ${path} is not JSON: ${(error as Error).message}`);
    }
    return new ReplayGenerator(responsesOf(data, path), path);
  }

  async countInputTokens(prompt: string): Promise<number> {
    const recorded = this.responses[this.next]?.usage?.input_tokens;
    return recorded ?? Math.ceil(prompt.length / 4);
  }

  async generate(request: GenerationRequest): Promise<Generation> {
    const response = this.responses[this.next];
    if (!response) {
      throw new GeneratorExhausted(`the replay file ${this.source} has no more responses (it holds ${this.responses.length})`);
    }
    this.next += 1;
    return {
      text: response.text,
      usage: {
        inputTokens: response.usage?.input_tokens ?? Math.ceil(request.prompt.length / 4),
        outputTokens: Math.min(response.usage?.output_tokens ?? Math.ceil(response.text.length / 4), request.maxOutputTokens),
      },
      ...(response.model ? { model: response.model } : {}),
      stopReason: "end_turn",
    };
  }
}

function responsesOf(data: unknown, path: string): ReplayResponse[] {
  const bad = () => new ConfigurationError(`the replay file ${path} must hold {"responses": [...]}, an array of replies, or a fix run record`);
  const one = (item: unknown): ReplayResponse => {
    if (typeof item === "string") return { text: item };
    if (item && typeof item === "object" && typeof (item as ReplayResponse).text === "string") return item as ReplayResponse;
    throw bad();
  };
  if (Array.isArray(data)) return data.map(one);
  if (data && typeof data === "object") {
    const record = data as { schema?: string; responses?: unknown; functions?: { rounds?: { reply: string; usage?: { input_tokens: number; output_tokens: number } }[] }[] };
    if (Array.isArray(record.responses)) return record.responses.map(one);
    if (record.schema === "bandit-gate/remediation-run" && Array.isArray(record.functions)) {
      return record.functions.flatMap((f) => (f.rounds ?? []).map((r) => ({ text: r.reply, ...(r.usage ? { usage: r.usage } : {}) })));
    }
  }
  throw bad();
}
