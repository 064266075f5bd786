import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TempRepo, checkJson, runCli, BANDIT } from "../helpers/repo.js";
import type { ReportDocument } from "../../src/core/report/report.js";

const BASE_APP = `import subprocess


def run(cmd):
    return subprocess.call(cmd, shell=True)


def greet(name):
    return "hello " + name
`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** main with BASE_APP committed, then a branch agent/work checked out. */
function branchedRepo(files: Record<string, string> = { "app/tasks.py": BASE_APP }): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

function kinds(report: ReportDocument): string[] {
  return report.regressions.map((r) => `${r.kind}:${r.test_id}:${r.path}:${r.line}`);
}

describe("regression kinds", () => {
  test("a new finding is a regression with exit 1, and the text report shows the flagged line", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP + `\n\ndef load(blob):\n    import pickle\n    return pickle.loads(blob)\n`);
    repo.commit("agent change");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B403:app/tasks.py:13", "new:B301:app/tasks.py:14"]);
    assert.equal(report.regressions[1]?.function, "load");
    assert.equal(report.counts.unchanged, 2, "the existing B404 and B602 are unchanged");
    const text = await runCli(repo.dir, ["check", "--quiet"]);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /app\/tasks\.py\n/);
    assert.match(text.stdout, /> return pickle\.loads\(blob\)/);
    assert.doesNotMatch(text.stdout, /\x1b\[/, "no colour when stdout is not a TTY");
  });

  test("a # nosec added by the branch is a 'suppressed' regression; --nosec honor accepts it", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP.replace("shell=True)", "shell=True)  # nosec"));
    repo.commit("hide it");
    const strict = await checkJson(repo.dir);
    assert.equal(strict.code, 1);
    assert.deepEqual(kinds(strict.report), ["suppressed:B602:app/tasks.py:5"]);
    const honour = await checkJson(repo.dir, ["--nosec", "honor"]);
    assert.equal(honour.code, 0);
    assert.equal(honour.report.counts.regressions, 0);
  });

  test("a new finding hidden by a new # nosec is reported as suppressed", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP + `\n\ndef ev(x):\n    return eval(x)  # nosec B307\n`);
    repo.commit("new hidden");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["suppressed:B307:app/tasks.py:13"]);
  });

  test("a nosec that stood at the baseline on an unchanged line is honoured", async () => {
    const repo = branchedRepo({ "app/tasks.py": BASE_APP.replace("shell=True)", "shell=True)  # nosec B602") });
    repo.write("app/tasks.py", "# moved down\n\n" + BASE_APP.replace("shell=True)", "shell=True)  # nosec B602"));
    repo.commit("shift");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 0, JSON.stringify(report?.regressions));
  });

  test("an escalated severity against a stored baseline recorded with a milder rating", async () => {
    const repo = branchedRepo();
    const made = await runCli(repo.dir, ["baseline", "--output", ".bandit-baseline.json"]);
    assert.equal(made.code, 0, made.stderr);
    const stored = JSON.parse(repo.read(".bandit-baseline.json"));
    const entry = stored.files["app/tasks.py"].findings.find((f: { test_id: string }) => f.test_id === "B602");
    entry.severity = "LOW"; // as an older Bandit (or rule set) rated it
    repo.write(".bandit-baseline.json", JSON.stringify(stored));
    repo.write("app/tasks.py", "\n" + BASE_APP); // changed, so rescanned
    const { code, report } = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["escalated:B602:app/tasks.py:6"]);
    assert.equal(report.regressions[0]?.baseline_severity, "LOW");
  });

  test("thresholds filter what counts", async () => {
    const repo = branchedRepo();
    repo.write("app/extra.py", "import random\n\n\ndef token():\n    return random.random()\n");
    repo.commit("low severity only");
    const all = await checkJson(repo.dir);
    assert.equal(all.code, 1);
    assert.deepEqual(kinds(all.report), ["new:B311:app/extra.py:5"]);
    const medium = await checkJson(repo.dir, ["--severity-level", "medium"]);
    assert.equal(medium.code, 0);
    const bad = await runCli(repo.dir, ["check", "--severity-level", "severe", "--nosec", "maybe"]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--severity-level must be one of/);
    assert.match(bad.stderr, /--nosec must be/, "every problem is reported, not just the first");
  });

  test("fixed findings are reported", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP.replace("subprocess.call(cmd, shell=True)", "len(cmd)"));
    repo.commit("fix it");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 0);
    assert.deepEqual(report.fixed.map((f) => f.test_id), ["B602"]);
  });
});

