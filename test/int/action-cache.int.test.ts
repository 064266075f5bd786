/**
 * The Action (dist/) against a local stand-in of GitHub's cache service (test/helpers/cache-server.ts)
 * on a runner without Bandit: the first run installs Bandit and saves both the Bandit environment
 * and the scan cache; a second run on a fresh runner restores both and installs nothing. A
 * corrupted entry costs an install, never the gate.
 */
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { CacheServer } from "../helpers/cache-server.js";
import { TempRepo, git } from "../helpers/repo.js";

const ZEROS = "0".repeat(40);
const SAFE = "import subprocess\n\n\ndef run(args):\n    return subprocess.run(args, check=True)\n";
const UNSAFE = "import subprocess\n\n\ndef run(args):\n    return subprocess.run(args, shell=True, check=True)\n";

const cleanup: Array<() => void> = [];
let bin = "";

beforeAll(() => {
  assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)");
  // The runner's Python: one with its own pip (like setup-python's) and certainly no Bandit.
  const scratch = mkdtempSync(join(tmpdir(), "bandit-gate-runner-python-"));
  cleanup.push(() => rmSync(scratch, { recursive: true, force: true }));
  execFileSync("python3", ["-m", "venv", join(scratch, "python")]);
  const tools = join(scratch, "bin");
  execFileSync("mkdir", [tools]);
  // The venv's own bin/ on PATH: a symlink to its python3 elsewhere would start the base Python.
  bin = `${tools}:${join(scratch, "python", "bin")}`;
  symlinkSync(execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(), join(tools, "git"));
  // Where @actions/cache finds tar and zstd.
  for (const tool of ["tar", "zstd", "zstdmt", "unzstd", "gzip"]) {
    const path = execFileSync("sh", ["-c", `command -v ${tool} || true`], { encoding: "utf8" }).trim();
    if (path) symlinkSync(path, join(tools, tool));
  }
});
afterAll(() => cleanup.forEach((f) => f()));

/** A clone of a branch that turns a safe subprocess call into shell=True. */
function workspace(): string {
  const author = new TempRepo();
  cleanup.push(() => author.dispose());
  author.write("svc/run.py", SAFE).commit("safe runner");
  author.git("checkout", "-q", "-b", "agent/feature");
  author.write("svc/run.py", UNSAFE).commit("agent: simplify runner");
  author.git("checkout", "-q", "main");
  const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
  cleanup.push(() => rmSync(parent, { recursive: true, force: true }));
  git(parent, "clone", "-q", "--no-tags", "--branch", "agent/feature", `file://${author.dir}`, "ws");
  return join(parent, "ws");
}

const payload = { ref: "refs/heads/agent/feature", before: ZEROS, after: "", repository: { default_branch: "main" } };

/** One job on a fresh runner: the same temp path every time (as on hosted runners), emptied first. */
async function job(ws: string, temp: string, server: CacheServer, protocol: "v1" | "v2", extra: Record<string, string> = {}) {
  rmSync(temp, { recursive: true, force: true });
  const env = { PATH: bin, BANDIT_GATE_BANDIT: "", RUNNER_TEMP: temp, RUNNER_OS: "Linux", RUNNER_ARCH: "X64", GITHUB_RUN_ID: String(Date.now()), ...server.env(protocol), ...extra };
  return runAction(ws, "push", payload, {}, env);
}

