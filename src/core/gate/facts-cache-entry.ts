import { createHash } from "node:crypto";
import type { SourceFacts, StatementFacts, StatementRequest } from "./source-facts.js";

/**
 * The pure half of the statement facts cache: what the statement reader said about one file,
 * kept so that a later run with the same bytes and the same questions need not parse it again
 * (at 1,000 files, parsing is most of a warm run). The adapter is
 * src/adapters/caches/facts-cache.ts.
 *
 * No source text is stored: entries leave the machine (the Action saves them with the scan
 * cache), and a file's lines may hold secrets. An entry holds what Python's parser worked out
 * (defs, and for each finding asked about its statement's fingerprint, scope and lines) and
 * where the real comments are (as the length of the line's end each one takes). The lines are
 * decoded again from the file's bytes when the entry is used, so only files whose lines UTF-8
 * decoding gives exactly as Python gave them are stored (any other encoding is read by Python
 * every time), and only files Python parsed.
 */

/** Part of every key: bump it when the entry layout or the meaning of a key changes. */
export const FACTS_CACHE_SCHEMA = "bandit-gate/facts-cache/1";

export interface FactsKeyInput {
  /** The reader's script and the Python running it (its grammar): a digest or a description. */
  reader: string;
  /** sha256 of the file's bytes. */
  contentSha256: string;
  /** The positions asked about, in order: the answer's `located` follows them. */
  requests: readonly StatementRequest[];
  /** Whether the file's defs were asked for. */
  wantDefs: boolean;
}

export function factsCacheKey(input: FactsKeyInput): string {
  const canonical = JSON.stringify([
    FACTS_CACHE_SCHEMA,
    input.reader,
    input.contentSha256,
    input.wantDefs,
    input.requests.map((r) => [r.line, r.column ?? null]),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** What an entry holds. */
export interface StoredFacts {
  defs: string[] | null;
  located: Array<StatementFacts | null>;
  /** [line, length of the comment in UTF-16 code units]: the comment is that much of the line's end. */
  comments: Array<[number, number]>;
}

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The file's lines as the reader gives them for a file Python decodes as UTF-8: a BOM dropped,
 * split at \r\n, \r and \n. Undefined when the bytes are not UTF-8.
 */
export function utf8Lines(content: Uint8Array): string[] | undefined {
  let text: string;
  try {
    text = STRICT_UTF8.decode(content);
  } catch {
    return undefined;
  }
  return text.split(/\r\n|\r|\n/);
}

/**
 * What to store for `facts`, read from `content` with `asked` positions; undefined when it must
 * not be stored: Python did not parse it, or its lines or comments could not be rebuilt from
 * the bytes exactly as Python gave them.
 */
export function storableFacts(content: Uint8Array, facts: SourceFacts, asked: boolean): StoredFacts | undefined {
  if (!facts.parsed || facts.error) return undefined;
  const comments: Array<[number, number]> = [];
  if (asked) {
    const lines = utf8Lines(content);
    if (!lines || lines.length !== facts.lines.length || lines.some((line, i) => line !== facts.lines[i])) return undefined;
    for (const [line, text] of facts.comments) {
      const whole = lines[line - 1];
      if (whole === undefined || !text.startsWith("#") || !whole.endsWith(text)) return undefined;
      comments.push([line, text.length]);
    }
  } else if (facts.lines.length > 0 || facts.comments.size > 0) {
    return undefined;
  }
  return {
    defs: facts.defs ? [...facts.defs].sort() : null,
    located: facts.located.map((l) => (l ? { fingerprint: l.fingerprint, scope: l.scope, start: l.start, end: l.end } : null)),
    comments: comments.sort((a, b) => a[0] - b[0]),
  };
}

/** The facts an entry stands for, for the file `path` with these bytes; undefined if they do not fit the bytes. */
export function restoredFacts(path: string, content: Uint8Array, stored: StoredFacts, asked: boolean): SourceFacts | undefined {
  const lines = asked ? utf8Lines(content) : [];
  if (!lines) return undefined;
  const comments = new Map<number, string>();
  for (const [line, length] of stored.comments) {
    const whole = lines[line - 1];
    if (whole === undefined || length < 1 || length > whole.length) return undefined;
    const text = whole.slice(whole.length - length);
    if (!text.startsWith("#")) return undefined;
    comments.set(line, text);
  }
  for (const located of stored.located) {
    if (located && (located.start < 1 || located.end < located.start || (asked && located.end > lines.length))) return undefined;
  }
  return {
    path,
    parsed: true,
    lines,
    comments,
    ...(stored.defs ? { defs: new Set(stored.defs) } : {}),
    located: stored.located.map((l) => l ?? undefined),
  };
}

interface Envelope {
  schema: typeof FACTS_CACHE_SCHEMA;
  key: string;
  body: string;
  sha256: string;
}

export function serialiseFacts(key: string, facts: StoredFacts): string {
  const body = JSON.stringify(facts);
  const entry: Envelope = { schema: FACTS_CACHE_SCHEMA, key, body, sha256: sha256Text(body) };
  return `${JSON.stringify(entry)}\n`;
}

/** The facts stored under `key` for a file with `requests` positions, or undefined for anything else: damaged, foreign, older. */
export function parseFacts(text: string, key: string, requests: number): StoredFacts | undefined {
  let entry: unknown;
  let body: unknown;
  try {
    entry = JSON.parse(text);
    if (!isObject(entry) || entry.schema !== FACTS_CACHE_SCHEMA || entry.key !== key) return undefined;
    if (typeof entry.body !== "string" || typeof entry.sha256 !== "string" || sha256Text(entry.body) !== entry.sha256) return undefined;
    body = JSON.parse(entry.body);
  } catch {
    return undefined;
  }
  if (!isObject(body)) return undefined;
  const { defs, located, comments } = body;
  if (defs !== null && !(Array.isArray(defs) && defs.every((d) => typeof d === "string"))) return undefined;
  if (!Array.isArray(located) || located.length !== requests || !located.every((l) => l === null || isStatement(l))) return undefined;
  if (!Array.isArray(comments) || !comments.every((c) => Array.isArray(c) && c.length === 2 && c.every(isCount))) return undefined;
  return { defs: defs as string[] | null, located: located as Array<StatementFacts | null>, comments: comments as Array<[number, number]> };
}

function isStatement(value: unknown): value is StatementFacts {
  if (!isObject(value)) return false;
  const { fingerprint, scope, start, end } = value;
  return typeof fingerprint === "string" && /^[0-9a-f]{32}$/.test(fingerprint) && typeof scope === "string" && isCount(start) && isCount(end);
}

function sha256Text(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
