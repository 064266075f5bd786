import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One saved cache entry: what @actions/cache uploaded (a tar archive, compressed or not). */
export interface CacheEntry {
  key: string;
  /** @actions/cache's version: a digest of the paths and the compression method. */
  version: string;
  archive: Buffer;
  /** Saved, not merely reserved. */
  committed: boolean;
}

export interface CacheRequest {
  method: string;
  path: string;
}

/**
 * GitHub's cache service as @actions/cache 6.3.0 speaks to it, on 127.0.0.1 with a random port.
 *
 * - v2 (what github.com runners use; `ACTIONS_CACHE_SERVICE_V2` and `ACTIONS_RESULTS_URL`):
 *   Twirp JSON calls `CreateCacheEntry`, `FinalizeCacheEntryUpload`, `GetCacheEntryDownloadURL`
 *   under /twirp/github.actions.results.api.v1.CacheService/, and signed URLs under /blob/ that
 *   take the archive as the Azure Blob "Put Blob" the storage SDK sends (files under 128 MiB) and
 *   give it back to a plain GET.
 * - v1 (GHES; `ACTIONS_CACHE_URL`): GET _apis/artifactcache/cache?keys=&version=, POST caches
 *   (reserve), PATCH caches/ID with Content-Range chunks, POST caches/ID (commit).
 *
 * Keys match like the real service: the primary key exactly, then each restore key as a prefix
 * (newest entry first), always within the same version. Caches are immutable per key.
 */
export class CacheServer {
  readonly entries: CacheEntry[] = [];
  readonly requests: CacheRequest[] = [];
  private readonly uploads = new Map<number, { entry: CacheEntry; chunks: Array<{ start: number; data: Buffer }> }>();
  private server: Server | undefined;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The variables a runner sets for @actions/cache to use this service. */
  env(protocol: "v1" | "v2" = "v2"): Record<string, string> {
    const common = { ACTIONS_RUNTIME_TOKEN: "test-token", GITHUB_SERVER_URL: "https://github.com" };
    return protocol === "v2"
      ? { ...common, ACTIONS_CACHE_SERVICE_V2: "true", ACTIONS_RESULTS_URL: this.url, ACTIONS_CACHE_URL: "" }
      : { ...common, ACTIONS_CACHE_SERVICE_V2: "", ACTIONS_RESULTS_URL: "", ACTIONS_CACHE_URL: this.url };
  }

