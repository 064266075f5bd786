import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BanditDrivers, interpreterOf } from "../../src/adapters/bandit/driver.js";
import { BanditRunner, probeBandit, type BanditCommand, type BanditConfig } from "../../src/adapters/bandit/run.js";
import { childEnvironment } from "../../src/core/child-env.js";
import { ScanError } from "../../src/core/errors.js";
import type { BanditResult } from "../../src/core/gate/finding.js";
import { BANDIT } from "../helpers/repo.js";
import { PythonStatementReader } from "../../src/adapters/python/statements.js";
import { pythonForBandit } from "../../src/adapters/python/ast.js";

// Bandit's Python started ahead and reused (src/adapters/bandit/driver.ts) must say exactly what
// a `bandit` process says, run after run, whatever the configuration; and whatever goes wrong
// with it (no Bandit to import, a crash, a hang) must fail the way a `bandit` process fails.

const work = mkdtempSync(join(tmpdir(), "bandit-gate-driver-test-"));
const pools: BanditDrivers[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  rmSync(work, { recursive: true, force: true });
});

const env = childEnvironment(process.env);
let command: BanditCommand | undefined;
async function bandit(): Promise<BanditCommand> {
  command ??= await probeBandit([BANDIT]);
  assert.ok(command, `no Bandit at ${BANDIT}`);
  return command;
}

function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function pool(argv: readonly string[], size = 2, extraEnv: NodeJS.ProcessEnv = {}): BanditDrivers {
  const drivers = BanditDrivers.for(argv, { ...env, ...extraEnv }, size);
  assert.ok(drivers, `${argv.join(" ")} should be driveable`);
  pools.push(drivers);
  return drivers.warm();
}

/** What a gate compares: the findings with their text and code, the failures, what was scanned. */
function comparable(result: BanditResult) {
  const sort = <T>(items: T[]) => items.map((i) => JSON.stringify(i)).sort();
  return { findings: sort(result.findings), failures: sort(result.failures), scanned: [...result.scanned].sort() };
}

const SOURCES = {
  "app/shell.py": `import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`,
  "app/store.py": `import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n\n\ndef check(x):\n    assert x\n    return eval(x)\n`,
  "app/secrets.py": `PASSWORD = "hunter2hunter2"\n\n\ndef connect(user, password="s3cr3t-default"):\n    return (user, password)\n`,
  "app/broken.py": `def broken(:\n    pass\n`,
  "app/clean.py": `def add(a, b):\n    return a + b\n`,
  "app/sql.py": `def q(cur, name):\n    cur.execute("SELECT * FROM t WHERE name = '%s'" % name)\n`,
};

