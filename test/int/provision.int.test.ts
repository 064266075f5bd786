/**
 * Provisioning Bandit: what counts as a usable environment (a restored one may come from
 * anywhere), the cache key, and the installers' order (uv only if present, then the runner's
 * pip, then a venv with its own pip).
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { BanditEnvironment, checkEnvironment, environmentKey, provisionBandit, pruneEnvironment, type EnvironmentCache, type ProvisionMethod } from "../../src/adapters/bandit/provision.js";
import { BanditRunner, type BanditCommand } from "../../src/adapters/bandit/run.js";
import { ProvingScanner } from "../../src/adapters/bandit/proving.js";
import { ScanError } from "../../src/core/errors.js";
import { packEnvironment } from "../../src/adapters/bandit/pack.js";
import { locateBanditEarly } from "../../src/adapters/bandit/locate.js";
import { BanditDrivers } from "../../src/adapters/bandit/driver.js";
import { childEnvironment } from "../../src/core/child-env.js";
import type { Logger } from "../../src/core/logger.js";

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-provision-"));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The shared environment of the Bandit under test, resolved from its script. */
function sharedVenv(version: "1.9.4" | "1.7.5"): string {
  return resolve(".venv", `bandit-${version}`);
}

class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info = (m: string) => void this.lines.push(`info: ${m}`);
  warning = (m: string) => void this.lines.push(`warning: ${m}`);
  error = (m: string) => void this.lines.push(`error: ${m}`);
  debug = (m: string) => void this.lines.push(`debug: ${m}`);
}

/** A copy of a real environment at `to`, its scripts rewritten to name the copy (a venv moved consistently). */
function relocatedCopy(from: string, to: string): void {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  const script = join(to, "bin", "bandit");
  writeFileSync(script, readFileSync(script, "utf8").replace(/^#!\S+/, `#!${join(to, "bin", "python")}`));
}

describe("checkEnvironment: is a (restored) environment a working Bandit of this version?", () => {
  test("a consistent copy of a real environment is accepted, with its version read from metadata", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), venv);
    const checked = await checkEnvironment(venv, "1.9.4");
    assert.equal(checked.problem, "");
    assert.equal(checked.command?.version, "1.9.4");
    assert.deepEqual(checked.command?.argv, [join(venv, "bin", "bandit")]);
  });

  test("an environment holding another Bandit version is refused (a foreign entry under our name)", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.7.5"), venv);
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /holds Bandit 1\.7\.5/);
  });

  test("an environment built elsewhere (its scripts name another path) is refused, even with the right version", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    cpSync(sharedVenv("1.9.4"), venv, { recursive: true, verbatimSymlinks: true });
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /scripts name another environment/);
  });

  test("an environment whose base interpreter is gone (dangling link, or pyvenv.cfg naming a missing home) is refused without starting Python", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), venv);
    const python = join(venv, "bin", "python");
    unlinkSync(python);
    symlinkSync(join(scratch(), "gone", "python3"), python);
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /missing or a dangling link|not a Bandit installed in this environment/);

    const other = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), other);
    const cfg = join(other, "pyvenv.cfg");
    writeFileSync(cfg, readFileSync(cfg, "utf8").replace(/^home\s*=.*$/m, "home = /nonexistent/python/bin"));
    assert.match((await checkEnvironment(other, "1.9.4")).problem, /base Python's directory \/nonexistent\/python\/bin is gone/);
    unlinkSync(cfg);
    assert.equal((await checkEnvironment(other, "1.9.4")).command, undefined, "no pyvenv.cfg: not a venv");
  });

  test("the check reads files only: a Python that would fail is not started (the first scan proves it, see below)", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), venv);
    const marker = join(scratch(), "started");
    const python = join(venv, "bin", "python");
    unlinkSync(python);
    writeFileSync(python, `#!/bin/sh\ntouch ${marker}\nexit 127\n`);
    chmodSync(python, 0o755);
    assert.equal((await checkEnvironment(venv, "1.9.4")).problem, "");
    assert.equal(existsSync(marker), false, "no Python was started by the check");
  });

  test("an empty or half-extracted directory is refused, not crashed on", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    mkdirSync(join(venv, "bin"), { recursive: true });
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /no .*bin\/bandit/);
    writeFileSync(join(venv, "bin", "bandit"), "not a script");
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /not a Bandit installed in this environment/);
  });
});

