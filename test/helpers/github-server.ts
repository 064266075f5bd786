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

export interface IssueCommentRecord {
  id: number;
  issue: number;
  body: string;
  user: string;
}

/**
 * The few endpoints of GitHub's REST API the fix step and the pull request comment use, on 127.0.0.1, with state kept in
 * memory: list, create and update pull requests, and add labels. `refuseCreate` answers 403.
 */
export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly pulls: PullRequest[] = [];
  refuseCreate = false;
  readonly comments: IssueCommentRecord[] = [];
  /** The token's user: comments are written as it, and only its own can be edited (as on GitHub). */
  tokenUser = "github-actions[bot]";
  /** A fork's pull_request token: reads work, comment writes answer 403. */
  readOnly = false;
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
      Object.assign(pr, { title: body.title ?? pr.title, body: body.body ?? pr.body });
      return { status: 200, body: this.view(pr) };
    }
    const labels = new RegExp(`^${prefix}/issues/(\\d+)/labels$`).exec(path);
    if (req.method === "POST" && labels) {
      const pr = this.pulls.find((p) => p.number === Number(labels[1]));
      if (!pr) return { status: 404, body: { message: "Not Found" } };
      pr.labels = [...new Set([...pr.labels, ...(body.labels as string[])])];
      return { status: 200, body: pr.labels.map((name) => ({ name })) };
    }
    const issueComments = new RegExp(`^${prefix}/issues/(\\d+)/comments$`).exec(path);
    if (issueComments && req.method === "GET") {
      const list = this.comments.filter((c) => c.issue === Number(issueComments[1]));
      return { status: 200, body: list.map((c) => this.viewComment(c)) };
    }
    const forbidden = { status: 403, body: { message: "Resource not accessible by integration" } };
    if (issueComments && req.method === "POST") {
      if (this.readOnly) return forbidden;
      const comment = { id: 1000 + this.comments.length, issue: Number(issueComments[1]), body: body.body, user: this.tokenUser };
      this.comments.push(comment);
      return { status: 201, body: this.viewComment(comment) };
    }
    const oneComment = new RegExp(`^${prefix}/issues/comments/(\\d+)$`).exec(path);
    if (oneComment && req.method === "PATCH") {
      const comment = this.comments.find((c) => c.id === Number(oneComment[1]));
      if (!comment) return { status: 404, body: { message: "Not Found" } };
      if (this.readOnly || comment.user !== this.tokenUser) return forbidden;
      comment.body = body.body;
      return { status: 200, body: this.viewComment(comment) };
    }
    return { status: 404, body: { message: `Not Found: ${req.method} ${path}` } };
  }

  private viewComment(c: IssueCommentRecord) {
    return { id: c.id, body: c.body, user: { login: c.user }, html_url: `https://github.example/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}` };
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