describe("benign refactors produce no regression", () => {
  const cases: Record<string, (repo: TempRepo) => void> = {
    "shifted lines": (r) => r.write("app/tasks.py", '"""Tasks."""\n\n\n' + BASE_APP),
    "function moved within the file": (r) =>
      r.write(
        "app/tasks.py",
        `import subprocess\n\n\ndef greet(name):\n    return "hello " + name\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n`,
      ),
    "re-indented into a class": (r) =>
      r.write(
        "app/tasks.py",
        `import subprocess\n\n\nclass Runner:\n    def run(self, cmd):\n        return subprocess.call(cmd,   shell=True)\n`,
      ),
    "neighbouring lines edited": (r) =>
      r.write("app/tasks.py", BASE_APP.replace("def run(cmd):\n", "def run(cmd):\n    print('running', cmd)\n")),
    "file renamed": (r) => r.move("app/tasks.py", "app/jobs.py"),
    "file renamed and edited": (r) => {
      r.move("app/tasks.py", "app/jobs.py");
      r.write("app/jobs.py", r.read("app/jobs.py") + "\n\ndef bye():\n    return 'bye'\n");
    },
  };
  for (const [name, change] of Object.entries(cases)) {
    test(name, async () => {
      const repo = branchedRepo();
      change(repo);
      repo.commit(name);
      const { code, report, stderr } = await checkJson(repo.dir);
      assert.equal(code, 0, `${stderr}\n${JSON.stringify(report?.regressions, null, 1)}`);
      assert.equal(report.counts.unchanged, 2, "B404 and B602 matched");
      assert.equal(report.counts.fixed, 0);
    });
  }

  test("a duplicated vulnerable line is new (multiset, not set)", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP + "\n\ndef run2(cmd):\n    return subprocess.call(cmd, shell=True)\n");
    repo.commit("copy");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(kinds(report), ["new:B602:app/tasks.py:13"]);
    assert.equal(report.regressions[0]?.fingerprint.endsWith(":1"), true, "second occurrence of the identity");
  });
});