  /** Committed entries whose key starts with `prefix`. */
  saved(prefix = ""): CacheEntry[] {
    return this.entries.filter((e) => e.committed && e.key.startsWith(prefix));
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        try {
          this.handle(req, Buffer.concat(chunks), res);
        } catch (error) {
          send(res, 500, { msg: (error as Error).message });
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server?.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    this.requests.push({ method, path: url.pathname });
    const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(url.pathname);
    if (twirp && method === "POST") return this.twirp(twirp[1] as string, JSON.parse(body.toString("utf8") || "{}"), res);
    const blob = /^\/blob\/(\d+)$/.exec(url.pathname);
    if (blob) return this.blob(Number(blob[1]), method, req, body, res);
    if (url.pathname === "/_apis/artifactcache/cache" && method === "GET") {
      const keys = (url.searchParams.get("keys") ?? "").split(",");
      const entry = this.match(keys[0] ?? "", keys.slice(1), url.searchParams.get("version") ?? "");
      if (!entry) return send(res, 204);
      return send(res, 200, { cacheKey: entry.key, scope: "refs/heads/main", archiveLocation: `${this.url}blob/${this.entries.indexOf(entry)}` });
    }
    if (url.pathname === "/_apis/artifactcache/caches" && method === "POST") {
      const request = JSON.parse(body.toString("utf8")) as { key: string; version: string };
      const id = this.reserve(request.key, request.version);
      if (id === undefined) return send(res, 409, { message: `Cache already exists. Scope: refs/heads/main, Key: ${request.key}` });
      // v1 ids start at 1: the client takes a cacheId of 0 for a failed reservation.
      return send(res, 201, { cacheId: id + 1 });
    }
    const v1 = /^\/_apis\/artifactcache\/caches\/(\d+)$/.exec(url.pathname);
    if (v1) {
      const id = Number(v1[1]) - 1;
      const upload = this.uploads.get(id);
      if (!upload) return send(res, 404, { message: "no such reservation" });
      if (method === "PATCH") {
        const start = Number(/bytes (\d+)-/.exec(String(req.headers["content-range"] ?? ""))?.[1] ?? 0);
        upload.chunks.push({ start, data: body });
        return send(res, 204);
      }
      if (method === "POST") {
        const { size } = JSON.parse(body.toString("utf8")) as { size: number };
        const archive = Buffer.alloc(size);
        for (const chunk of upload.chunks) chunk.data.copy(archive, chunk.start);
        upload.entry.archive = archive;
        upload.entry.committed = true;
        this.uploads.delete(id);
        return send(res, 204);
      }
    }
    send(res, 404, { msg: `no route for ${method} ${url.pathname}` });
  }

  private twirp(name: string, request: Record<string, unknown>, res: ServerResponse): void {
    const key = String(request.key ?? "");
    const version = String(request.version ?? "");
    if (name === "CreateCacheEntry") {
      const id = this.reserve(key, version);
      if (id === undefined) return send(res, 409, { code: "already_exists", msg: "cache entry with the same key, version, and scope already exists" });
      return send(res, 200, { ok: true, signedUploadUrl: `${this.url}blob/${id}?sig=upload` });
    }
    if (name === "FinalizeCacheEntryUpload") {
      const entry = this.entries.find((e) => e.key === key && e.version === version && !e.committed);
      if (!entry || entry.archive.length !== Number(request.size_bytes)) return send(res, 200, { ok: false, entryId: "0" });
      entry.committed = true;
      return send(res, 200, { ok: true, entryId: String(this.entries.indexOf(entry) + 1) });
    }
    if (name === "GetCacheEntryDownloadURL") {
      const restoreKeys = Array.isArray(request.restore_keys) ? request.restore_keys.map(String) : [];
      const entry = this.match(key, restoreKeys, version);
      if (!entry) return send(res, 200, { ok: false, signedDownloadUrl: "", matchedKey: "" });
      return send(res, 200, { ok: true, signedDownloadUrl: `${this.url}blob/${this.entries.indexOf(entry)}?sig=download`, matchedKey: entry.key });
    }
    send(res, 404, { code: "bad_route", msg: `no method ${name}` });
  }

  /** The signed URL: Azure's Put Blob (v2 upload) and a plain GET (v1 and v2 download). */
  private blob(id: number, method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const entry = this.entries[id];
    if (!entry) return send(res, 404, {});
    if (method === "PUT") {
      if (req.headers["x-ms-blob-type"] !== "BlockBlob") return send(res, 400, { message: "only single-shot Put Blob is supported" });
      entry.archive = body;
      res.writeHead(201, { "x-ms-request-id": "local", "x-ms-version": "2024-11-04", etag: `"${id}"`, "content-md5": "" }).end();
      return;
    }
    if (method === "GET" && entry.committed) {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": entry.archive.length }).end(entry.archive);
      return;
    }
    send(res, 404, {});
  }

  private reserve(key: string, version: string): number | undefined {
    if (this.entries.some((e) => e.key === key && e.version === version)) return undefined;
    const entry: CacheEntry = { key, version, archive: Buffer.alloc(0), committed: false };
    this.entries.push(entry);
    const id = this.entries.length - 1;
    this.uploads.set(id, { entry, chunks: [] });
    return id;
  }

  private match(key: string, restoreKeys: string[], version: string): CacheEntry | undefined {
    const candidates = this.entries.filter((e) => e.committed && e.version === version).reverse();
    return candidates.find((e) => e.key === key) ?? restoreKeys.map((prefix) => candidates.find((e) => e.key.startsWith(prefix))).find(Boolean);
  }
}

function send(res: ServerResponse, status: number, body?: object): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) }).end(text);
}
