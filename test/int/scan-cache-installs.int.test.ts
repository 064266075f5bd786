/**
 * The scan cache keys on Bandit's installation (distributions, plugin entry points, Bandit's
 * RECORD), not on its `--version` banner: two installs that print the same banner but load a
 * different plugin set must not share entries.
 */
import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BanditRunner, probeBandit, type BanditCommand } from "../../src/adapters/bandit/run.js";
import { findExecutable, readInstalledBandit } from "../../src/adapters/bandit/metadata.js";
import { CachingScanner } from "../../src/adapters/caches/scan-cache.js";
import { BANDIT } from "../helpers/repo.js";

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bandit-gate-${label}-`));
  cleanup.push(dir);
  return dir;
}

/** The site-packages and Python of the Bandit under test (a virtual environment from scripts/setup.sh). */
async function realInstall(): Promise<{ python: string; site: string }> {
  const script = await findExecutable(BANDIT, process.env);
  assert.ok(script, `Bandit not found (${BANDIT})`);
  const python = /^#!(\S+)/.exec(readFileSync(script, "utf8"))?.[1] ?? "";
  assert.ok(python.startsWith("/"), `${script} is a virtual environment's script`);
  const lib = join(dirname(dirname(python)), "lib");
  const version = readdirSync(lib).find((d) => /^python\d+\.\d+$/.test(d));
  assert.ok(version);
  return { python, site: join(lib, version, "site-packages") };
}

const PLUGIN = `import bandit
from bandit.core import test_properties as test


@test.checks("Call")
@test.test_id("B950")
def print_call(context):
    if context.call_function_name == "print":
        return bandit.Issue(severity=bandit.HIGH, confidence=bandit.HIGH, text="print() called")
`;

/**
 * A new virtual environment holding the same Bandit (its packages linked from the real one),
 * so `bandit --version` prints exactly the same; with `plugin`, one more distribution that
 * registers a Bandit plugin.
 */
function install(real: { python: string; site: string }, plugin: boolean): string {
  const prefix = tempDir("venv");
  execFileSync(real.python, ["-m", "venv", "--without-pip", prefix]);
  const lib = join(prefix, "lib");
  const site = join(lib, readdirSync(lib).find((d) => /^python\d+\.\d+$/.test(d)) as string, "site-packages");
  mkdirSync(site, { recursive: true });
  for (const entry of readdirSync(real.site)) {
    if (entry.startsWith("_distutils_hack") || entry.endsWith(".pth")) continue;
    symlinkSync(join(real.site, entry), join(site, entry));
  }
  if (plugin) {
    writeFileSync(join(site, "gate_extra_plugin.py"), PLUGIN);
    const info = join(site, "gate_extra_plugin-1.0.dist-info");
    mkdirSync(info);
    writeFileSync(join(info, "METADATA"), "Metadata-Version: 2.1\nName: gate-extra-plugin\nVersion: 1.0\n");
    writeFileSync(join(info, "entry_points.txt"), "[bandit.plugins]\nprint_call = gate_extra_plugin:print_call\n");
    writeFileSync(join(info, "RECORD"), "");
  }
  const script = join(prefix, "bin", "bandit");
  writeFileSync(script, `#!${join(prefix, "bin", "python")}\nimport sys\nfrom bandit.cli.main import main\nsys.exit(main())\n`);
  chmodSync(script, 0o755);
  return script;
}

describe("scan cache and Bandit installations", () => {
  test("two installs with the same banner but another plugin set do not share entries", async () => {
    const real = await realInstall();
    const plain = install(real, false);
    const extra = install(real, true);
    const plainAsked = await probeBandit([plain]);
    const extraAsked = await probeBandit([extra]);
    assert.ok(plainAsked && extraAsked);
    assert.equal(plainAsked.details, extraAsked.details, "the banners are the same");

    const plainRead = (await readInstalledBandit([plain])) as BanditCommand;
    const extraRead = (await readInstalledBandit([extra])) as BanditCommand;
    assert.ok(plainRead?.installation && extraRead?.installation, "both installations are read");
    assert.notEqual(plainRead.installation, extraRead.installation);

    const root = tempDir("tree");
    writeFileSync(join(root, "app.py"), `print("hello")\n`);
    const dir = tempDir("cache");
    const first = new CachingScanner(new BanditRunner(plainRead, { config: { kind: "none" }, jobs: 1 }), { dir, configDigest: "none", pathDependent: false });
    const before = await first.scan(root, ["app.py"]);
    await first.flush();
    assert.deepEqual(before.findings.map((f) => f.testId), []);
    assert.equal(first.stats.writes, 1);

    const second = new CachingScanner(new BanditRunner(extraRead, { config: { kind: "none" }, jobs: 1 }), { dir, configDigest: "none", pathDependent: false });
    const after = await second.scan(root, ["app.py"]);
    await second.flush();
    assert.equal(second.stats.hits, 0, "the other installation's entry is not reused");
    assert.deepEqual(after.findings.map((f) => f.testId), ["B950"], "the plugin's finding is seen");

    // The same installation still hits its own entries.
    const again = new CachingScanner(new BanditRunner(extraRead, { config: { kind: "none" }, jobs: 1 }), { dir, configDigest: "none", pathDependent: false });
    assert.deepEqual((await again.scan(root, ["app.py"])).findings.map((f) => f.testId), ["B950"]);
    assert.equal(again.stats.hits, 1);
  });

  test("`python -m bandit` is told apart by its installation too", async () => {
    const real = await realInstall();
    const plain = install(real, false);
    const extra = install(real, true);
    const a = await probeBandit([join(dirname(plain), "python"), "-m", "bandit"]);
    const b = await probeBandit([join(dirname(extra), "python"), "-m", "bandit"]);
    assert.ok(a?.installation && b?.installation);
    assert.equal(a.details, b.details);
    assert.notEqual(a.installation, b.installation);
  });
});