describe("environmentKey", () => {
  const base = {
    env: { RUNNER_OS: "Linux", RUNNER_ARCH: "X64" },
    version: "1.9.4",
    python: { implementation: "CPython", version: "3.12", executable: "/opt/hostedtoolcache/Python/3.12.7/x64/bin/python3" },
    venv: "/home/runner/work/_temp/bandit-gate/bandit-1.9.4",
  };

  test("names what the environment is, readably", () => {
    assert.match(environmentKey(base), /^bandit-gate-env-v2-Linux-X64-CPython3\.12-bandit1\.9\.4-[0-9a-f]{16}$/);
  });

  test("changes with everything a venv depends on, and only with that", () => {
    const key = environmentKey(base);
    assert.equal(environmentKey({ ...base, env: { ...base.env, GITHUB_RUN_ID: "42" } }), key, "not per run");
    const variants = [
      environmentKey({ ...base, env: { ...base.env, RUNNER_OS: "macOS" } }),
      environmentKey({ ...base, env: { ...base.env, RUNNER_ARCH: "ARM64" } }),
      environmentKey({ ...base, version: "1.7.5" }),
      environmentKey({ ...base, python: { ...base.python, version: "3.13" } }),
      environmentKey({ ...base, python: { ...base.python, implementation: "PyPy" } }),
      // setup-python moved to a new patch release: the old venv's interpreter link is dangling.
      environmentKey({ ...base, python: { ...base.python, executable: "/opt/hostedtoolcache/Python/3.12.8/x64/bin/python3" } }),
      // A venv is only valid at the path it was built at.
      environmentKey({ ...base, venv: "/tmp/elsewhere/bandit-1.9.4" }),
    ];
    assert.equal(new Set([key, ...variants]).size, variants.length + 1);
  });
});

