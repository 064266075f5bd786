import { makeDirectories } from "../files/directories.js";
import { readFileSync } from "node:fs";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EntryFiles } from "./entry-files.js";
import type { Logger } from "../../core/logger.js";
import {
  contentDigest,
  isCacheable,
  joinOutcomes,
  parseEntry,
  scanCacheKey,
  serialiseEntry,
  splitByFile,
  type FileOutcome,
} from "../../core/gate/scan-cache-entry.js";
import type { BanditResult } from "../../core/gate/finding.js";
import type { KnownContents, Scanner } from "../bandit/run.js";

export interface ScanCacheOptions {
  /** Directory of the entries (created on first write); safe to share between runs and machines' caches. */
  dir: string;
  /** Digest of the Bandit configuration every scan through this scanner uses. */
  configDigest: string;
  /** True when the configuration can make Bandit's output depend on a file's path (any configuration file). */
  pathDependent: boolean;
  logger?: Logger;
}

/**
 * A Scanner that remembers each file's outcome on disk, keyed by the file's content, the
 * scanner's identity and the configuration, and asks the wrapped scanner only about the rest.
 * Every problem with the cache (an unreadable directory, a damaged or foreign entry, a failed
 * write) costs a scan, never an error or a wrong result. Entries are written to a temporary
 * name and renamed into place, so concurrent runs see a whole entry or none.
 */
export class CachingScanner implements Scanner {
  /** Hits and misses of this scanner's lifetime, for progress messages and tests. */
  readonly stats = { hits: 0, misses: 0, writes: 0 };

  constructor(
    private readonly inner: Scanner,
    private readonly options: ScanCacheOptions,
  ) {
    this.entries = new EntryFiles(options.dir);
  }

  get version(): string {
    return this.inner.version;
  }

  get identity(): string {
    return this.inner.identity ?? `bandit ${this.inner.version}`;
  }

  async scan(root: string, files: readonly string[], known?: KnownContents): Promise<BanditResult> {
    const unique = [...new Set(files)];
    const looked = unique.map((path) => this.lookUp(root, path, known?.contents.get(path)));
    const outcomes = new Map<string, FileOutcome>();
    const misses: Array<{ path: string; key?: string; sha?: string }> = [];
    for (const entry of looked) {
      if (entry.hit) outcomes.set(entry.path, entry.hit);
      else misses.push(entry);
    }
    this.stats.hits += unique.length - misses.length;
    this.stats.misses += misses.length;
    this.options.logger?.debug(`scan cache: ${unique.length - misses.length} hit(s), ${misses.length} miss(es) under ${root}`);
    if (misses.length === 0) return joinOutcomes(unique, outcomes);

    const result = await this.inner.scan(
      root,
      misses.map((m) => m.path),
    );
    const fresh = splitByFile(result, misses.map((m) => m.path));
    if (!fresh) {
      // Bandit named a path we did not ask about; hand its answer on untouched and store nothing.
      this.options.logger?.debug("scan cache: Bandit's result could not be split by file; nothing stored");
      const hits = joinOutcomes(unique, outcomes);
      return {
        findings: [...hits.findings, ...result.findings],
        failures: [...hits.failures, ...result.failures],
        scanned: [...hits.scanned, ...result.scanned],
      };
    }
    for (const miss of misses) {
      const outcome = fresh.get(miss.path) as FileOutcome;
      outcomes.set(miss.path, outcome);
      // Written while the gate goes on (matching, reports); `flush` waits for them.
      if (miss.key && miss.sha && isCacheable(outcome)) this.enqueue({ root, path: miss.path, key: miss.key, sha: miss.sha, outcome, immutable: known?.immutable === true });
    }
    return joinOutcomes(unique, outcomes);
  }