describe("what gets scanned", () => {
  test("no changed Python files passes fast and says so", async () => {
    const repo = branchedRepo();
    repo.write("README.md", "docs\n");
    repo.commit("docs");
    const run = await runCli(repo.dir, ["check"], { BANDIT_GATE_BANDIT: "/nonexistent/bandit" });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /no security regressions in 0 changed Python files/);
  });

  test("deleted files are skipped; extensionless python scripts, .pyw, spaces and non-ASCII paths are scanned", async () => {
    const repo = branchedRepo({ "app/tasks.py": BASE_APP, "old.py": "import pickle\n" });
    repo.remove("old.py");
    repo.write("bin/tool", "#!/usr/bin/env python3\nimport os\nos.system(input())\n");
    repo.write("bin/notes", "plain text, no shebang\n");
    repo.write("gui/win.pyw", "exec(input())\n");
    repo.write("dir with space/ünïcode módulo.py", "eval(input())\n");
    repo.commit("many");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(report.scanned.files, ["bin/tool", "dir with space/ünïcode módulo.py", "gui/win.pyw"]);
    assert.deepEqual(
      report.regressions.map((r) => `${r.path}:${r.test_id}`).sort(),
      ["bin/tool:B605", "dir with space/ünïcode módulo.py:B307", "gui/win.pyw:B102"],
    );
  });

  test("symbolic links are not scanned as Python (their content is a path)", async () => {
    const repo = branchedRepo();
    symlinkSync("../../outside/target.py", join(repo.dir, "app", "link.py"));
    repo.commit("a link");
    for (const args of [[], ["--head", "HEAD"]]) {
      const { code, report, stderr } = await checkJson(repo.dir, args);
      assert.equal(code, 0, `${args.join(" ")}: ${stderr}`);
      assert.deepEqual(report.scanned.files, []);
    }
  });

  test("files under .github/ are scanned (Bandit's default excludes would drop them)", async () => {
    const repo = branchedRepo();
    repo.write(".github/scripts/deploy.py", "import subprocess\nsubprocess.call(input(), shell=True)\n");
    repo.commit("ci script");
    const { report } = await checkJson(repo.dir);
    assert.ok(report.regressions.some((r) => r.path === ".github/scripts/deploy.py" && r.test_id === "B602"));
  });

  test("include/exclude globs and PATHS restrict the judged files", async () => {
    const repo = branchedRepo();
    repo.write("src/a.py", "eval(input())\n").write("tests/test_a.py", "eval(input())\n");
    repo.commit("two");
    const excluded = await checkJson(repo.dir, ["--exclude", "tests/**"]);
    assert.deepEqual(excluded.report.scanned.files, ["src/a.py"]);
    const included = await checkJson(repo.dir, ["--include", "tests/**"]);
    assert.deepEqual(included.report.scanned.files, ["tests/test_a.py"]);
    const byPath = await checkJson(join(repo.dir, "tests"), ["."]);
    assert.deepEqual(byPath.report.scanned.files, ["tests/test_a.py"]);
  });

  test("uncommitted and untracked work is judged from the working tree, and the tree is left untouched", async () => {
    const repo = branchedRepo();
    repo.write("app/new_module.py", "import pickle\n");
    repo.write("app/tasks.py", BASE_APP + "\nexec('1')\n");
    const statusBefore = repo.git("status", "--porcelain");
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    assert.deepEqual(report.scanned.files, ["app/new_module.py", "app/tasks.py"]);
    assert.equal(repo.git("status", "--porcelain"), statusBefore);
  });

  test("more files than one Bandit command line holds", async () => {
    const repo = branchedRepo();
    const longDir = "pkg/" + "a_rather_long_directory_name_to_fill_the_command_line_".repeat(3);
    for (let i = 0; i < 400; i += 1) repo.write(`${longDir}/module_${i}.py`, i === 399 ? "exec(input())\n" : `X = ${i}\n`);
    repo.commit("many files");
    const { code, report } = await checkJson(repo.dir, ["--jobs", "2"]);
    assert.equal(code, 1);
    assert.equal(report.scanned.files.length, 400);
    assert.deepEqual(kinds(report), [`new:B102:${longDir}/module_399.py:1`]);
  });
});