describe("provisionBandit", () => {
  test("a restored entry that is not usable is ignored with a warning; a broken uv on PATH gives way to pip; the install is offered to the cache", async () => {
    const dir = scratch();
    // uv on PATH that fails: detected and tried, then the pip route.
    const bin = join(scratch(), "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "uv"), "#!/bin/sh\necho 'uv: broken on purpose' >&2\nexit 2\n");
    chmodSync(join(bin, "uv"), 0o755);
    const restored: string[] = [];
    const saved: Array<{ path: string; key: string }> = [];
    const cache: EnvironmentCache = {
      async restore(path, key) {
        restored.push(key);
        relocatedCopy(sharedVenv("1.7.5"), path);
        return true;
      },
      installed(path, key) {
        saved.push({ path, key });
      },
    };
    const logger = new RecordingLogger();
    const methods: ProvisionMethod[] = [];
    const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
    symlinkSync(python, join(bin, "python3"));
    const command = await provisionBandit(dir, "1.9.4", logger, {
      python: join(bin, "python3"),
      cache,
      onReady: (m) => methods.push(m),
      env: { PATH: `${bin}:${dirname(python)}`, RUNNER_OS: "Linux", RUNNER_ARCH: "X64" },
    });
    assert.equal(command.version, "1.9.4");
    assert.equal(restored.length, 1);
    assert.ok(logger.lines.some((l) => /^warning: The cached Bandit environment .* is unusable \(it holds Bandit 1\.7\.5\); ignoring it/.test(l)), logger.lines.join("\n"));
    assert.ok(logger.lines.some((l) => /^warning: uv could not install Bandit .*broken on purpose.*; using pip instead/.test(l)), logger.lines.join("\n"));
    assert.equal(methods.length, 1);
    assert.ok(methods[0] === "pip --python" || methods[0] === "venv + pip", String(methods[0]));
    assert.deepEqual(saved, [{ path: join(dir, "bandit-1.9.4"), key: restored[0] }]);
    assert.equal(execFileSync(command.argv[0] as string, ["--version"], { encoding: "utf8" }).split("\n")[0], "bandit 1.9.4");

    // A second run finds it in place: no restore, no install, no Bandit start-up.
    const again: ProvisionMethod[] = [];
    await provisionBandit(dir, "1.9.4", logger, { python: join(bin, "python3"), cache, onReady: (m) => again.push(m) });
    assert.deepEqual(again, ["present"]);
    assert.equal(restored.length, 1);
  });
});

/** The runner the gate makes for a command (compose.ts), without a configuration. */
const runnerFor = (command: BanditCommand) => new BanditRunner(command, { config: { kind: "none" }, jobs: 1 });

/** A tree with one shell=True call: a working Bandit reports B602 on it. */
function unsafeTree(): string {
  const root = scratch();
  writeFileSync(join(root, "run.py"), "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n");
  return root;
}

describe("a restored environment is proven by its first scan", () => {
  const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();

  /** A cache whose entry passes every file check but whose Bandit cannot run (a module truncated in the archive). */
  function corruptedCache(saved: Array<{ path: string; key: string }>): EnvironmentCache {
    return {
      async restore(path) {
        relocatedCopy(sharedVenv("1.9.4"), path);
        const lib = join(path, "lib");
        const site = join(lib, [...readdirSync(lib)][0] as string, "site-packages");
        const manager = join(site, "bandit", "core", "manager.py");
        rmSync(manager, { force: true });
        writeFileSync(manager, "def broken(:\n");
        rmSync(join(site, "bandit", "core", "__pycache__"), { recursive: true, force: true });
        return true;
      },
      installed(path, key) {
        saved.push({ path, key });
      },
    };
  }

  test("a corrupted restored venv passes the file check, fails its first scan, is rebuilt once, and the scan is rerun with findings", async () => {
    const dir = scratch();
    const saved: Array<{ path: string; key: string }> = [];
    const logger = new RecordingLogger();
    const methods: ProvisionMethod[] = [];
    const environment = new BanditEnvironment(dir, "1.9.4", logger, { python, cache: corruptedCache(saved), onReady: (m) => methods.push(m), env: { PATH: dirname(python) } });
    const command = await environment.prepare();
    assert.ok(command?.replace, "restored and accepted from its files, with a way to replace it");
    assert.deepEqual(methods, ["restored"]);

    const scanner = new ProvingScanner(runnerFor(command), { ...command, replace: command.replace }, runnerFor);
    const root = unsafeTree();
    // Head and baseline scan at once: both fail, one rebuild serves both.
    const [head, baseline] = await Promise.all([scanner.scan(root, ["run.py"]), scanner.scan(root, ["run.py"])]);
    for (const result of [head, baseline]) {
      assert.deepEqual(result.findings.map((f) => f.testId), ["B404", "B602"]);
      assert.deepEqual(result.failures, []);
    }
    assert.equal(methods.filter((m) => m !== "restored").length, 1, `installed once: ${methods.join(", ")}`);
    assert.ok(logger.lines.some((l) => /^warning: The Bandit environment .* failed its first scan \(Bandit exited \d+ without writing a report/.test(l)), logger.lines.join("\n"));
    assert.equal(saved.length, 1, "the rebuilt environment is offered to the cache as a newer entry");
    // The environment on disk is the fresh one now: the next run finds it in place.
    const again = await checkEnvironment(join(dir, "bandit-1.9.4"), "1.9.4");
    assert.equal(again.problem, "");
    assert.equal(again.command?.replace, undefined, "one found on disk is not re-proven");
  });

  test("a scan that still fails after the rebuild is reported, never passed; a proven environment's failure is not retried", async () => {
    const root = unsafeTree();
    const broken = { argv: [join(scratch(), "no-such-bandit")], version: "1.9.4" };
    let replacements = 0;
    const scanner = new ProvingScanner(runnerFor(broken), {
      ...broken,
      replace: async () => {
        replacements += 1;
        return broken;
      },
    }, runnerFor);
    await assert.rejects(scanner.scan(root, ["run.py"]), ScanError);
    await assert.rejects(scanner.scan(root, ["run.py"]), ScanError);
    assert.equal(replacements, 1, "rebuilt once, not on every scan");

    // Proven by a first scan that worked, a later failure (here: Bandit gone mid-run) is the scan's own.
    const good = { argv: [join(sharedVenv("1.9.4"), "bin", "bandit")], version: "1.9.4" };
    const runners = [runnerFor(good), runnerFor(broken)];
    let used = 0;
    const workingThenGone = { version: "1.9.4", scan: (r: string, files: readonly string[]) => (runners[Math.min(used++, 1)] as BanditRunner).scan(r, files) };
    let calls = 0;
    const proven = new ProvingScanner(workingThenGone, { ...good, replace: async () => ((calls += 1), good) }, runnerFor);
    assert.deepEqual((await proven.scan(root, ["run.py"])).findings.map((f) => f.testId), ["B404", "B602"]);
    await assert.rejects(proven.scan(root, ["run.py"]), ScanError);
    assert.equal(calls, 0, "a proven environment is never replaced");
  });
});

describe("pruneEnvironment: what is cached is what runs", () => {
  test("removes the dependencies' test suites and share/, and the pruned Bandit still finds what it found", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), venv);
    const count = (dir: string): number => [...readdirSync(dir, { recursive: true })].length;
    const before = count(venv);
    const removed = await pruneEnvironment(venv);
    const after = count(venv);
    assert.ok(removed > 0 && after < before, `${removed} folders removed, ${before} -> ${after} entries`);
    const remaining = [...readdirSync(venv, { recursive: true })].map(String);
    assert.deepEqual(remaining.filter((p) => /(^|\/)tests?(\/|$)/.test(p) && p.includes("site-packages")), []);
    assert.ok(remaining.some((p) => p.endsWith("bandit.dist-info/METADATA") || /bandit-1\.9\.4\.dist-info\/METADATA$/.test(p)), "metadata kept: the version check reads it");
    assert.equal((await checkEnvironment(venv, "1.9.4")).problem, "");
    const root = unsafeTree();
    const result = await runnerFor({ argv: [join(venv, "bin", "bandit")], version: "1.9.4" }).scan(root, ["run.py"]);
    assert.deepEqual(result.findings.map((f) => f.testId), ["B404", "B602"]);
  });
});

