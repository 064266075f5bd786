import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One scripted answer of POST /v1/messages. */
export type ScriptedReply =
  | { text: string; usage?: { input_tokens?: number; output_tokens?: number }; stop_reason?: string }
  | { status: number; errorType?: string; message?: string; headers?: Record<string, string> };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

/**
 * A small Messages API on 127.0.0.1 with a random port: scripted replies in order (errors such as
 * 429 and 529 included), token counting, and every request recorded. Like API version 2026-10-21
 * it rejects sampling parameters with a 400.
 */
export class MessagesServer {
  readonly requests: RecordedRequest[] = [];
  private readonly script: ScriptedReply[] = [];
  private server: Server | undefined;
  private port = 0;

  /** Tokens a prompt costs: a quarter of its characters, like the replay generator's estimate. */
  static tokensOf(text: string): number {
    return Math.ceil(text.length / 4);
  }

  reply(...replies: ScriptedReply[]): this {
    this.script.push(...replies);
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Requests to /v1/messages only (not token counting). */
  get messageRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === "/v1/messages");
  }

  get remaining(): number {
    return this.script.length;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        } catch {
          body = {};
        }
        const path = (req.url ?? "").split("?")[0] ?? "";
        this.requests.push({ method: req.method ?? "", path, headers: req.headers, body });
        const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { "content-type": "application/json", "request-id": `req_${this.requests.length}`, ...headers });
          res.end(JSON.stringify(payload));
        };
        const error = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
          send(status, { type: "error", error: { type, message } }, headers);
        const auth = req.headers["x-api-key"] ?? req.headers.authorization;
        if (!auth) return error(401, "authentication_error", "missing API key");
        for (const sampling of ["temperature", "top_p", "top_k"]) {
          if (sampling in body) return error(400, "invalid_request_error", `${sampling}: Extra inputs are not permitted`);
        }
        const promptText = JSON.stringify(body.messages ?? []);
        if (path === "/v1/messages/count_tokens") return send(200, { input_tokens: MessagesServer.tokensOf(promptText) });
        if (path !== "/v1/messages") return error(404, "not_found_error", `no route ${path}`);
        const next = this.script.shift();
        if (!next) return error(500, "api_error", "the test script has no more replies");
        if ("status" in next) {
          return error(next.status, next.errorType ?? (next.status === 529 ? "overloaded_error" : next.status === 429 ? "rate_limit_error" : "api_error"), next.message ?? "scripted error", {
            "retry-after-ms": "5",
            ...(next.headers ?? {}),
          });
        }
        const maxTokens = Number(body.max_tokens ?? 0);
        const outputTokens = Math.min(next.usage?.output_tokens ?? MessagesServer.tokensOf(next.text), maxTokens);
        return send(200, {
          id: `msg_${this.requests.length}`,
          type: "message",
          role: "assistant",
          model: body.model,
          content: [{ type: "text", text: next.text }],
          stop_reason: next.stop_reason ?? "end_turn",
          stop_sequence: null,
          usage: {
            input_tokens: next.usage?.input_tokens ?? MessagesServer.tokensOf(promptText),
            output_tokens: outputTokens,
            cache_creation_input_tokens: null,
            cache_read_input_tokens: null,
          },
        });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
