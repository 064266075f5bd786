import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";

/**
 * A stand-in on 127.0.0.1 for the Actions results service that the pinned @actions/artifact
 * (6.x) speaks: its Twirp JSON endpoints (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) behind the runtime token, an Azure-style blob URL that the SDK uploads
 * to in blocks (Put Block, then Put Block List), and a signed download URL. Artifacts live in
 * memory and are shared between the jobs of one workflow run, as on GitHub.
 */
export interface StoredArtifact {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  finalized: boolean;
  /** The committed blob (the zip); undefined before the block list is committed. */
  content?: Buffer;
  size: number;
  hash?: string;
}

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";

export class ArtifactServer {
  readonly artifacts: StoredArtifact[] = [];
  /** Every request, for asserting what the client did (method, path without the signature). */
  readonly requests: Array<{ method: string; path: string }> = [];
  private server: Server | undefined;
  private readonly blocks = new Map<string, Buffer>();
  private readonly signature = randomBytes(8).toString("hex");
  private readonly runId = "11111111-2222-3333-4444-555555555555";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  /** ACTIONS_RUNTIME_TOKEN for a job of this run: an unsigned JWT whose scope names the run and the job. */
  runtimeToken(job: string): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    return `${part({ alg: "none", typ: "JWT" })}.${part({ scp: `Actions.GenericRead Actions.Results:${this.runId}:${job}` })}.x`;
  }

  /** The environment a runner gives a job for @actions/artifact. */
  jobEnv(job: string): Record<string, string> {
    return { ACTIONS_RUNTIME_TOKEN: this.runtimeToken(job), ACTIONS_RESULTS_URL: `${this.url}/` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    this.requests.push({ method: req.method ?? "", path: url.pathname + (url.searchParams.has("comp") ? `?comp=${url.searchParams.get("comp")}` : "") });
    const body = await read(req);
    if (url.pathname.startsWith(SERVICE) && req.method === "POST") return this.twirp(url.pathname.slice(SERVICE.length), req, body, res);
    // Blob URLs are signed: without the signature the storage refuses, as Azure does.
    if (url.searchParams.get("sig") !== this.signature) return void res.writeHead(403).end("AuthenticationFailed");
    const upload = /^\/devstoreaccount1\/artifacts\/(\d+)\.zip$/.exec(url.pathname);
    if (upload && req.method === "PUT") return this.putBlob(Number(upload[1]), url, body, res);
    const download = /^\/download\/(\d+)\.zip$/.exec(url.pathname);
    if (download && req.method === "GET") {
      const artifact = this.artifacts.find((a) => a.id === Number(download[1]) && a.finalized);
      if (!artifact?.content) return void res.writeHead(404).end("BlobNotFound");
      return void res.writeHead(200, { "content-type": "application/zip", "content-length": artifact.content.length }).end(artifact.content);
    }
    res.writeHead(404).end("not found");
  }

  private twirp(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const json = (status: number, value: object) => void res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(value));
    const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const scope = auth ? scopeOf(auth) : undefined;
    if (!scope || scope.runId !== this.runId) return json(401, { code: "unauthenticated", msg: "invalid runtime token" });
    const input = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    if (input.workflow_run_backend_id !== undefined && input.workflow_run_backend_id !== scope.runId) return json(403, { code: "permission_denied", msg: "another run" });
    switch (method) {
      case "CreateArtifact": {
        const name = String(input.name);
        if (this.artifacts.some((a) => a.name === name && a.finalized)) return json(409, { code: "already_exists", msg: `an artifact named ${name} exists` });
        const artifact: StoredArtifact = { id: this.artifacts.length + 1, name, runId: scope.runId, jobId: scope.jobId, finalized: false, size: 0 };
        this.artifacts.push(artifact);
        return json(200, { ok: true, signed_upload_url: `${this.url}/devstoreaccount1/artifacts/${artifact.id}.zip?sig=${this.signature}` });
      }
      case "FinalizeArtifact": {
        const artifact = this.artifacts.find((a) => a.name === input.name && !a.finalized);
        if (!artifact?.content) return json(404, { code: "not_found", msg: "nothing uploaded" });
        artifact.finalized = true;
        artifact.size = Number(input.size);
        if (typeof input.hash === "string") artifact.hash = input.hash;
        return json(200, { ok: true, artifact_id: String(artifact.id) });
      }
      case "ListArtifacts": {
        const byName = input.name_filter as string | undefined;
        const byId = input.id_filter as string | undefined;
        const found = this.artifacts.filter((a) => a.finalized && (byName === undefined || a.name === byName) && (byId === undefined || String(a.id) === byId));
        return json(200, {
          artifacts: found.map((a) => ({
            workflow_run_backend_id: a.runId,
            workflow_job_run_backend_id: a.jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: new Date().toISOString(),
            ...(a.hash ? { digest: a.hash } : {}),
          })),
        });
      }
      case "GetSignedArtifactURL": {
        const artifact = this.artifacts.find((a) => a.name === input.name && a.finalized);
        if (!artifact) return json(404, { code: "not_found", msg: "no such artifact" });
        return json(200, { signed_url: `${this.url}/download/${artifact.id}.zip?sig=${this.signature}` });
      }
      default:
        return json(404, { code: "bad_route", msg: method });
    }
  }

  /** Azure's Put Block (comp=block) and Put Block List (comp=blocklist); a plain PUT is Put Blob. */
  private putBlob(id: number, url: URL, body: Buffer, res: ServerResponse): void {
    const artifact = this.artifacts.find((a) => a.id === id && !a.finalized);
    if (!artifact) return void res.writeHead(404).end("BlobNotFound");
    const comp = url.searchParams.get("comp");
    if (comp === "block") {
      this.blocks.set(`${id}:${url.searchParams.get("blockid")}`, body);
    } else if (comp === "blocklist") {
      const ids = [...body.toString("utf8").matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((m) => m[1] as string);
      const parts = ids.map((blockId) => this.blocks.get(`${id}:${blockId}`));
      if (parts.some((p) => p === undefined)) return void res.writeHead(400).end("InvalidBlockList");
      artifact.content = Buffer.concat(parts as Buffer[]);
    } else {
      artifact.content = body;
    }
    res.writeHead(201, { "x-ms-request-id": String(this.requests.length), "x-ms-version": "2025-01-05", "x-ms-request-server-encrypted": "true" }).end();
  }
}

function scopeOf(token: string): { runId: string; jobId: string } | undefined {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { scp?: string };
    const results = (payload.scp ?? "").split(" ").find((s) => s.startsWith("Actions.Results:"));
    const [, runId, jobId] = results?.split(":") ?? [];
    return runId && jobId ? { runId, jobId } : undefined;
  } catch {
    return undefined;
  }
}

function read(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}