/** A copy of a real environment at `to`, timestamps kept (so the bytecode Python wrote stays current) and its scripts naming the copy. */
function relocatedCopyWithBytecode(from: string, to: string): void {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  const script = join(to, "bin", "bandit");
  writeFileSync(script, readFileSync(script, "utf8").replace(/^#!\S+/, `#!${join(to, "bin", "python")}`));
}

/** The environment at `venv` replaced by its packed form (what a warm start unpacks), as the Action's restore leaves it. */
async function packInPlace(venv: string): Promise<{ packages: number; files: number }> {
  const staging = `${venv}.packed`;
  const packed = await packEnvironment(venv, staging);
  rmSync(venv, { recursive: true, force: true });
  renameSync(staging, venv);
  return packed;
}

function siteOf(venv: string): string {
  const lib = join(venv, "lib");
  return join(lib, [...readdirSync(lib)].find((v) => /^python\d/.test(v)) as string, "site-packages");
}

const entries = (dir: string): number => [...readdirSync(dir, { recursive: true })].length;

describe("packEnvironment: the cached form keeps pure-Python packages in one zip", () => {
  for (const version of ["1.9.4", "1.7.5"] as const) {
    test(`Bandit ${version} packed: far fewer files, the same installation digest, bin/bandit and \`python -I -c "import bandit.cli.main"\` work from the zip's bytecode, and it finds what it found`, async () => {
      const venv = join(scratch(), `bandit-${version}`);
      relocatedCopyWithBytecode(sharedVenv(version), venv);
      const before = await checkEnvironment(venv, version);
      assert.equal(before.problem, "");
      const plugins = (python: string) =>
        execFileSync(python, ["-I", "-c", "import importlib.metadata as m; print(sorted(e.name for e in m.entry_points(group='bandit.plugins')))"], { encoding: "utf8" });
      const pluginsBefore = plugins(join(venv, "bin", "python"));
      const countBefore = entries(venv);

      const packed = await packInPlace(venv);
      assert.ok(packed.packages >= 5 && packed.files > 300, `packed ${packed.packages} packages, ${packed.files} files`);
      const site = siteOf(venv);
      const names = [...readdirSync(site)];
      assert.ok(names.includes("bandit-gate-packed.zip") && names.includes("00-bandit-gate-packed.pth"), names.join(" "));
      for (const moved of ["bandit", "rich", "pygments", "stevedore"]) assert.ok(!names.includes(moved), `${moved} is in the zip, not a folder`);
      assert.ok(names.includes(`bandit-${version}.dist-info`), "dist-info stays as files: version, digest and entry points are read there");
      assert.ok(names.includes("libcst"), "a package with native code stays as files");
      assert.ok(entries(venv) * 2 < countBefore, `${countBefore} -> ${entries(venv)} entries`);

      const after = await checkEnvironment(venv, version);
      assert.equal(after.problem, "");
      assert.equal(after.command?.version, version);
      assert.equal(after.command?.installation, before.command?.installation, "the scan cache's key for this Bandit is unchanged");
      assert.equal(plugins(join(venv, "bin", "python")), pluginsBefore, "stevedore's entry points are all still found");
      const loaded = execFileSync(join(venv, "bin", "python"), ["-I", "-c", "import bandit.cli.main, libcst; print(bandit.cli.main.__file__); print(libcst.parse_module('x = 1').code)"], { encoding: "utf8" });
      assert.match(loaded, /bandit-gate-packed\.zip\/bandit\/cli\/main\.pyc\nx = 1/, "bytecode from the zip, libcst's native parser from files");
      assert.match(execFileSync(join(venv, "bin", "bandit"), ["--version"], { encoding: "utf8" }), new RegExp(`^bandit ${version.replace(/\./g, "\\.")}`));
      const result = await runnerFor({ argv: [join(venv, "bin", "bandit")], version }).scan(unsafeTree(), ["run.py"]);
      assert.deepEqual(result.findings.map((f) => f.testId), ["B404", "B602"]);
      // Bandit's Python started ahead (the gate's drivers) imports it from the zip just the same.
      const drivers = BanditDrivers.for([join(venv, "bin", "bandit")], childEnvironment(process.env), 1);
      assert.ok(drivers, "a packed environment's bin/bandit is driven");
      try {
        const driven = await new BanditRunner({ argv: [join(venv, "bin", "bandit")], version }, { config: { kind: "none" }, jobs: 1, drivers: drivers.warm() }).scan(unsafeTree(), ["run.py"]);
        assert.deepEqual(driven, result);
        assert.equal(drivers.processIds().length, 1, "the scan ran in the driver, not in a process of its own");
      } finally {
        await drivers.close();
      }
    });
  }

  test("a packed environment whose zip is cut short, missing, or named outside it is refused by the file check; one damaged inside fails its first scan", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopyWithBytecode(sharedVenv("1.9.4"), venv);
    await packInPlace(venv);
    const zip = join(siteOf(venv), "bandit-gate-packed.zip");
    const pth = join(siteOf(venv), "00-bandit-gate-packed.pth");
    const whole = readFileSync(zip);

    writeFileSync(zip, whole.subarray(0, whole.length - 1000));
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /packed modules .*bandit-gate-packed\.zip are truncated/);
    writeFileSync(zip, Buffer.concat([whole, Buffer.from("padding")]));
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /packed modules .* are truncated/, "padding moves the end record: refused as well");
    rmSync(zip);
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /packed modules .* are missing/);
    writeFileSync(zip, whole);
    writeFileSync(pth, "/etc\n");
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /names \/etc, outside the environment/);
    writeFileSync(pth, "bandit-gate-packed.zip\n");
    assert.equal((await checkEnvironment(venv, "1.9.4")).problem, "", "whole again: accepted");

    // Damage inside a member the scan loads: the zip's records are intact, so only a scan can tell.
    const member = whole.indexOf(Buffer.from("bandit/core/manager.pyc"));
    assert.ok(member > 0);
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, member + 100, member + 4000);
    writeFileSync(zip, damaged);
    const checked = await checkEnvironment(venv, "1.9.4");
    assert.equal(checked.problem, "");
    await assert.rejects(runnerFor(checked.command as BanditCommand).scan(unsafeTree(), ["run.py"]), ScanError);
  });

  test("a restored packed environment that is cut short is ignored with a warning and Bandit is installed afresh", async () => {
    const source = join(scratch(), "bandit-1.9.4");
    relocatedCopyWithBytecode(sharedVenv("1.9.4"), source);
    const dir = scratch();
    const logger = new RecordingLogger();
    const methods: ProvisionMethod[] = [];
    const python = execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
    const cache: EnvironmentCache = {
      async restore(path) {
        await packEnvironment(source, path);
        const script = join(path, "bin", "bandit");
        writeFileSync(script, readFileSync(script, "utf8").replace(/^#!\S+/, `#!${join(path, "bin", "python")}`));
        const zip = join(siteOf(path), "bandit-gate-packed.zip");
        writeFileSync(zip, readFileSync(zip).subarray(0, 5000));
        return true;
      },
      installed() {},
    };
    const command = await provisionBandit(dir, "1.9.4", logger, { python, cache, onReady: (m) => methods.push(m), env: { PATH: dirname(python), RUNNER_OS: "Linux", RUNNER_ARCH: "X64" } });
    assert.ok(logger.lines.some((l) => /^warning: The cached Bandit environment .* is unusable \(its packed modules .* are truncated/.test(l)), logger.lines.join("\n"));
    assert.ok(methods.length === 1 && methods[0] !== "restored", methods.join(", "));
    const result = await runnerFor(command).scan(unsafeTree(), ["run.py"]);
    assert.deepEqual(result.findings.map((f) => f.testId), ["B404", "B602"]);
  });
});

describe("locateBanditEarly with a cache: the restore starts before the search is over", () => {
  /** A cache that records its restores and restores nothing. */
  function recordingCache(restores: string[]): EnvironmentCache {
    return {
      async restore(_path, key) {
        restores.push(key);
        return false;
      },
      installed() {},
    };
  }

  test("no `bandit` on PATH: the restore is started at once, and a `python3 -m bandit` that answers is still the one used", async () => {
    const bin = join(scratch(), "bin");
    mkdirSync(bin);
    // python3 that has Bandit (the shared environment's), and no `bandit` script on PATH.
    // (A wrapper: a symlink to a venv's python3 from elsewhere would start the base Python.)
    writeFileSync(join(bin, "python3"), `#!/bin/sh\nexec ${join(sharedVenv("1.9.4"), "bin", "python3")} "$@"\n`);
    chmodSync(join(bin, "python3"), 0o755);
    const restores: string[] = [];
    const dir = scratch();
    const bandit = locateBanditEarly({ env: { PATH: bin }, provision: { dir, version: "1.9.4", cache: recordingCache(restores) } }, new RecordingLogger());
    const command = await bandit.command();
    assert.deepEqual(command.argv, ["python3", "-m", "bandit"], "the search's answer wins over the pinned environment");
    for (let i = 0; i < 200 && restores.length === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    assert.equal(restores.length, 1, "the restore was started without waiting for the search (and is left unused)");
  });

  test("`bandit` on PATH: nothing is restored, and a configured Bandit starts nothing of the pinned one", async () => {
    const bin = join(scratch(), "bin");
    mkdirSync(bin);
    symlinkSync(join(sharedVenv("1.9.4"), "bin", "bandit"), join(bin, "bandit"));
    const restores: string[] = [];
    const found = await locateBanditEarly({ env: { PATH: bin }, provision: { dir: scratch(), version: "1.9.4", cache: recordingCache(restores) } }, new RecordingLogger()).command();
    assert.equal(found.version, "1.9.4");
    const configured = await locateBanditEarly(
      { explicit: join(sharedVenv("1.9.4"), "bin", "bandit"), env: { PATH: "" }, provision: { dir: scratch(), version: "1.9.4", cache: recordingCache(restores) } },
      new RecordingLogger(),
    ).command();
    assert.equal(configured.version, "1.9.4");
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(restores, []);
  });
});
