import { createHash } from "node:crypto";
import type { Logger } from "../../core/logger.js";
import type { SourceFacts, StatementRequest } from "../../core/gate/source-facts.js";
import { factsCacheKey, parseFacts, restoredFacts, serialiseFacts, storableFacts } from "../../core/gate/facts-cache-entry.js";
import { contentDigest } from "../../core/gate/scan-cache-entry.js";
import type { ReaderFile, StatementReader, StatementSession } from "../python/statements.js";
import { PYTHON_STATEMENT_SCRIPT } from "../python/statement-script.js";
import { EntryFiles } from "./entry-files.js";

export interface FactsCacheOptions {
  /** The scan cache's directory: entries share its layout, its pruning and (in the Action) its saving. */
  dir: string;
  /** The Python that runs the reader, as far as its answers can depend on it (Bandit's and Python's versions). */
  python: string;
  logger?: Logger;
}

/** The reader's own script is part of every key: a changed script never reads an old answer. */
const SCRIPT_DIGEST = createHash("sha256").update(PYTHON_STATEMENT_SCRIPT).digest("hex").slice(0, 16);

/**
 * A statement reader that remembers what Python said about each file with given bytes and
 * given questions (src/core/gate/facts-cache-entry.ts), and asks the wrapped reader only about
 * the rest. Files opened without their bytes are always asked. Every problem with the cache
 * costs a parse, never an error or a wrong answer.
 */
export class CachingStatementReader implements StatementReader {
  readonly stats = { hits: 0, misses: 0, writes: 0 };
  private readonly entries: EntryFiles;
  private readonly pending = new Set<Promise<void>>();
  private readonly reader: string;

  constructor(
    private readonly inner: StatementReader,
    private readonly options: FactsCacheOptions,
  ) {
    // Beside the scan results, told apart by their suffix.
    this.entries = new EntryFiles(options.dir, ".facts");
    this.reader = `${SCRIPT_DIGEST} ${options.python}`;
  }

  open(files: readonly ReaderFile[]): StatementSession {
    // The wrapped reader starts at once (a process decodes while Bandit scans); it is asked only about misses.
    const session = this.inner.open(files);
    let asked = false;
    return {
      close: async () => {
        asked = true;
        await session.close();
      },
      locate: async (requests, defsFor) => {
        if (asked) throw new Error("the statement reader was closed or asked already");
        asked = true;
        return this.locate(session, files, requests, defsFor);
      },
    };
  }

  /** Wait for the entries still being written (before the cache directory is saved or removed). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async locate(
    session: StatementSession,
    files: readonly ReaderFile[],
    requests: ReadonlyMap<string, readonly StatementRequest[]>,
    defsFor: ReadonlySet<string> | undefined,
  ): Promise<Map<string, SourceFacts>> {
    const hits = new Map<string, SourceFacts>();
    const misses: Array<{ path: string; content: Buffer; key: string; asked: boolean }> = [];
    for (const file of files) {
      const asking = requests.get(file.path) ?? [];
      const wantDefs = defsFor ? defsFor.has(file.path) : true;
      // Nothing to parse (no finding, no defs wanted): nothing worth keeping.
      if (!file.content || (asking.length === 0 && !wantDefs)) continue;
      const key = factsCacheKey({ reader: this.reader, contentSha256: contentDigest(file.content), requests: asking, wantDefs });
      const stored = this.entries.read(key, (text) => parseFacts(text, key, asking.length)).value;
      const facts = stored && restoredFacts(file.path, file.content, stored, asking.length > 0);
      if (facts) hits.set(file.path, facts);
      else misses.push({ path: file.path, content: file.content, key, asked: asking.length > 0 });
    }
    this.stats.hits += hits.size;
    this.stats.misses += misses.length;
    const rest = files.filter((f) => !hits.has(f.path));
    if (rest.length === 0) {
      await session.close();
      return hits;
    }
    // Hits are neither asked about nor parsed for defs: the wrapped reader only decodes them.
    const restRequests = new Map([...requests].filter(([path]) => !hits.has(path)));
    const restDefs = new Set(rest.map((f) => f.path).filter((path) => (defsFor ? defsFor.has(path) : true)));
    const answered = await session.locate(restRequests, restDefs);
    for (const miss of misses) {
      const facts = answered.get(miss.path);
      const storable = facts && storableFacts(miss.content, facts, miss.asked);
      if (storable) this.track(this.store(miss.key, serialiseFacts(miss.key, storable)));
    }
    for (const [path, facts] of hits) answered.set(path, facts);
    return answered;
  }

  private async store(key: string, text: string): Promise<void> {
    if (await this.entries.write(key, text)) this.stats.writes += 1;
    else this.options.logger?.debug(`statement facts cache: could not write ${this.entries.pathOf(key)}`);
  }

  private track(write: Promise<void>): void {
    const settled = write.finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }
}
