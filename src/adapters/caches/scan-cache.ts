import { randomBytes } from "node:crypto";
import { makeDirectories } from "../files/directories.js";
import { closeSync, futimesSync, openSync, readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
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
  ) {}

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
  private written = 0;

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

  /** Directory listings, read once per run: a miss then costs no failed open. Undefined: the directory is not there. */
  private readonly listings = new Map<string, Set<string> | undefined>();
  private readonly made = new Map<string, Promise<void>>();

  private listing(dir: string): Set<string> | undefined {
    if (!this.listings.has(dir)) {
      let names: Set<string> | undefined;
      try {
        names = new Set(readdirSync(dir));
      } catch {
        names = undefined;
      }
      this.listings.set(dir, names);
    }
    return this.listings.get(dir);
  }

  /** Whether an entry for `key` may be on disk (listings are read once, so a concurrent run's new entry can be missed: a scan, never a wrong answer). */
  private mayBeStored(key: string): boolean {
    const prefix = key.slice(0, 2);
    if (!this.listing(this.options.dir)?.has(prefix)) return false;
    return this.listing(join(this.options.dir, prefix))?.has(`${key}.json`) === true;
  }

  private keyFor(path: string, sha: string): string {
    return scanCacheKey({
      scanner: this.identity,
      configDigest: this.options.configDigest,
      ...(this.options.pathDependent ? { path } : {}),
      contentSha256: sha,
    });
  }

  private entryPath(key: string): string {
    return join(this.options.dir, key.slice(0, 2), `${key}.json`);
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
    if (!this.mayBeStored(key)) return { path, key, sha };
    let text: string | undefined;
    let hit: FileOutcome | undefined;
    let fd: number | undefined;
    try {
      fd = openSync(this.entryPath(key), "r");
      text = readFileSync(fd, "utf8");
      hit = parseEntry(text, key);
      // A hit is a use: pruning removes what has not been used for a while, not what is old.
      // Touched through the descriptor it was read from: no second path lookup, no promise.
      if (hit) futimesSync(fd, new Date(), new Date());
    } catch {
      /* unreadable, or a cache this user may read but not touch: the hit stands */
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (text !== undefined && !hit) this.options.logger?.debug(`scan cache: ignoring a damaged entry ${this.entryPath(key)}`);
    if (!hit) return { path, key, sha };
    this.remembered.set(key, hit);
    return { path, key, sha, hit };
  }

  /** Each of the cache's directories is made once per run, not once per entry. */
  private directory(path: string): Promise<void> {
    let making = this.made.get(path);
    if (!making) {
      making = makeDirectories(path);
      this.made.set(path, making);
      making.catch(() => this.made.delete(path));
    }
    return making;
  }

  private async store({ root, path, key, sha, outcome, immutable }: PendingEntry): Promise<void> {
    // A working-tree file edited while Bandit read it would pair one content's key with another's findings.
    if (!immutable) {
      const after = await readFile(join(root, path)).catch(() => undefined);
      if (!after || contentDigest(after) !== sha) return;
      this.remembered.set(key, outcome);
    }
    const target = this.entryPath(key);
    this.written += 1;
    const temporary = `${target}.${TEMPORARY_TAG}.${this.written}.tmp`;
    try {
      await this.directory(dirname(target));
      await writeFile(temporary, serialiseEntry(key, outcome), { flag: "wx" });
      await rename(temporary, target);
      this.stats.writes += 1;
    } catch (error) {
      this.options.logger?.debug(`scan cache: could not write ${target}: ${(error as Error).message}`);
      await rm(temporary, { force: true }).catch(() => undefined);
    }
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

/** Temporary names: this process and a random tag, then a counter, so concurrent runs never collide. */
const TEMPORARY_TAG = `${process.pid}.${randomBytes(6).toString("hex")}`;

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
