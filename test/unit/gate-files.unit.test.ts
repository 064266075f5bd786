import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { banditSection, gateFileKind } from "../../src/core/gate/gate-files.js";
import { unscannedNote, unscannedReason } from "../../src/core/gate/unscanned.js";

describe("gate files", () => {
  test("which paths decide how the gate judges", () => {
    assert.equal(gateFileKind(".github/workflows/ci.yml"), "workflow");
    assert.equal(gateFileKind(".github/workflows/nested/x.yaml"), "workflow");
    assert.equal(gateFileKind(".github/dependabot.yml"), undefined);
    assert.equal(gateFileKind("docs/.github/workflows/ci.yml"), undefined);
    assert.equal(gateFileKind(".pre-commit-config.yaml"), "hook");
    assert.equal(gateFileKind("bandit.yml"), "bandit-config");
    assert.equal(gateFileKind("sub/.bandit"), undefined);
    assert.equal(gateFileKind("base.json", "base.json"), "baseline-file");
    assert.equal(gateFileKind("base.json"), undefined);
    assert.equal(gateFileKind("pyproject.toml"), "section");
  });

  test("the Bandit part of pyproject.toml and setup.cfg ignores spacing, comments and other tables", () => {
    const a = `[project]\nname = "x"\n[tool.bandit]\nskips = ["B101"]\n[tool.bandit.any_other_function_with_shell_equals_true]\nno_shell = ["x"]\n[tool.black]\nline-length = 88\n`;
    const b = `[project]\nname = "y"\n\n# bandit\n[tool.bandit]\n\nskips = ["B101"]\n[tool.bandit.any_other_function_with_shell_equals_true]\nno_shell = ["x"]\n[tool.black]\nline-length = 100\n`;
    assert.equal(banditSection("pyproject.toml", a), banditSection("pyproject.toml", b));
    assert.notEqual(banditSection("pyproject.toml", a), banditSection("pyproject.toml", a.replace(`no_shell = ["x"]`, `no_shell = ["y"]`)));
    assert.equal(banditSection("pyproject.toml", `[project]\nname = "x"\n`), "");
    assert.equal(banditSection("setup.cfg", "[bandit]\nskips = B101\n[flake8]\nmax = 1\n"), "[bandit]\nskips = B101");
    assert.equal(banditSection("setup.cfg", "[tool:bandit]\nskips = B101\n"), "[tool:bandit]\nskips = B101");
  });
});

describe("files that may be Python but are not scanned", () => {
  const line = (l: string | undefined) => () => l;
  test("notebooks, submodules, links to Python and shebang-less executables are named; others are not", () => {
    assert.equal(unscannedReason("a/b.ipynb", "100644", line(undefined)), "notebook");
    assert.equal(unscannedReason("vendor/x", "160000", line(undefined)), "submodule");
    assert.equal(unscannedReason("x.py", "120000", line(undefined)), "symbolic link");
    assert.equal(unscannedReason("docs/latest", "120000", line(undefined)), undefined);
    assert.equal(unscannedReason("bin/tool", "100755", line("import os")), "executable, no python shebang");
    assert.equal(unscannedReason("bin/tool", "100755", line("#!/usr/bin/env pypy3")), "executable, no python shebang");
    assert.equal(unscannedReason("bin/tool", "100755", line("#!/bin/sh")), undefined);
    assert.equal(unscannedReason("bin/tool", "100755", line("#!/usr/bin/env python3")), undefined);
    assert.equal(unscannedReason("bin/tool", "100644", line("import os")), undefined);
    assert.equal(unscannedReason("bin/tool.sh", "100755", line("import os")), undefined);
  });

  test("the note is one line, at most ten names", () => {
    const files = Array.from({ length: 12 }, (_, i) => ({ path: `n${String(i).padStart(2, "0")}.ipynb`, reason: "notebook" as const }));
    const note = unscannedNote(files);
    assert.ok(!note.includes("\n"));
    assert.match(note, /^12 changed file\(s\)/);
    assert.match(note, /n09\.ipynb \(notebook\), and 2 more\.$/);
  });
});