describe("failures are loud", () => {
  test("a changed file with a syntax error fails with exit 3 naming it", async () => {
    const repo = branchedRepo();
    repo.write("app/broken.py", "def broken(:\n    pass\n");
    repo.commit("broken");
    const run = await checkJson(repo.dir);
    assert.equal(run.code, 3);
    assert.deepEqual(run.report.scan_errors.map((e) => e.path), ["app/broken.py"]);
    assert.match(run.stderr, /app\/broken\.py/);
    const allowed = await checkJson(repo.dir, ["--allow-scan-errors"]);
    assert.equal(allowed.code, 0);
  });

  test("Bandit missing: a clear message saying how to install it, exit 2", async () => {
    const repo = branchedRepo();
    repo.write("app/x.py", "eval(input())\n");
    repo.commit("x");
    const onlyGit = mkdtempSync(join(tmpdir(), "bandit-gate-path-"));
    symlinkSync(execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim(), join(onlyGit, "git"));
    const run = await runCli(repo.dir, ["check"], { BANDIT_GATE_BANDIT: "", PATH: onlyGit });
    rmSync(onlyGit, { recursive: true, force: true });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Bandit was not found/);
    assert.match(run.stderr, /pip install --user "bandit\[toml\]==1\.9\.4"/);
  });

  test("outside a git repository: exit 2", async () => {
    const run = await runCli("/", ["check"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /not inside a git repository/);
  });

  test("an unknown --base: exit 2 naming it", async () => {
    const repo = branchedRepo();
    const run = await runCli(repo.dir, ["check", "--base", "no-such-ref"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /"no-such-ref" does not exist/);
  });
});

describe("baseline file", () => {
  test("baseline --output then check --baseline: unchanged passes, new fails, secrets never stored or reported", async () => {
    const secret = "s3cr3t-Pa55word-xyz";
    const repo = branchedRepo({ "app/tasks.py": BASE_APP, "app/conf.py": `DB_PASSWORD = "${secret}"\n` });
    const made = await runCli(repo.dir, ["baseline", "--output", ".bandit-baseline.json"]);
    assert.equal(made.code, 0, made.stderr);
    const text = repo.read(".bandit-baseline.json");
    assert.ok(!text.includes(secret), "the baseline file must not contain the password");
    assert.ok(!text.includes("hardcoded password:"), "nor Bandit's message that quotes it");
    const stored = JSON.parse(text);
    assert.equal(stored.schema, "bandit-gate/baseline");
    assert.equal(stored.files["app/conf.py"].findings[0].test_id, "B105");

    const clean = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(clean.code, 0);
    assert.equal(clean.report.scanned.files.length, 0, "unchanged files are not rescanned");
    assert.equal(clean.report.counts.unchanged, 3, "B404, B602 and B105");

    repo.write("app/conf.py", `DB_PASSWORD = "${secret}"\nAPI_TOKEN = "${secret}-2"\n`);
    repo.move("app/tasks.py", "app/renamed_tasks.py");
    const dirty = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(dirty.code, 1);
    assert.deepEqual(kinds(dirty.report), ["new:B105:app/conf.py:2"]);
    for (const format of ["json", "text", "sarif", "markdown"]) {
      const out = await runCli(repo.dir, ["check", "--baseline", ".bandit-baseline.json", "--format", format, "--quiet"]);
      assert.ok(!out.stdout.includes(secret), `${format} report must not contain the password`);
    }
  });

  test("a broken baseline file is a configuration error naming the file and the fix", async () => {
    const repo = branchedRepo();
    repo.write("bad.json", JSON.stringify({ results: [] }));
    const run = await runCli(repo.dir, ["check", "--baseline", "bad.json"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /bad\.json is not usable/);
    assert.match(run.stderr, /bandit-gate baseline --output \S*bad\.json/);
  });
});

describe("report formats", () => {
  test("sarif and markdown carry every regression; --output writes the file", async () => {
    const repo = branchedRepo();
    repo.write("app/tasks.py", BASE_APP + "\n\ndef ev(x):\n    return eval(x)\n");
    repo.commit("eval");
    const run = await runCli(repo.dir, ["check", "--format", "sarif", "--output", "out/report.sarif", "--quiet"]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /FAIL/);
    const sarif = JSON.parse(readFileSync(join(repo.dir, "out/report.sarif"), "utf8"));
    assert.equal(sarif.version, "2.1.0");
    const [result] = sarif.runs[0].results;
    assert.equal(result.ruleId, "B307");
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, "app/tasks.py");
    assert.match(result.partialFingerprints["banditGateIdentity/v2"], /^[0-9a-f]{32}:0$/);
    const md = await runCli(repo.dir, ["check", "--format", "markdown", "--quiet"]);
    assert.match(md.stdout, /\| new \| `app\/tasks\.py:13` in `ev` \| B307/);
  });
});

test("the Bandit under test is the one configured", async () => {
  assert.ok(BANDIT.length > 0);
});
