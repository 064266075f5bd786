import { installationDigest } from "./metadata.js";
import { readFile, writeFile } from "node:fs/promises";
import { makeTemporaryDirectory, removeTemporaryDirectory } from "../lifetime.js";
import { join, resolve } from "node:path";
import { BanditOutputError, parseBanditJson, parseBanditVersion } from "../../core/gate/bandit-json.js";
import { ScanError } from "../../core/errors.js";
import { messages } from "../../core/messages.js";
import type { BanditResult } from "../../core/gate/finding.js";
import { banditSettingsForRoot, relativeToRoot } from "../../core/gate/bandit-paths.js";
import { childEnvironment } from "../../core/child-env.js";
import { CommandNotFoundError, lastMeaningfulLine, runCommand, runOutsideTree } from "../process.js";
import type { BanditDrivers } from "./driver.js";

/** How to start Bandit: a program and the arguments before Bandit's own. */
export interface BanditCommand {
  argv: string[];
  version: string;
  /** Bandit's and Python's versions, as `--version` printed them: what the scan cache keys on. */
  details?: string;
  /**
   * A digest of the installation's distribution metadata (metadata.ts installationDigest): the
   * installed plugins and packages. Part of the scan cache's key, so two installs with the same
   * banner but another plugin set never share entries. Absent when it cannot be read.
   */
  installation?: string;
  /**
   * Set on an environment restored from a cache and not yet proven by a scan (provision.ts):
   * installs Bandit afresh in its place, once, when its first scan fails.
   */
  replace?: (problem: string) => Promise<BanditCommand>;
}

/** The repository's Bandit configuration, passed to every run (baseline and head alike). */
export type BanditConfig =
  | { kind: "none" }
  /** `[tool.bandit]` of a pyproject.toml, passed to Bandit as a generated YAML (JSON) file per scanned root. */
  | { kind: "pyproject"; settings: Record<string, unknown> }
  | { kind: "ini"; file: string };

export interface BanditRunOptions {
  config: BanditConfig;
  /** Bandit processes at once. */
  jobs: number;
  /** At most this many characters of file arguments per process (command-line limits). */
  maxArgChars?: number;
  /** Files per process below which splitting is not worth Bandit's start-up time. */
  minFilesPerProcess?: number;
  /** Kill a Bandit process (and what it started) after this long: a scan failure naming its files. */
  timeoutMs?: number;
  /** Bandit's environment; absent, the allow-listed copy of this process's (never the whole of it). */
  env?: NodeJS.ProcessEnv;
  /** Bandit's Python started ahead (driver.ts), for this command and environment; absent, a process per scan. */
  drivers?: BanditDrivers;
}

export interface KnownContents {
  contents: ReadonlyMap<string, Buffer>;
  /** Nothing rewrites these files while the run lasts (a temporary snapshot, not a working tree). */
  immutable: boolean;
}

/** Scans a list of files with Bandit. One interface, so a cache can wrap it. */
export interface Scanner {
  readonly version: string;
  /**
   * Everything besides a file's bytes and the configuration that decides what Bandit says about
   * it: Bandit's version, the Python running it (parsing differs between Pythons) and the fixed
   * arguments. A cache keys on it; absent, the version alone.
   */
  readonly identity?: string;
  /**
   * `known`: the files' bytes as the caller already read them, and whether they can still change
   * under `root` (a working tree can; a snapshot the gate wrote cannot). A cache uses them rather
   * than reading every file again.
   */
  scan(root: string, files: readonly string[], known?: KnownContents): Promise<BanditResult>;
  /** Wait for work the scanner finishes after answering (a cache's writes); absent, there is none. */
  flush?(): Promise<void>;
  /** A caching scanner's counts so far (timings show the hits). */
  readonly stats?: { readonly hits: number; readonly misses: number };
}

/**
 * Bandit excludes by substring by default, so its default list (`.git`, ...) drops files under
 * `.github/`. Naming files explicitly does not help; an exclude that can match no path does.
 */
const MATCH_NOTHING_EXCLUDE = "/nonexistent/bandit-gate-excludes-nothing";

/** `python -m bandit`: that Python's site directories, digested as metadata.ts does a virtual environment's. */
async function installationOf(python: string, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  const script = "import sys\nfor p in sys.path:\n    if p.endswith(('site-packages', 'dist-packages')): print(p)";
  const result = await runOutsideTree(python, ["-I", "-c", script], { env: childEnvironment(env ?? process.env) }).catch(() => undefined);
  if (!result || result.code !== 0) return undefined;
  const sites = result.stdout.split("\n").map((l) => l.trim()).filter(Boolean);
  return sites.length > 0 ? installationDigest(sites) : undefined;
}

/** `bandit --version` -> version, or a CommandNotFoundError when it cannot start. */
export async function probeBandit(argv: readonly string[], env?: NodeJS.ProcessEnv): Promise<BanditCommand | undefined> {
  const [program, ...pre] = argv;
  if (!program) return undefined;
  try {
    const result = await runOutsideTree(program, [...pre, "--version"], { env: childEnvironment(env ?? process.env) });
    const version = parseBanditVersion(result.stdout) ?? parseBanditVersion(result.stderr);
    if (result.code !== 0 || !version) return undefined;
    const installation = pre[0] === "-m" && pre[1] === "bandit" ? await installationOf(program, env) : undefined;
    return { argv: [...argv], version, details: describeBandit(version, `${result.stdout}\n${result.stderr}`), ...(installation ? { installation } : {}) };
  } catch (error) {
    if (error instanceof CommandNotFoundError) return undefined;
    throw error;
  }
}

