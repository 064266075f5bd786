/**
 * The scan cache against real Bandit: it must never change a result. A different Bandit or
 * configuration is a miss, a damaged entry is a miss that gets rewritten, concurrent writers
 * leave whole entries, and results with the cache equal results without it.
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BanditRunner, probeBandit, type BanditCommand, type BanditConfig, type Scanner } from "../../src/adapters/bandit/run.js";
import { CachingScanner } from "../../src/adapters/caches/scan-cache.js";
import { splitCommand } from "../../src/adapters/process.js";
import type { BanditResult } from "../../src/core/gate/finding.js";
import { parseEntry } from "../../src/core/gate/scan-cache-entry.js";
import { BANDIT, GIT_ENV, TempRepo, checkJson } from "../helpers/repo.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

const FILES: Record<string, string> = {
  "app/shell.py": "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)  # nosec\n",
  "app/multi.py": "import pickle\nimport hashlib\n\n\ndef f(b):\n    h = hashlib.md5(b)\n    return pickle.loads(\n        b,\n    ), h\n",
  "app/clean.py": "def add(a, b):\n    return a + b\n",
  "app/broken.py": "def oops(:\n    pass\n",
  "tests/test_x.py": "def test_it():\n    assert 1 + 1 == 2\n",
  "app/same_as_clean.py": "def add(a, b):\n    return a + b\n",
};
const PATHS = Object.keys(FILES).sort();

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bandit-gate-${label}-`));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function writeTree(files: Record<string, string>): string {
  const root = tempDir("tree");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

let command: BanditCommand | undefined;
async function bandit(): Promise<BanditCommand> {
  command ??= await probeBandit(splitCommand(BANDIT));
  assert.ok(command, `Bandit not found (${BANDIT}); set BANDIT_GATE_BANDIT`);
  return command;
}

/** The real runner, counting the files it is asked to scan. */
class CountingScanner implements Scanner {
  asked: string[] = [];
  constructor(private readonly inner: Scanner) {}
  get version() {
    return this.inner.version;
  }
  get identity() {
    return this.inner.identity;
  }
  async scan(root: string, files: readonly string[]): Promise<BanditResult> {
    this.asked.push(...files);
    return this.inner.scan(root, files);
  }
}

async function runner(config: BanditConfig = { kind: "none" }, identity?: string): Promise<CountingScanner> {
  const found = await bandit();
  return new CountingScanner(new BanditRunner(identity ? { ...found, details: identity } : found, { config, jobs: 2, minFilesPerProcess: 2 }));
}

/**
 * A cached scanner as one run uses it: the gate flushes the cache's writes before it ends, so
 * each `scan` here waits for them too, and the next "run" sees the entries.
 */
class OneRun {
  constructor(readonly scanner: CachingScanner) {}
  get stats() {
    return this.scanner.stats;
  }
  async scan(root: string, files: readonly string[]): Promise<BanditResult> {
    const result = await this.scanner.scan(root, files);
    await this.scanner.flush();
    return result;
  }
}

function cached(inner: Scanner, dir: string, configDigest = "none", pathDependent = false): OneRun {
  return new OneRun(new CachingScanner(inner, { dir, configDigest, pathDependent }));
}

/** One result in a canonical order, so results can be compared whatever order they came in. */
function canonical(result: BanditResult) {
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return {
    findings: [...result.findings].sort((a, b) => byPath(a, b) || a.line - b.line || a.testId.localeCompare(b.testId)),
    failures: [...result.failures].sort(byPath),
    scanned: [...result.scanned].sort(),
  };
}

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((p) => p.endsWith(".json"))
    .map((p) => join(dir, p));
}

