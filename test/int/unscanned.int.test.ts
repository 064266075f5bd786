import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, checkJson } from "../helpers/repo.js";

// Changed files that may hold Python but are not given to Bandit are named in one note
// instead of disappearing from the report.

const CODE = `def greet(name):\n    return "hello " + name\n`;
const RISKY = `import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`;
const NOTEBOOK = JSON.stringify({
  cells: [{ cell_type: "code", source: [RISKY], metadata: {}, outputs: [], execution_count: null }],
  metadata: {},
  nbformat: 4,
  nbformat_minor: 5,
});

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

function project(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", CODE).commit("main");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

const NOTE = /may hold Python but are not scanned by Bandit/;

describe("files the gate cannot judge", () => {
  test("a notebook, a .py symbolic link, a submodule and a shebang-less executable are named in one note", async () => {
    const repo = project();
    const library = project();
    library.write("lib.py", RISKY).commit("lib");
    repo.write("analysis.ipynb", NOTEBOOK);
    repo.write("real/risky_impl.txt", RISKY);
    symlinkSync("real/risky_impl.txt", join(repo.dir, "linked.py"));
    repo.write("bin/tool", RISKY);
    chmodSync(join(repo.dir, "bin/tool"), 0o755);
    repo.write("bin/deploy", `#!/bin/sh\necho deploy\n`);
    chmodSync(join(repo.dir, "bin/deploy"), 0o755);
    repo.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.dir, "vendor/lib");
    repo.commit("agent");
    const { code, report } = await checkJson(repo.dir, ["--base", "main", "--no-notebooks"]);
    assert.equal(code, 0, JSON.stringify(report));
    const notes = report.notes.filter((n) => NOTE.test(n));
    assert.equal(notes.length, 1, report.notes.join("\n"));
    const note = notes[0] as string;
    assert.match(note, /^4 changed file\(s\)/);
    assert.match(note, /analysis\.ipynb \(notebook\)/);
    assert.match(note, /linked\.py \(symbolic link\)/);
    assert.match(note, /vendor\/lib \(submodule\)/);
    assert.match(note, /bin\/tool \(executable, no python shebang\)/);
    // A shell script with its own shebang, and plain data files, do not cry wolf.
    assert.doesNotMatch(note, /bin\/deploy|\.gitmodules|risky_impl/);
  });

  test("a notebook added next to ordinary Python (working tree, untracked) is named; the .py is still judged", async () => {
    const repo = project();
    repo.write("analysis.ipynb", NOTEBOOK);
    repo.write("app/tasks.py", CODE + "\n\n" + RISKY);
    const { code, report } = await checkJson(repo.dir, ["--base", "main", "--no-notebooks"]);
    assert.equal(code, 1, JSON.stringify(report));
    assert.ok(report.regressions.some((r) => r.test_id === "B602"));
    assert.ok(report.notes.some((n) => NOTE.test(n) && n.includes("analysis.ipynb (notebook)")), report.notes.join("\n"));
  });

  test("an extensionless script with a python shebang but no exec bit is judged, not just named", async () => {
    const repo = project();
    repo.write("scripts/deploy", `#!/usr/bin/env python3\n${RISKY}`);
    repo.commit("agent");
    const { code, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(code, 1, JSON.stringify(report));
    assert.ok(report.regressions.some((r) => r.path === "scripts/deploy" && r.test_id === "B602"));
    assert.ok(!report.notes.some((n) => NOTE.test(n)), report.notes.join("\n"));
  });
});
