import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { probeBandit } from "../../src/adapters/bandit/run.js";
import { readInstalledBandit } from "../../src/adapters/bandit/metadata.js";
import { BANDIT } from "../helpers/repo.js";

test("reading the installation gives what `bandit --version` says (the real Bandit under test)", async () => {
  const asked = await probeBandit([BANDIT]);
  assert.ok(asked, `${BANDIT} answers --version`);
  const read = await readInstalledBandit([BANDIT]);
  if (read === undefined) {
    // Not a virtual environment we can read: the caller falls back to asking, which is fine.
    assert.ok(!BANDIT.includes(".venv/"), "scripts/setup.sh's virtual environments are readable");
    return;
  }
  const { installation, ...banner } = read;
  assert.deepEqual(banner, asked);
  assert.match(installation ?? "", /^[0-9a-f]{16}$/, "the installation's metadata is read too (the scan cache keys on it)");
});

test("anything ambiguous or broken falls back to asking Bandit", async () => {
  const prefix = mkdtempSync(join(tmpdir(), "bandit-gate-venv-"));
  try {
    const bin = join(prefix, "bin");
    const site = join(prefix, "lib", "python3.11", "site-packages");
    mkdirSync(bin, { recursive: true });
    mkdirSync(join(site, "bandit-1.9.4.dist-info"), { recursive: true });
    writeFileSync(join(bin, "python"), "#!/bin/sh\n");
    chmodSync(join(bin, "python"), 0o755);
    writeFileSync(join(bin, "bandit"), `#!${join(bin, "python")}\n`);
    chmodSync(join(bin, "bandit"), 0o755);
    writeFileSync(join(prefix, "pyvenv.cfg"), "home = /usr/bin\nversion = 3.11.9\n");
    const { installation, ...read } = (await readInstalledBandit([join(bin, "bandit")])) ?? {};
    assert.deepEqual(read, {
      argv: [join(bin, "bandit")],
      version: "1.9.4",
      details: "bandit 1.9.4; python 3.11",
    });
    assert.match(installation ?? "", /^[0-9a-f]{16}$/);
    assert.equal(await readInstalledBandit(["bandit"], { PATH: bin }).then((b) => b?.version), "1.9.4", "found on PATH");
    assert.equal(await readInstalledBandit([join(bin, "python"), "-m", "bandit"]), undefined, "python -m bandit is asked");
    mkdirSync(join(site, "bandit-1.7.5.dist-info"));
    assert.equal(await readInstalledBandit([join(bin, "bandit")]), undefined, "two versions installed: ask");
    rmSync(join(site, "bandit-1.7.5.dist-info"), { recursive: true });
    rmSync(join(prefix, "pyvenv.cfg"));
    assert.equal(await readInstalledBandit([join(bin, "bandit")]), undefined, "not a virtual environment: ask");
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
