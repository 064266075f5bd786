import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CachingStatementReader } from "../../src/adapters/caches/facts-cache.js";
import { PythonStatementReader, type ReaderFile } from "../../src/adapters/python/statements.js";
import { pythonForBandit } from "../../src/adapters/python/ast.js";
import type { StatementRequest } from "../../src/core/gate/source-facts.js";
import { BANDIT, TempRepo, checkJson, runCli } from "../helpers/repo.js";

// What Python's parser said about a file, kept by content beside the scan cache: a warm run must
// read exactly what a cold one reads, keep no line of source, and parse only what it must.

const work = mkdtempSync(join(tmpdir(), "bandit-gate-facts-"));
const repos: TempRepo[] = [];
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  repos.forEach((r) => r.dispose());
});

const python = pythonForBandit([BANDIT]);

const SOURCES: Record<string, Buffer> = {
  "app/tasks.py": Buffer.from('import subprocess\nTOKEN = "hunter2-facts-secret"  # nosec B105\n\n\ndef run(cmd):  # 🔥 careful\n    return subprocess.call(\n        cmd, shell=True\n    )\n'),
  "app/bom.py": Buffer.from("\ufeffimport pickle\r\n\r\ndef load(b):\r\n    return pickle.loads(b)  # trusted\r\n"),
  "app/quiet.py": Buffer.from("class Box:\n    def open(self):\n        return 1\n"),
  "app/latin.py": Buffer.from("# -*- coding: latin-1 -*-\nNAME = '\xe9'\neval(NAME)\n", "latin1"),
  "app/broken.py": Buffer.from("def broken(:\n    pass\n"),
};
const REQUESTS = new Map<string, StatementRequest[]>([
  ["app/tasks.py", [{ line: 2, column: 0 }, { line: 6, column: 11 }]],
  ["app/bom.py", [{ line: 4, column: 11 }]],
  ["app/latin.py", [{ line: 3, column: 0 }]],
  ["app/broken.py", [{ line: 1 }]],
]);

function tree(name: string): { root: string; files: ReaderFile[] } {
  const root = join(work, name);
  const files: ReaderFile[] = [];
  for (const [path, content] of Object.entries(SOURCES)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
    files.push({ path, file: join(root, path), content });
  }
  return { root, files };
}

function entries(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".facts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("the statement facts cache", () => {
  test("a second reading answers from the cache what a cold one read, parses only what cannot be kept, and keeps no source", async () => {
    const { files } = tree("round-trip");
    const dir = join(work, "cache-1");
    const plain = await new PythonStatementReader(python).open(files).locate(REQUESTS);

    const cold = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    assert.deepEqual(await cold.open(files).locate(REQUESTS), plain);
    await cold.flush();
    // The latin-1 file (UTF-8 would read it otherwise) and the one Python cannot parse are never kept.
    assert.deepEqual(cold.stats, { hits: 0, misses: 5, writes: 3 });
    for (const entry of entries(dir)) {
      const text = readFileSync(entry, "utf8");
      for (const secret of ["hunter2", "nosec", "careful", "trusted", "subprocess", "pickle"]) assert.ok(!text.includes(secret), `${secret} in ${entry}`);
    }

    const warm = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    assert.deepEqual(await warm.open(files).locate(REQUESTS), plain);
    assert.deepEqual(warm.stats, { hits: 3, misses: 2, writes: 0 });

    // Other questions, another Python, other bytes: asked afresh, and answered as Python answers them.
    const other = new Map([...REQUESTS, ["app/tasks.py", [{ line: 7, column: 8 }]]]);
    const asked = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    assert.deepEqual(await asked.open(files).locate(other), await new PythonStatementReader(python).open(files).locate(other));
    assert.equal(asked.stats.hits, 2);
    const elsewhere = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "another python" });
    await elsewhere.open(files).locate(REQUESTS);
    assert.equal(elsewhere.stats.hits, 0);
    const edited = files.map((f) => (f.path === "app/quiet.py" ? { ...f, content: Buffer.from("class Box:\n    pass\n") } : f));
    writeFileSync(join(work, "round-trip", "app/quiet.py"), "class Box:\n    pass\n");
    const fresh = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    const facts = await fresh.open(edited).locate(REQUESTS);
    assert.deepEqual(facts.get("app/quiet.py")?.defs, new Set(["Box"]));
    assert.equal(fresh.stats.hits, 2);
  });

  test("a damaged entry is read as a miss and rewritten; an unwritable cache costs only the parse", async () => {
    const { files } = tree("damaged");
    const dir = join(work, "cache-2");
    const plain = await new PythonStatementReader(python).open(files).locate(REQUESTS);
    const first = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    await first.open(files).locate(REQUESTS);
    await first.flush();
    for (const entry of entries(dir)) writeFileSync(entry, readFileSync(entry, "utf8").replace(/"sha256":"[0-9a-f]/, '"sha256":"x'));
    const second = new CachingStatementReader(new PythonStatementReader(python), { dir, python: "test" });
    assert.deepEqual(await second.open(files).locate(REQUESTS), plain);
    await second.flush();
    assert.deepEqual(second.stats, { hits: 0, misses: 5, writes: 3 });

    const blocked = join(work, "not-a-directory");
    writeFileSync(blocked, "");
    const unwritable = new CachingStatementReader(new PythonStatementReader(python), { dir: blocked, python: "test" });
    assert.deepEqual(await unwritable.open(files).locate(REQUESTS), plain);
    await unwritable.flush();
    assert.equal(unwritable.stats.writes, 0);
  });

  test("check: a warm run reports exactly what a run without any cache reports, reading statements from the cache", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=False)\n").commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/work");
    repo.write("app/tasks.py", 'import subprocess\n\n\ndef run(cmd):  # keep\n    return subprocess.call(\n        cmd, shell=True  # nosec B602\n    )\n\n\ndef load(b):\n    import pickle\n    return pickle.loads(b)\n').commit("agent");
    const cache = join(work, "cli-cache");
    const uncached = await checkJson(repo.dir, ["--no-cache"]);
    const cold = await checkJson(repo.dir, [], { BANDIT_GATE_CACHE_DIR: cache });
    const warm = await runCli(repo.dir, ["check", "--verbose", "--format", "json"], { BANDIT_GATE_CACHE_DIR: cache });
    assert.deepEqual(cold.report, uncached.report);
    assert.deepEqual(JSON.parse(warm.stdout), uncached.report);
    assert.ok(uncached.report.regressions.some((r) => r.kind === "suppressed"), "the nosec was read from a real comment");
    assert.match(warm.stderr, /statement cache hits: 2\n/);
    assert.match(warm.stderr, /files parsed: 0\n/);
  });
});