describe("scan cache with real Bandit", () => {
  test("results through the cache, cold and warm, equal Bandit's own; the warm run asks Bandit nothing", async () => {
    const root = writeTree(FILES);
    const plain = await (await runner()).scan(root, PATHS);
    assert.ok(plain.findings.length >= 4 && plain.failures.length === 1, "the fixture has findings and a syntax error");
    const dir = tempDir("cache");
    const cold = await runner();
    const coldResult = await cached(cold, dir).scan(root, PATHS);
    assert.deepEqual(canonical(coldResult), canonical(plain));
    assert.equal(cold.asked.length, PATHS.length);
    const warm = await runner();
    const warmCache = cached(warm, dir);
    const warmResult = await warmCache.scan(root, PATHS);
    assert.deepEqual(canonical(warmResult), canonical(plain));
    assert.deepEqual(warm.asked, [], "every file, the syntax error included, came from the cache");
    assert.equal(warmCache.stats.hits, PATHS.length);
  });

  test("within one run, a snapshot's answer serves the other side's identical file; a working tree's only once re-read", async () => {
    const dir = tempDir("cache");
    const text = FILES["app/multi.py"] as string;
    const first = writeTree({ "a/one.py": text });
    const second = writeTree({ "b/two.py": text });
    const inner = await runner();
    const scanner = new CachingScanner(inner, { dir, configDigest: "none", pathDependent: false });
    const contents = (path: string) => new Map([[path, Buffer.from(text)]]);
    // A snapshot (immutable): answered from memory at once, before anything is written.
    const a = await scanner.scan(first, ["a/one.py"], { contents: contents("a/one.py"), immutable: true });
    const b = await scanner.scan(second, ["b/two.py"], { contents: contents("b/two.py"), immutable: true });
    assert.deepEqual(inner.asked, ["a/one.py"], "the identical file was not scanned again");
    assert.deepEqual(b.findings.map((f) => [f.path, f.testId, f.line]), a.findings.map((f) => ["b/two.py", f.testId, f.line]));
    await scanner.flush();
    // A working tree: its answer is reused only after its file was read again unchanged.
    const tree = writeTree({ "c/three.py": text + "\nx = 1\n" });
    const mutable = new CachingScanner(await runner(), { dir: tempDir("cache"), configDigest: "none", pathDependent: false });
    const inner2 = (mutable as unknown as { inner: CountingScanner }).inner;
    await mutable.scan(tree, ["c/three.py"], { contents: new Map([["c/three.py", Buffer.from(text + "\nx = 1\n")]]), immutable: false });
    writeFileSync(join(tree, "c/three.py"), "eval(input())\n");
    await mutable.flush();
    const again = writeTree({ "d/four.py": text + "\nx = 1\n" });
    await mutable.scan(again, ["d/four.py"]);
    assert.deepEqual(inner2.asked, ["c/three.py", "d/four.py"], "an answer for content the tree no longer holds is not reused");
  });

  test("without a configuration the path is not in the key: a renamed file is a hit, with its new path", async () => {
    const dir = tempDir("cache");
    await cached(await runner(), dir).scan(writeTree(FILES), ["app/shell.py"]);
    const moved = writeTree({ "lib/renamed.py": FILES["app/shell.py"] as string });
    const inner = await runner();
    const result = await cached(inner, dir).scan(moved, ["lib/renamed.py"]);
    assert.deepEqual(inner.asked, []);
    assert.deepEqual(result.findings.map((f) => `${f.path}:${f.line}:${f.testId}`), ["lib/renamed.py:1:B404", "lib/renamed.py:5:B602"]);
  });

  test("a different Bandit (version or Python) or configuration misses", async () => {
    const root = writeTree(FILES);
    const dir = tempDir("cache");
    await cached(await runner(), dir).scan(root, PATHS);

    const otherPython = await runner(undefined, `bandit ${(await bandit()).version}; python 3.99.0`);
    await cached(otherPython, dir).scan(root, PATHS);
    assert.equal(otherPython.asked.length, PATHS.length, "another Python is another key");

    const otherVersion = await runner(undefined, "bandit 0.0.1; python 3.11.7");
    await cached(otherVersion, dir).scan(root, PATHS);
    assert.equal(otherVersion.asked.length, PATHS.length, "another Bandit version is another key");

    const otherConfig = await runner();
    await cached(otherConfig, dir, "another-digest").scan(root, PATHS);
    assert.equal(otherConfig.asked.length, PATHS.length, "another configuration is another key");
  });

  test("with a configuration, a path the configuration treats differently is a different key", async () => {
    // B101's skips are globs over repository paths (anchored at the scanned root, since Bandit is given absolute paths).
    const config: BanditConfig = { kind: "pyproject", settings: { assert_used: { skips: ["tests/*"] } } };
    const source = FILES["tests/test_x.py"] as string;
    const root = writeTree({ "tests/test_x.py": source, "app/check.py": source });
    const dir = tempDir("cache");
    const first = await cached(await runner(config), dir, "cfg", true).scan(root, ["tests/test_x.py", "app/check.py"]);
    assert.deepEqual(first.findings.map((f) => `${f.path}:${f.testId}`), ["app/check.py:B101"], "B101 skipped by path in tests/");
    assert.deepEqual(first.scanned.sort(), ["app/check.py", "tests/test_x.py"]);
    const again = await runner(config);
    const second = await cached(again, dir, "cfg", true).scan(root, ["tests/test_x.py", "app/check.py"]);
    assert.deepEqual(again.asked, []);
    assert.deepEqual(canonical(second), canonical(first), "the skip is remembered as well");
  });

  test("a damaged entry is a miss and is rewritten; an unwritable cache is only a miss", async () => {
    const root = writeTree(FILES);
    const dir = tempDir("cache");
    const expected = await cached(await runner(), dir).scan(root, PATHS);
    const files = entries(dir);
    assert.equal(files.length, PATHS.length - 1, "identical contents share one entry");
    const [truncated, garbage, edited] = files as [string, string, string];
    writeFileSync(truncated, readFileSync(truncated, "utf8").slice(0, 40));
    writeFileSync(garbage, Buffer.from([0, 159, 146, 150]));
    writeFileSync(edited, readFileSync(edited, "utf8").replace(/"scanned\\":(true|false)/, (_m, v) => `"scanned\\":${v === "true" ? "false" : "true"}`));
    const inner = await runner();
    const result = await cached(inner, dir).scan(root, PATHS);
    assert.deepEqual(canonical(result), canonical(expected));
    assert.ok(inner.asked.length >= 3 && inner.asked.length <= 4, `the damaged entries were rescanned (${inner.asked.join(", ")})`);
    for (const file of [truncated, garbage, edited]) {
      const key = file.slice(file.lastIndexOf("/") + 1, -".json".length);
      assert.ok(parseEntry(readFileSync(file, "utf8"), key), `${file} was rewritten`);
    }

    const blocked = join(tempDir("blocked"), "file-not-dir");
    writeFileSync(blocked, "not a directory");
    const unwritable = await cached(await runner(), blocked).scan(root, PATHS);
    assert.deepEqual(canonical(unwritable), canonical(expected));
  });

  test("entries are written after the answer, and flush waits for every one", async () => {
    const root = writeTree(FILES);
    const dir = tempDir("cache");
    const scanner = new CachingScanner(await runner(), { dir, configDigest: "none", pathDependent: false });
    const result = await scanner.scan(root, PATHS);
    assert.ok(result.findings.length >= 4);
    await scanner.flush();
    assert.equal(entries(dir).length, PATHS.length - 1, "identical contents share one entry");
    assert.ok(scanner.stats.writes >= PATHS.length - 1, "every miss was written");
    assert.deepEqual([...readdirSync(dir, { recursive: true, encoding: "utf8" })].filter((p) => p.endsWith(".tmp")), [], "no temporary file is left");
  });

  test("concurrent runs of the CLI on one cache directory leave only whole entries, and agree", async () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.dispose());
    for (const path of Object.keys(FILES)) if (path !== "app/broken.py") repo.write(path, "# base\n");
    repo.commit("base");
    for (const [path, content] of Object.entries(FILES)) if (path !== "app/broken.py") repo.write(path, content);
    const cacheDir = tempDir("shared-cache");
    const runOnce = () =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", import.meta.resolve("tsx"), join(REPO_ROOT, "src/cli/index.ts"), "check", "--base", "HEAD", "--format", "json", "--quiet"], {
          cwd: repo.dir,
          env: { ...process.env, ...GIT_ENV, BANDIT_GATE_BANDIT: BANDIT, BANDIT_GATE_CACHE_DIR: cacheDir },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
      });
    const runs = await Promise.all(Array.from({ length: 6 }, runOnce));
    for (const r of runs) assert.equal(r.code, 1, r.stdout + r.stderr);
    const reports = runs.map((r) => withoutTimes(r.stdout));
    for (const report of reports) assert.deepEqual(report, reports[0]);
    const stored = entries(join(cacheDir, "scans"));
    assert.ok(stored.length > 0);
    for (const file of stored) {
      const key = file.slice(file.lastIndexOf("/") + 1, -".json".length);
      assert.ok(parseEntry(readFileSync(file, "utf8"), key), `${file} is whole`);
    }
    // The statement facts written beside them by the same runs are whole too.
    const facts = readdirSync(join(cacheDir, "scans"), { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith(".facts"));
    assert.ok(facts.length > 0);
    for (const file of facts) {
      const entry = JSON.parse(readFileSync(join(cacheDir, "scans", file), "utf8")) as { key: string; body: string; sha256: string };
      assert.equal(entry.key, file.slice(file.lastIndexOf("/") + 1, -".facts".length));
      assert.equal(createHash("sha256").update(entry.body).digest("hex"), entry.sha256, `${file} is whole`);
    }
    assert.deepEqual([...readdirSync(join(cacheDir, "scans"), { recursive: true, encoding: "utf8" })].filter((p) => p.endsWith(".tmp")), [], "no temporary files left");
    const uncached = await checkJson(repo.dir, ["--base", "HEAD", "--no-cache"]);
    assert.deepEqual(withoutTimes(JSON.stringify(uncached.report)), reports[0], "the same report without the cache");
  });
});

function withoutTimes(json: string): unknown {
  const doc = JSON.parse(json) as Record<string, unknown>;
  delete doc.generated_at;
  return doc;
}