/**
 * `bandit 1.9.4; python 3.11` from `--version` output. Python's minor version decides the
 * grammar Bandit parses with; patch releases and build details do not.
 */
export function describeBandit(version: string, versionOutput: string): string {
  const python = /python version\s*=\s*(\d+\.\d+)/.exec(versionOutput)?.[1];
  return `bandit ${version}; python ${python ?? "unknown"}`;
}

/** The arguments every run passes whatever the files; part of the scanner's identity. */
const FIXED_ARGUMENTS = ["-f", "json", "-q", "--ignore-nosec", "-x", MATCH_NOTHING_EXCLUDE];

/**
 * How files are named to Bandit, part of the identity too: absolute paths from a working
 * directory outside the judged tree (results of runs that imported from the tree are not reused).
 */
const PATH_MODE = "absolute paths, isolated working directory";

export class BanditRunner implements Scanner {
  constructor(
    private readonly command: BanditCommand,
    private readonly options: BanditRunOptions,
  ) {}

  get version(): string {
    return this.command.version;
  }

  get identity(): string {
    const installation = this.command.installation ? `; installation ${this.command.installation}` : "";
    return `${this.command.details ?? `bandit ${this.command.version}`}${installation}; ${FIXED_ARGUMENTS.join(" ")}; ${PATH_MODE}`;
  }

  /**
   * Scan `files` (paths relative to `root`); Bandit's paths come back relative to `root`.
   * Bandit runs from a fresh directory of its own with absolute paths: started inside the tree,
   * `python -m bandit` (or an empty PYTHONPATH entry) would import a `bandit/` package or a
   * `sitecustomize.py` the judged branch committed, in place of Bandit.
   */
  async scan(root: string, files: readonly string[]): Promise<BanditResult> {
    if (files.length === 0) return { findings: [], failures: [], scanned: [] };
    const chunks = splitIntoChunks(files, {
      processes: this.options.jobs,
      maxArgChars: this.options.maxArgChars ?? 60_000,
      minFilesPerProcess: this.options.minFilesPerProcess ?? 16,
    });
    const results = await mapLimit(chunks, Math.max(1, this.options.jobs), (chunk) => this.scanChunk(root, chunk));
    return {
      findings: results.flatMap((r) => r.findings),
      failures: results.flatMap((r) => r.failures),
      scanned: results.flatMap((r) => r.scanned),
    };
  }

  private async scanChunk(root: string, files: readonly string[]): Promise<BanditResult> {
    const dir = await makeTemporaryDirectory("bandit-gate-out-");
    const output = join(dir, "bandit.json");
    try {
      const [program, ...pre] = this.command.argv as [string, ...string[]];
      const base = resolve(root);
      const args = [...FIXED_ARGUMENTS, "-o", output];
      const config = this.options.config;
      if (config.kind === "pyproject") {
        // JSON is YAML: Bandit reads it with its YAML loader, with no TOML library needed.
        const file = join(dir, "bandit-config.yaml");
        await writeFile(file, JSON.stringify(banditSettingsForRoot(config.settings, base)));
        args.push("-c", file);
      }
      if (config.kind === "ini") args.push("--ini", config.file);
      args.push("--", ...files.map((f) => join(base, f)));
      const limit = this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {};
      let result = await this.options.drivers?.run({ args, ...limit });
      try {
        result ??= await runCommand(program, [...pre, ...args], { cwd: dir, env: this.options.env ?? childEnvironment(process.env), ...limit });
      } catch (error) {
        if (error instanceof CommandNotFoundError) throw new ScanError(`Bandit could not be started (${error.message})`);
        throw error;
      }
      if (result.timedOut) throw new ScanError(messages.banditTimedOut(files, this.options.timeoutMs ?? 0));
      let text: string;
      try {
        text = await readFile(output, "utf8");
      } catch {
        throw new ScanError(
          `Bandit exited ${result.code} without writing a report: ${lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout) || "no message"}`,
        );
      }
      try {
        return relativeToRoot(parseBanditJson(text), base);
      } catch (error) {
        if (error instanceof BanditOutputError) throw new ScanError(`Bandit wrote an unreadable report: ${error.message}`);
        throw error;
      }
    } finally {
      await removeTemporaryDirectory(dir);
    }
  }
}

/**
 * Split files into chunks: one per process when there are enough files to pay for Bandit's
 * start-up, more when the command line would get too long. Order is kept.
 */
export function splitIntoChunks(
  files: readonly string[],
  limits: { processes: number; maxArgChars: number; minFilesPerProcess: number },
): string[][] {
  const wanted = Math.max(1, Math.min(limits.processes, Math.floor(files.length / limits.minFilesPerProcess)));
  const perChunk = Math.ceil(files.length / wanted);
  const chunks: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= perChunk || chars + file.length + 1 > limits.maxArgChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(file);
    chars += file.length + 1;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