  /** Entries this run wrote or read: the other side of the gate finds them without the disk. */
  private readonly remembered = new Map<string, FileOutcome>();
  /** Keys queued for writing in this run (identical contents are written once). */
  private readonly queued = new Set<string>();
  private readonly pending = new Set<Promise<void>>();
  private readonly entries: EntryFiles;

  private enqueue(entry: PendingEntry): void {
    // A working-tree file's outcome is trusted once its content is checked again (store).
    if (entry.immutable) this.remembered.set(entry.key, entry.outcome);
    if (this.queued.has(entry.key)) return;
    this.queued.add(entry.key);
    this.track(this.store(entry));
  }

  private track(write: Promise<void>): void {
    const settled = write.catch(() => undefined).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }

  /** Wait for the entries this scanner is still writing (before the cache directory is saved or removed). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private keyFor(path: string, sha: string): string {
    return scanCacheKey({
      scanner: this.identity,
      configDigest: this.options.configDigest,
      ...(this.options.pathDependent ? { path } : {}),
      contentSha256: sha,
    });
  }

  private lookUp(root: string, path: string, known?: Buffer): { path: string; key?: string; sha?: string; hit?: FileOutcome } {
    let content: Buffer;
    try {
      content = known ?? readFileSync(join(root, path));
    } catch {
      return { path }; // Bandit will say what is wrong with it
    }
    const sha = contentDigest(content);
    const key = this.keyFor(path, sha);
    const seen = this.remembered.get(key);
    if (seen) return { path, key, sha, hit: seen };
    const { text, value: hit } = this.entries.read(key, (stored) => parseEntry(stored, key));
    if (text !== undefined && !hit) this.options.logger?.debug(`scan cache: ignoring a damaged entry ${this.entries.pathOf(key)}`);
    if (!hit) return { path, key, sha };
    this.remembered.set(key, hit);
    return { path, key, sha, hit };
  }

  private async store({ root, path, key, sha, outcome, immutable }: PendingEntry): Promise<void> {
    // A working-tree file edited while Bandit read it would pair one content's key with another's findings.
    if (!immutable) {
      const after = await readFile(join(root, path)).catch(() => undefined);
      if (!after || contentDigest(after) !== sha) return;
      this.remembered.set(key, outcome);
    }
    if (await this.entries.write(key, serialiseEntry(key, outcome))) this.stats.writes += 1;
    else this.options.logger?.debug(`scan cache: could not write ${this.entries.pathOf(key)}`);
  }
}

interface PendingEntry {
  root: string;
  path: string;
  key: string;
  sha: string;
  outcome: FileOutcome;
  immutable: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Keep the cache from growing for ever: remove entries unused for `unusedFor` (hits refresh an
 * entry's time) and temporary files a crashed run left. With `atMostEvery`, a marker file makes
 * the walk happen at most that often. Never fails: a cache problem only costs scans.
 */
export async function pruneScanCache(
  dir: string,
  options: { unusedFor: number; atMostEvery?: number; now?: number } = { unusedFor: 30 * DAY, atMostEvery: DAY },
): Promise<number> {
  const now = options.now ?? Date.now();
  const marker = join(dir, ".last-prune");
  try {
    if (options.atMostEvery !== undefined) {
      const last = await stat(marker).catch(() => undefined);
      if (last && now - last.mtimeMs < options.atMostEvery) return 0;
      await makeDirectories(dir);
      await writeFile(marker, "");
    }
    let removed = 0;
    for (const shard of await readdir(dir).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const name of await readdir(join(dir, shard)).catch(() => [] as string[])) {
        const file = join(dir, shard, name);
        const info = await stat(file).catch(() => undefined);
        if (!info) continue;
        const limit = name.endsWith(".tmp") ? 60 * 60 * 1000 : options.unusedFor;
        if (now - info.mtimeMs > limit) {
          await rm(file, { force: true }).catch(() => undefined);
          removed += 1;
        }
      }
    }
    return removed;
  } catch {
    return 0;
  }
}

export const SCAN_CACHE_DAY = DAY;