for (const protocol of ["v2", "v1"] as const) {
  describe(`the Action (dist/) with the cache service (${protocol} protocol)`, () => {
    const server = new CacheServer();
    beforeAll(async () => {
      await server.start();
    });
    afterAll(() => server.stop());

    test("run 1 installs Bandit and saves it and the scan cache; run 2 on a fresh runner restores both and installs nothing", async () => {
      const ws = workspace();
      const temp = mkdtempSync(join(tmpdir(), "bandit-gate-temp-"));
      cleanup.push(() => rmSync(temp, { recursive: true, force: true }));

      const first = await job(ws, temp, server, protocol);
      assert.equal(first.code, 1, first.stdout + first.stderr);
      assert.equal(first.outputs.new, "1");
      assert.match(first.stdout, /installing it once into \S*bandit-gate\/bandit-1\.9\.4/);
      assert.match(first.stdout, /Bandit 1\.9\.4 installed with pip --python/, "the runner's pip fills a venv that has none");
      const environment = server.saved("bandit-gate-env-v2-Linux-X64-CPython3.");
      assert.equal(environment.length, 1, `the Bandit environment is saved: ${server.entries.map((e) => e.key).join(", ")}`);
      assert.match(environment[0]?.key ?? "", /-bandit1\.9\.4-[0-9a-f]{16}-\d+-1$/);
      assert.ok((environment[0]?.archive.length ?? 0) > 100_000, "a real archive, not an empty one");
      assert.equal(server.saved("bandit-gate-scans-v1-").length, 1, "the scan cache is saved");

      const second = await job(ws, temp, server, protocol);
      assert.equal(second.code, 1, second.stdout + second.stderr);
      assert.equal(second.outputs.new, "1");
      assert.doesNotMatch(second.stdout, /installing it once|pip/, "no install on the second run");
      assert.match(second.stdout, /Bandit 1\.9\.4: environment restored from the cache \(bandit-gate-env-v2-/);
      assert.match(second.stdout, /Restored Bandit results cached by bandit-gate-scans-v1-/);
      assert.equal(JSON.parse(second.files["report-json"] as string).bandit_version, "1.9.4");
      assert.equal(server.saved("bandit-gate-env-v2-").length, 1, "a restored environment is not saved again");
      // Restored in its packed form (pure-Python packages in one zip), renamed into place.
      const root = join(temp, "bandit-gate");
      const lib = join(root, "bandit-1.9.4", "lib");
      const site = join(lib, [...readdirSync(lib)][0] as string, "site-packages");
      assert.ok(existsSync(join(site, "bandit-gate-packed.zip")) && !existsSync(join(site, "bandit")), [...readdirSync(site)].join(" "));
      assert.deepEqual([...readdirSync(root)].filter((n) => n.endsWith(".packed")), [], "no staging folder left behind");
      // The job summary's phase table shows where the time went: provisioning, and the scan cache's hits.
      assert.match(second.summary, /<summary>Time by phase \(total [\d.]+ m?s\)<\/summary>/);
      assert.match(second.summary, /\| provision \| [\d.]+ m?s \|/);
      assert.match(second.summary, /scan cache hits: 2/);
      assert.match(first.summary, /files scanned: 2/);
    });

    test("a corrupted environment entry is ignored with a warning: Bandit is installed and the gate still decides", async () => {
      const ws = workspace();
      const temp = mkdtempSync(join(tmpdir(), "bandit-gate-temp-"));
      cleanup.push(() => rmSync(temp, { recursive: true, force: true }));
      const first = await job(ws, temp, server, protocol);
      assert.equal(first.code, 1, first.stdout + first.stderr);
      const key = /Saved the Bandit environment as (\S+)/.exec(first.stdout)?.[1];
      const entry = server.saved().find((e) => e.key === key);
      assert.ok(entry, `the first run saved its environment: ${first.stdout}`);
      entry.archive = Buffer.from("this is not a tar archive\n".repeat(100));

      const second = await job(ws, temp, server, protocol);
      assert.equal(second.code, 1, second.stdout + second.stderr);
      assert.equal(second.outputs.new, "1");
      assert.match(second.stdout, /::warning::Failed to restore/, "the broken entry is reported as a warning");
      assert.match(second.stdout, /installing it once into/, "and Bandit is installed instead");
      assert.doesNotMatch(second.stdout, /::error::(?!bandit-gate: 1 security regression)/, "nothing but the verdict is an error");

      // The rebuilt environment is saved under a newer entry, and that one is what the next run gets.
      const third = await job(ws, temp, server, protocol);
      assert.equal(third.code, 1, third.stdout + third.stderr);
      assert.match(third.stdout, /environment restored from the cache/);
      assert.doesNotMatch(third.stdout, /installing it once/);
    });
  });
}

describe("the Action (dist/) on a self-hosted runner, whose tool cache outlives the job", () => {
  const server = new CacheServer();
  beforeAll(async () => {
    await server.start();
  });
  afterAll(() => server.stop());

  test("the environment installed in RUNNER_TOOL_CACHE is used in place by the next job; corrupted there, it fails its first scan, is rebuilt once and the gate still decides", async () => {
    const ws = workspace();
    const temp = mkdtempSync(join(tmpdir(), "bandit-gate-temp-"));
    const tools = mkdtempSync(join(tmpdir(), "bandit-gate-tools-"));
    cleanup.push(() => rmSync(temp, { recursive: true, force: true }), () => rmSync(tools, { recursive: true, force: true }));
    const extra = { RUNNER_TOOL_CACHE: tools };

    const first = await job(ws, temp, server, "v2", extra);
    assert.equal(first.code, 1, first.stdout + first.stderr);
    assert.match(first.stdout, new RegExp(`installing it once into ${tools}/bandit-gate/bandit-1\\.9\\.4`));

    const second = await job(ws, temp, server, "v2", extra);
    assert.equal(second.code, 1, second.stdout + second.stderr);
    assert.equal(second.outputs.new, "1");
    assert.doesNotMatch(second.stdout, /installing it once|environment restored from the cache/, "found in place: nothing installed, nothing restored");

    // A module of Bandit truncated on disk: every file check passes, the first scan does not.
    const lib = join(tools, "bandit-gate", "bandit-1.9.4", "lib");
    const site = join(lib, [...readdirSync(lib)][0] as string, "site-packages");
    writeFileSync(join(site, "bandit", "core", "manager.py"), "def broken(:\n");
    rmSync(join(site, "bandit", "core", "__pycache__"), { recursive: true, force: true });
    // Without the scan cache's results, so that Bandit has to scan.
    server.entries.splice(0, server.entries.length, ...server.entries.filter((e) => !e.key.startsWith("bandit-gate-scans-")));
    const third = await job(ws, temp, server, "v2", extra);
    assert.equal(third.code, 1, third.stdout + third.stderr);
    assert.equal(third.outputs.new, "1", "the rerun on the rebuilt Bandit finds the regression: a broken environment never passes the gate");
    assert.match(third.stdout, /::warning::The Bandit environment \S+ failed its first scan \(Bandit exited/);
    assert.equal((third.stdout.match(/installing it once into/g) ?? []).length, 1, "rebuilt once");
  });
});
