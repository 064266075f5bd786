import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  authorization?: string;
}

interface PullRequest {
  number: number;
  title: string;
  body: string;
  draft: boolean;
  state: "open" | "closed";
  head: string;
  base: string;
  labels: string[];
}

/**
 * The few endpoints of GitHub's REST API the fix step uses, on 127.0.0.1, with state kept in
 * memory: list, create and update pull requests, and add labels. `refuseCreate` answers 403.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly pulls: PullRequest[] = [];
  /** Comments on issues and pull requests, by number. */
  readonly comments: Array<{ number: number; body: string }> = [];
  refuseCreate = false;
  private server?: Server;

  constructor(
    readonly owner: string,
    readonly repo: string,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? JSON.parse(text) : undefined;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    this.requests.push({ method: req.method ?? "", path: url.pathname + url.search, body, authorization: req.headers.authorization });
    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = url.pathname;
    if (req.method === "GET" && path === `${prefix}/pulls`) {
      const head = url.searchParams.get("head");
      const base = url.searchParams.get("base");
      const state = url.searchParams.get("state") ?? "open";
      const list = this.pulls.filter(
        (p) => (state === "all" || p.state === state) && (!head || `${this.owner}:${p.head}` === head) && (!base || p.base === base),
      );
      return { status: 200, body: list.map((p) => this.view(p)) };
    }
    if (req.method === "POST" && path === `${prefix}/pulls`) {
      if (this.refuseCreate) {
        return { status: 403, body: { message: "GitHub Actions is not permitted to create or approve pull requests.", documentation_url: "https://docs.github.com/rest" } };
      }
      const pr: PullRequest = { number: this.pulls.length + 1, title: body.title, body: body.body, draft: body.draft === true, state: "open", head: body.head, base: body.base, labels: [] };
      this.pulls.push(pr);
      return { status: 201, body: this.view(pr) };
    }
    const update = new RegExp(`^${prefix}/pulls/(\\d+)$`).exec(path);
    if (req.method === "PATCH" && update) {
      const pr = this.pulls.find((p) => p.number === Number(update[1]));
      if (!pr) return { status: 404, body: { message: "Not Found" } };
      Object.assign(pr, { title: body.title ?? pr.title, body: body.body ?? pr.body, state: body.state ?? pr.state });
      return { status: 200, body: this.view(pr) };
    }
    const comment = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path);
    if (req.method === "POST" && comment) {
      const pr = this.pulls.find((p) => p.number === Number(comment[1]));
      if (!pr) return { status: 404, body: { message: "Not Found" } };
      this.comments.push({ number: pr.number, body: body.body });
      return { status: 201, body: { id: this.comments.length, body: body.body } };
    }
    const labels = new RegExp(`^${prefix}/issues/(\\d+)/labels$`).exec(path);
    if (req.method === "POST" && labels) {
      const pr = this.pulls.find((p) => p.number === Number(labels[1]));
      if (!pr) return { status: 404, body: { message: "Not Found" } };
      pr.labels = [...new Set([...pr.labels, ...(body.labels as string[])])];
      return { status: 200, body: pr.labels.map((name) => ({ name })) };
    }
    return { status: 404, body: { message: `Not Found: ${req.method} ${path}` } };
  }

  private view(p: PullRequest) {
    return {
      number: p.number,
      html_url: `https://github.example/${this.owner}/${this.repo}/pull/${p.number}`,
      title: p.title,
      body: p.body,
      draft: p.draft,
      state: p.state,
      head: { ref: p.head, label: `${this.owner}:${p.head}` },
      base: { ref: p.base },
      labels: p.labels.map((name) => ({ name })),
    };
  }
}