describe("Bandit drivers", () => {
  test("answer as a bandit process does, scan after scan, whatever the configuration", async () => {
    const root = tree("equal", SOURCES);
    const files = Object.keys(SOURCES);
    const iniFile = join(work, "equal.bandit");
    writeFileSync(iniFile, "[bandit]\nskips = B602\n");
    const configs: BanditConfig[] = [
      { kind: "none" },
      { kind: "pyproject", settings: { skips: ["B301", "B105"] } },
      { kind: "ini", file: iniFile },
      { kind: "pyproject", settings: { tests: ["B307", "B608"] } },
      { kind: "none" },
    ];
    const cmd = await bandit();
    const drivers = pool(cmd.argv, 1);
    for (const config of configs) {
      const spawned = await new BanditRunner(cmd, { config, jobs: 1, env }).scan(root, files);
      const driven = await new BanditRunner(cmd, { config, jobs: 1, env, drivers }).scan(root, files);
      assert.deepEqual(comparable(driven), comparable(spawned), `config ${JSON.stringify(config)}`);
      assert.ok(spawned.scanned.length >= files.length - 1, "Bandit answered for the files");
    }
    // The configurations did change what was found: a driver that ignored them would fail above.
    const all = await new BanditRunner(cmd, { config: { kind: "none" }, jobs: 1, env, drivers }).scan(root, files);
    const only = await new BanditRunner(cmd, { config: { kind: "pyproject", settings: { tests: ["B307"] } }, jobs: 1, env, drivers }).scan(root, files);
    assert.ok(all.findings.some((f) => f.testId === "B602") && all.findings.some((f) => f.testId === "B301"));
    assert.deepEqual([...new Set(only.findings.map((f) => f.testId))], ["B307"]);
    assert.ok(all.failures.some((f) => f.path === "app/broken.py"), "a file Bandit cannot parse is a failure through a driver too");
  });

  test("two drivers share many chunks of both sides and lose none", async () => {
    const sources: Record<string, string> = {};
    for (let i = 0; i < 40; i++) sources[`pkg/m${i}.py`] = `import subprocess\n\n\ndef f${i}(c):\n    return subprocess.call(c, shell=${i % 2 ? "True" : "False"})\n`;
    const head = tree("many-head", sources);
    const base = tree("many-base", Object.fromEntries(Object.entries(sources).map(([p, t]) => [p, t.replace("shell=True", "shell=False")])));
    const cmd = await bandit();
    const drivers = pool(cmd.argv, 2);
    const runner = new BanditRunner(cmd, { config: { kind: "none" }, jobs: 2, env, drivers, minFilesPerProcess: 4 });
    const plain = new BanditRunner(cmd, { config: { kind: "none" }, jobs: 2, env, minFilesPerProcess: 4 });
    const files = Object.keys(sources);
    const [h, b] = await Promise.all([runner.scan(head, files), runner.scan(base, files)]);
    assert.deepEqual(comparable(h), comparable(await plain.scan(head, files)));
    assert.deepEqual(comparable(b), comparable(await plain.scan(base, files)));
    assert.equal(h.findings.filter((f) => f.testId === "B602").length, 20);
    assert.equal(b.findings.filter((f) => f.testId === "B602").length, 0);
  });

  test("a path rewritten between scans is read afresh (no stale source lines)", async () => {
    const root = tree("rewrite", { "cand.py": `x = 1\n\n\ndef f(s):\n    return eval(s)\n` });
    const cmd = await bandit();
    const drivers = pool(cmd.argv, 1);
    const file = join(root, "cand.py");
    const codeOf = async () => {
      const result = await drivers.run({ args: ["-f", "json", "-q", "--", file] });
      assert.ok(result, "the driver ran the scan");
      const report = JSON.parse(result.stdout) as { results: Array<{ test_id: string; code: string }> };
      return report.results.map((r) => [r.test_id, r.code] as const);
    };
    const first = await codeOf();
    assert.equal(first[0]?.[0], "B307");
    assert.match(first[0]?.[1] ?? "", /eval\(s\)/);
    writeFileSync(file, `x = 1\n\n\ndef f(s):\n    return exec(s)\n`);
    const second = await codeOf();
    assert.deepEqual(second.map(([id]) => id), ["B102"]);
    assert.match(second[0]?.[1] ?? "", /exec\(s\)/);
    assert.doesNotMatch(second[0]?.[1] ?? "", /eval/);
  });

  test("close ends every driver and removes its directory", async () => {
    const cmd = await bandit();
    const drivers = BanditDrivers.for(cmd.argv, env, 2)!.warm();
    const root = tree("close", { "a.py": "eval(input())\n" });
    await new BanditRunner(cmd, { config: { kind: "none" }, jobs: 2, env, drivers }).scan(root, ["a.py"]);
    const pids = drivers.processIds();
    // Where Python forks, one driver serves every core; elsewhere one per core.
    assert.equal(pids.length, process.platform === "win32" ? 2 : 1);
    await drivers.close();
    for (const pid of pids) assert.throws(() => process.kill(pid, 0), /ESRCH/, `driver ${pid} still running`);
    assert.deepEqual(drivers.processIds(), []);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, done: () => boolean): Promise<void> {
  for (let waited = 0; !done(); waited += 50) {
    assert.ok(waited < 10_000, what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the gate's own scripts in a driver's child", () => {
  test("a script runs in a child forked from the driver, only once one is ready, and answers with what it printed", async () => {
    const cmd = await bandit();
    const drivers = pool(cmd.argv, 2);
    assert.equal(drivers.script("print(1)", ""), undefined, "none is ready yet: the caller starts Python itself");
    await drivers.run({ args: ["--version"] });
    const [driverPid] = drivers.processIds();
    const answer = await drivers.script("import os, sys\nprint(os.getppid(), sys.stdin.read().upper())", "two\nlines\n");
    assert.deepEqual(answer && { code: answer.code, stdout: answer.stdout.trim() }, { code: 0, stdout: `${driverPid} TWO\nLINES` });
    const failed = await drivers.script("raise ValueError('no good')", "");
    assert.equal(failed?.code, 1);
    assert.match(failed?.stderr ?? "", /ValueError: no good/);
    const killed = await drivers.script("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)", "");
    assert.equal(killed, undefined, "a child that ends without an answer gives none");
    assert.deepEqual(drivers.processIds(), [driverPid], "and the driver lives on");
  });

  test("the statement reader in a driver's child finds exactly what a Python process finds", async () => {
    const sources: Record<string, string> = {
      ...SOURCES,
      "app/nested.py": `class Box:\n    def open(self, cmd):\n        if cmd:\n            import os\n            os.system(cmd)  # nosec B605\n`,
    };
    const root = tree("facts", sources);
    writeFileSync(join(root, "app/latin.py"), Buffer.from("# -*- coding: latin-1 -*-\nNAME = '\xe9'\neval(NAME)\n", "latin1"));
    writeFileSync(join(root, "app/undecodable.py"), Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xff, 0xfe, 0x27, 0x0a]));
    const paths = [...Object.keys(sources), "app/latin.py", "app/undecodable.py"];
    const files = paths.map((path) => ({ path, file: join(root, path) }));
    const requests = new Map(paths.map((path) => [path, [{ line: 1 }, { line: 2, column: 4 }, { line: 5, column: 12 }, { line: 3 }]]));
    const cmd = await bandit();
    const python = pythonForBandit(cmd.argv);
    const drivers = pool(cmd.argv, 2);
    await drivers.run({ args: ["--version"] });
    const [driverPid] = drivers.processIds();
    for (const defsFor of [undefined, new Set(["app/nested.py", "app/broken.py"])]) {
      const byProcess = await new PythonStatementReader(python).open(files).locate(requests, defsFor);
      const byDriver = await new PythonStatementReader(python, drivers).open(files).locate(requests, defsFor);
      assert.deepEqual(byDriver, byProcess);
      assert.equal(byDriver.get("app/nested.py")?.located[3]?.scope, "Box.open");
      assert.equal(byDriver.get("app/undecodable.py")?.error?.kind, "decode");
      assert.equal(byDriver.get("app/broken.py")?.error?.kind, "syntax");
    }
    const noPython = await new PythonStatementReader("/nonexistent/python", drivers).open(files).locate(requests);
    assert.deepEqual(noPython, await new PythonStatementReader(python).open(files).locate(requests), "it ran in the driver, not in a Python of its own");
    assert.deepEqual(drivers.processIds(), [driverPid]);
    // Closed drivers (or none ready): the reader starts Python itself and finds the same.
    await drivers.close();
    const afterClose = await new PythonStatementReader(python, drivers).open(files).locate(requests);
    assert.deepEqual(afterClose, await new PythonStatementReader(python).open(files).locate(requests));
  });
});

describe("drivers started before the program has loaded", () => {
  test("the first pool asked for the same Python and environment takes them over; another asked closes them", async () => {
    const cmd = await bandit();
    const early = BanditDrivers.prestart(cmd.argv, env);
    assert.ok(early);
    const [earlyPid] = early.processIds();
    assert.ok(earlyPid !== undefined && alive(earlyPid), "the prestarted driver is running");
    const taken = BanditDrivers.for(cmd.argv, env, 2);
    assert.equal(taken, early, "the gate's pool is the prestarted one");
    pools.push(early);
    assert.deepEqual(early.warm().processIds(), [earlyPid], "warming it starts no other");
    const root = tree("prestarted", { "a.py": "import pickle\npickle.loads(b'')\n" });
    const result = await new BanditRunner(cmd, { config: { kind: "none" }, jobs: 2, env, drivers: early }).scan(root, ["a.py"]);
    assert.deepEqual(result.findings.map((f) => f.testId).sort(), ["B301", "B403"]);
    assert.deepEqual(early.processIds(), [earlyPid], "the scan ran in a child of the prestarted driver");

    // Prestarted for one environment, asked for another: a pool of its own, and the guess is closed.
    const unused = BanditDrivers.prestart(cmd.argv, env);
    assert.ok(unused && unused !== early);
    const [unusedPid] = unused.processIds();
    assert.ok(unusedPid !== undefined);
    const other = BanditDrivers.for(cmd.argv, { ...env, BANDIT_GATE_OTHER: "1" }, 1);
    assert.ok(other && other !== unused);
    pools.push(other);
    await until("the unused prestarted driver ends", () => !alive(unusedPid));
    assert.deepEqual(unused.processIds(), []);
  });
});

describe("what is driven and what is not", () => {
  test("a console script names its Python; python -m bandit is its Python; a wrapper is neither", async () => {
    const cmd = await bandit();
    if (cmd.argv.length === 1) assert.ok(interpreterOf(cmd.argv)?.includes("python"), "the pinned venv's bandit script is driveable");
    assert.equal(interpreterOf(["/usr/bin/python3", "-m", "bandit"]), "/usr/bin/python3");
    const wrapper = join(work, "wrapper-bandit");
    writeFileSync(wrapper, `#!/bin/sh\nexec "${BANDIT}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    assert.equal(interpreterOf([wrapper]), undefined);
    const other = join(work, "other-tool");
    writeFileSync(other, `#!/usr/bin/python3\nfrom othertool.main import main\nmain()\n`);
    assert.equal(interpreterOf([other]), undefined, "a Python script of another program is not Bandit");
    assert.equal(interpreterOf(["bandit"]), undefined, "a bare name is resolved by PATH: not driven");
    assert.equal(interpreterOf([join(work, "missing")]), undefined);
  });
});

/**
 * A fake `bandit` package on PYTHONPATH whose `main()` misbehaves, behind a console script of the
 * form pip writes: the driver imports it as it would the real one.
 */
function fakeBandit(name: string, mainBody: string): { argv: string[]; env: NodeJS.ProcessEnv; command: BanditCommand } {
  const dir = join(work, name);
  mkdirSync(join(dir, "lib", "bandit", "cli"), { recursive: true });
  mkdirSync(join(dir, "lib", "bandit", "core"), { recursive: true });
  writeFileSync(join(dir, "lib", "bandit", "__init__.py"), "");
  writeFileSync(join(dir, "lib", "bandit", "cli", "__init__.py"), "");
  writeFileSync(join(dir, "lib", "bandit", "core", "__init__.py"), "");
  writeFileSync(join(dir, "lib", "bandit", "core", "extension_loader.py"), "");
  writeFileSync(join(dir, "lib", "bandit", "cli", "main.py"), `import os, sys, time\n\ndef main():\n${mainBody}\n`);
  const script = join(dir, "bandit");
  writeFileSync(script, `#!/usr/bin/python3\nimport sys\nfrom bandit.cli.main import main\nif __name__ == "__main__":\n    sys.exit(main())\n`);
  chmodSync(script, 0o755);
  const fakeEnv = { ...env, PYTHONPATH: join(dir, "lib") };
  return { argv: [script], env: fakeEnv, command: { argv: [script], version: "1.9.4" } };
}

describe("when a driver fails, the scan fails as a bandit process would", () => {
  const root = tree("failing", { "a.py": "eval(input())\n" });

  test("a Bandit that cannot be imported: the scan runs as a process, and fails", async () => {
    const script = join(work, "no-bandit");
    // The system Python, with no Bandit on its path.
    writeFileSync(script, `#!/usr/bin/python3\nimport sys\nfrom bandit.cli.main import main\nsys.exit(main())\n`);
    chmodSync(script, 0o755);
    const isolated = { ...env, PYTHONPATH: join(work, "empty-path"), PYTHONNOUSERSITE: "1" };
    const drivers = pool([script], 1, isolated);
    const runner = new BanditRunner({ argv: [script], version: "1.9.4" }, { config: { kind: "none" }, jobs: 1, env: isolated, drivers });
    await assert.rejects(runner.scan(root, ["a.py"]), (error: unknown) => error instanceof ScanError && /without writing a report/.test(error.message));
    await assert.rejects(runner.scan(root, ["a.py"]), ScanError, "and again: never a pass");
  });

  test("a driver that dies during a scan: the scan runs as a process, which dies too", async () => {
    const fake = fakeBandit("crashing", "    os._exit(9)");
    const drivers = pool(fake.argv, 1, fake.env);
    const runner = new BanditRunner(fake.command, { config: { kind: "none" }, jobs: 1, env: fake.env, drivers });
    await assert.rejects(runner.scan(root, ["a.py"]), (error: unknown) => error instanceof ScanError && /exited 9 without writing a report/.test(error.message));
  });

  test("a scan that outlives the time limit is killed and named", async () => {
    const fake = fakeBandit("hanging", "    time.sleep(60)");
    const drivers = pool(fake.argv, 1, fake.env);
    const pids = () => drivers.processIds();
    const runner = new BanditRunner(fake.command, { config: { kind: "none" }, jobs: 1, env: fake.env, drivers, timeoutMs: 1_500 });
    const started = Date.now();
    await assert.rejects(runner.scan(root, ["a.py"]), (error: unknown) => error instanceof ScanError && /time limit|timed out|killed|did not finish/i.test(error.message));
    assert.ok(Date.now() - started < 20_000, "killed at the limit, not when the sleep ended");
    assert.ok(pids().length <= 1, "the hung scan is gone; at most the driver is left");
  });

  test("scans run side by side in children of one driver; one killed at its time limit leaves the others", async () => {
    if (process.platform === "win32") return;
    // A fake Bandit: files named slow*.py take a minute, the others are answered at once.
    const fake = fakeBandit(
      "sometimes-slow",
      [
        "    args = sys.argv[1:]",
        "    out = args[args.index('-o') + 1]",
        "    files = args[args.index('--') + 1:]",
        "    if any(os.path.basename(f).startswith('slow') for f in files):",
        "        time.sleep(float(os.environ.get('FAKE_SLEEP', '60')))",
        "    import json",
        "    with open(out, 'w') as handle:",
        "        json.dump({'results': [], 'errors': [], 'metrics': dict({'_totals': {}}, **{f: {} for f in files})}, handle)",
        "    return 0",
      ].join("\n"),
    );
    const both = tree("side-by-side", { "slow_a.py": "x = 1\n", "quick.py": "y = 2\n" });
    const drivers = pool(fake.argv, 2, fake.env);
    const runner = (timeoutMs?: number) => new BanditRunner(fake.command, { config: { kind: "none" }, jobs: 2, env: fake.env, drivers, ...(timeoutMs ? { timeoutMs } : {}) });
    // Two slow scans of a second each, at once: both children are seen running beside the driver.
    const brief = { ...fake.env, FAKE_SLEEP: "1" };
    const briefDrivers = pool(fake.argv, 2, brief);
    const briefRunner = new BanditRunner(fake.command, { config: { kind: "none" }, jobs: 2, env: brief, drivers: briefDrivers });
    const first = briefRunner.scan(both, ["slow_a.py"]);
    const second = briefRunner.scan(both, ["slow_a.py"]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.equal(briefDrivers.processIds().length, 3, "the driver and two scans");
    for (const result of await Promise.all([first, second])) assert.deepEqual(result.scanned, ["slow_a.py"]);

    const slow = runner(1_500).scan(both, ["slow_a.py"]);
    const quick = runner(1_500).scan(both, ["quick.py"]);
    await assert.rejects(slow, (error: unknown) => error instanceof ScanError && /did not finish within/.test(error.message));
    assert.deepEqual((await quick).scanned, ["quick.py"]);
    const driverPid = drivers.processIds();
    assert.equal(driverPid.length, 1, "the driver outlived its killed scan");
    assert.deepEqual((await runner().scan(both, ["quick.py"])).scanned, ["quick.py"], "and serves the next one");
  });

  test("a Bandit reached by a wrapper is never driven", async () => {
    const wrapper = join(work, "plain-wrapper");
    writeFileSync(wrapper, `#!/bin/sh\nexec "${BANDIT}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    assert.equal(BanditDrivers.for([wrapper], env, 2), undefined);
    assert.ok(existsSync(wrapper));
  });
});
