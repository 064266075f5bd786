import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { banditSection, gateFileKind } from "../../src/core/gate/gate-files.js";

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
