import { randomBytes } from "node:crypto";
import { closeSync, futimesSync, openSync, readdirSync, readFileSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { makeDirectories } from "../files/directories.js";

/**
 * Entries named by a hex key, one file each, under `<dir>/<first two hex digits>/<key><suffix>`:
 * the layout the scan cache (`.json`) and the statement facts cache (`.facts`) share, and
 * `pruneScanCache` walks.
 * Reading never throws (a missing, unreadable or damaged entry is a miss); writing goes to a
 * temporary name renamed into place, so concurrent runs see a whole entry or none.
 */
export class EntryFiles {
  /** Directory listings, read once per run: a miss then costs no failed open. Undefined: not there. */
  private readonly listings = new Map<string, Set<string> | undefined>();
  private readonly made = new Map<string, Promise<void>>();
  private written = 0;

  constructor(
    readonly dir: string,
    private readonly suffix = ".json",
  ) {}

  pathOf(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}${this.suffix}`);
  }

  /**
   * The entry's text, parsed by `parse`; undefined when there is none or `parse` refuses it. A
   * parsed entry is touched (a hit is a use: pruning removes what has not been used for a
   * while), through the descriptor it was read from. Listings are read once, so an entry a
   * concurrent run writes meanwhile can be missed: a miss, never a wrong answer.
   */
  read<T>(key: string, parse: (text: string) => T | undefined): { text?: string; value?: T } {
    if (!this.listing(this.dir)?.has(key.slice(0, 2))) return {};
    if (this.listing(join(this.dir, key.slice(0, 2)))?.has(`${key}${this.suffix}`) !== true) return {};
    let text: string | undefined;
    let value: T | undefined;
    let fd: number | undefined;
    try {
      fd = openSync(this.pathOf(key), "r");
      text = readFileSync(fd, "utf8");
      value = parse(text);
      if (value !== undefined) futimesSync(fd, new Date(), new Date());
    } catch {
      /* unreadable, or a cache this user may read but not touch: a parsed entry still answers */
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return { ...(text !== undefined ? { text } : {}), ...(value !== undefined ? { value } : {}) };
  }

  /** Write an entry; resolves false (never rejects) when it could not be written. */
  async write(key: string, text: string): Promise<boolean> {
    const target = this.pathOf(key);
    this.written += 1;
    const temporary = `${target}.${TEMPORARY_TAG}.${this.written}.tmp`;
    try {
      await this.directory(dirname(target));
      await writeFile(temporary, text, { flag: "wx" });
      await rename(temporary, target);
      return true;
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined);
      return false;
    }
  }

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

  /** Each directory is made once per run, not once per entry. */
  private directory(path: string): Promise<void> {
    let making = this.made.get(path);
    if (!making) {
      making = makeDirectories(path);
      this.made.set(path, making);
      making.catch(() => this.made.delete(path));
    }
    return making;
  }
}

/** Temporary names: this process and a random tag, then a counter, so concurrent runs never collide. */
const TEMPORARY_TAG = `${process.pid}.${randomBytes(6).toString("hex")}`;
