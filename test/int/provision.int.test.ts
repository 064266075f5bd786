/**
 * Provisioning Bandit: what counts as a usable environment (a restored one may come from
 * anywhere), the cache key, and the installers' order (uv only if present, then the runner's
 * pip, then a venv with its own pip).
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { checkEnvironment, environmentKey, provisionBandit, type EnvironmentCache, type ProvisionMethod } from "../../src/adapters/bandit/provision.js";
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

  test("an environment whose Python no longer starts (base interpreter gone) is refused", async () => {
    const venv = join(scratch(), "bandit-1.9.4");
    relocatedCopy(sharedVenv("1.9.4"), venv);
    const python = join(venv, "bin", "python");
    unlinkSync(python);
    writeFileSync(python, "#!/bin/sh\nexit 127\n");
    chmodSync(python, 0o755);
    assert.match((await checkEnvironment(venv, "1.9.4")).problem, /its Python fails \(exit 127\)/);
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
    assert.match(environmentKey(base), /^bandit-gate-env-v1-Linux-X64-CPython3\.12-bandit1\.9\.4-[0-9a-f]{16}$/);
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
