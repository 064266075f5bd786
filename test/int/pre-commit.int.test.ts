/**
 * The hook under the real pre-commit framework (from PyPI): `pre-commit install` plus real
 * `git commit`s in temp repositories, and `pre-commit try-repo`. pre-commit installs this
 * repository the way a user's machine does (npm, from a git revision, no build step), so the
 * tests run the committed dist/cli. The repository is snapshotted first (tracked and new files
 * as they are in the work tree, committed into a temp repository) so that uncommitted work is
 * what gets tested. pre-commit comes from $BANDIT_GATE_PRE_COMMIT, else PATH. Without it the
 * file is skipped, except in CI (CI=true), where that is a failure.
 */
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BANDIT, GIT_ENV, TempRepo, git, runCli } from "../helpers/repo.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const IN_CI = ["true", "1"].includes((process.env.CI ?? "").toLowerCase());
const PRE_COMMIT = resolvePreCommit();

const BASE = `import subprocess


def run(cmd):
    return subprocess.call(cmd)


def greet(name):
    return "hello " + name
`;
const WITH_SHELL = BASE.replace("subprocess.call(cmd)", "subprocess.call(cmd, shell=True)");
const WITH_EVAL = `${BASE}

def calc(expr):
    return eval(expr)
`;
const HARMLESS = `${BASE}

def shout(name):
    return greet(name).upper()
`;

/** The shared state of this file: one pre-commit home, so pre-commit installs the hook once. */
const shared = { home: "", hookRepo: "", rev: "", cache: "" };
const cleanup: Array<() => void> = [];

function resolvePreCommit(): string | undefined {
  const configured = process.env.BANDIT_GATE_PRE_COMMIT?.trim();
  const candidate = configured || findOnPath("pre-commit", process.env.PATH ?? "");
  if (!candidate) return undefined;
  const probe = spawnSync(candidate, ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? candidate : undefined;
}

function findOnPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const full = join(dir, name);
    try {
      accessSync(full, constants.X_OK);
      return full;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

/** The environment of every git and pre-commit run: temp homes, never the user's caches. */
function hookEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...GIT_ENV,
    PRE_COMMIT_HOME: shared.home,
    PRE_COMMIT_COLOR: "never",
    BANDIT_GATE_CACHE_DIR: shared.cache,
    XDG_CACHE_HOME: join(shared.cache, "xdg"),
    BANDIT_GATE_BANDIT: BANDIT,
    NO_COLOR: "1",
    ...extra,
  };
}

interface Run {
  code: number;
  output: string;
}

function run(cwd: string, program: string, args: string[], env: NodeJS.ProcessEnv = hookEnv()): Run {
  const result = spawnSync(program, args, { cwd, env, encoding: "utf8", timeout: 300_000 });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function commit(repo: TempRepo, message: string, args: string[] = [], env?: NodeJS.ProcessEnv): Run {
  return run(repo.dir, "git", ["commit", "-m", message, ...args], env);
}

/** Copy the work tree's tracked and new (not ignored) files into a fresh repository and commit them. */
function snapshotHookRepository(): { dir: string; rev: string } {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-hook-repo-"));
  const listed = git(REPO_ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const path of listed) {
    const from = join(REPO_ROOT, path);
    if (!existsSync(from)) continue; // deleted in the work tree
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(from, join(dir, path));
  }
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "snapshot of bandit-gate");
  return { dir, rev: git(dir, "rev-parse", "HEAD").trim() };
}

function configYaml(args: string[] = []): string {
  const argLine = args.length > 0 ? `\n        args: [${args.map((a) => JSON.stringify(a)).join(", ")}]` : "";
  return `repos:
  - repo: ${shared.hookRepo}
    rev: ${shared.rev}
    hooks:
      - id: bandit-gate${argLine}
`;
}

/** A repository with `files` and the pre-commit config committed (without the hook), then the hook installed. */
function repoWithHook(files: Record<string, string> = { "app/tasks.py": BASE }, args: string[] = []): TempRepo {
  const repo = new TempRepo();
  cleanup.push(() => repo.dispose());
  repo.write(".pre-commit-config.yaml", configYaml(args));
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.commit("baseline");
  installHook(repo);
  return repo;
}

function installHook(repo: TempRepo): void {
  const installed = run(repo.dir, PRE_COMMIT as string, ["install"]);
  assert.equal(installed.code, 0, installed.output);
}

function head(repo: TempRepo): string {
  return repo.git("rev-parse", "HEAD").trim();
}

if (!PRE_COMMIT && !IN_CI) {
  describe("pre-commit hook", () => {
    // pre-commit is not installed: set BANDIT_GATE_PRE_COMMIT or put pre-commit on PATH (pip install pre-commit)
    test.skip("needs the pre-commit framework", () => {});
  });
} else {
  beforeAll(() => {
    assert.ok(PRE_COMMIT, "pre-commit was not found, and CI=true: CI must provide it (BANDIT_GATE_PRE_COMMIT or pre-commit on PATH)");
    assert.ok(existsSync(join(REPO_ROOT, "dist/cli/index.js")), "dist/cli/index.js must be built (npm run bundle)");
    shared.home = mkdtempSync(join(tmpdir(), "bandit-gate-pre-commit-home-"));
    shared.cache = mkdtempSync(join(tmpdir(), "bandit-gate-user-cache-"));
    const snapshot = snapshotHookRepository();
    shared.hookRepo = snapshot.dir;
    shared.rev = snapshot.rev;
    cleanup.push(() => rmSync(shared.home, { recursive: true, force: true }));
    cleanup.push(() => rmSync(shared.cache, { recursive: true, force: true }));
    cleanup.push(() => rmSync(snapshot.dir, { recursive: true, force: true }));
  });
  afterAll(() => cleanup.forEach((f) => f()));

  describe("pre-commit hook: git commit through pre-commit", () => {
    test("a staged regression blocks the commit and is printed with file, line, rule, severity and source", () => {
      const repo = repoWithHook();
      const before = head(repo);
      repo.write("app/tasks.py", WITH_SHELL);
      repo.git("add", "app/tasks.py");
      const result = commit(repo, "agent: shell out");
      assert.notEqual(result.code, 0, result.output);
      assert.equal(head(repo), before, "no commit was made");
      assert.match(result.output, /bandit-gate.*Failed/);
      assert.match(result.output, /app\/tasks\.py\n\s+5:12\s+B602 HIGH \(confidence HIGH\) \[new\] in run\(\)/);
      assert.match(result.output, /> return subprocess\.call\(cmd, shell=True\)/);
      assert.match(result.output, /bandit-gate FAIL: 1 security regression/);
    });

    test("a staged Python file named like an option is judged as a file, after the hook's own args", () => {
      const repo = repoWithHook({ "app/tasks.py": BASE }, ["--nosec", "new-is-regression"]);
      const name = "--exclude=**/*.py";
      repo.write(name, WITH_SHELL.replace("shell=True)", "shell=True)  # nosec"));
      repo.write("-rf.py", HARMLESS);
      repo.git("add", "-A");
      const result = commit(repo, "files named like flags");
      assert.notEqual(result.code, 0, result.output);
      assert.ok(result.output.includes(`${name}\n`), result.output);
      assert.match(result.output, /B602 HIGH/);
      assert.doesNotMatch(result.output, /Unknown option/);
    });

    test("a commit that changes only a notebook reaches the hook, and a shell call in a cell blocks it", () => {
      const notebook = (code: string) =>
        JSON.stringify({
          nbformat: 4,
          nbformat_minor: 5,
          metadata: { language_info: { name: "python" } },
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["# Report"] },
            { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source: code },
          ],
        });
      const repo = repoWithHook({ "app/tasks.py": BASE, "analysis.ipynb": notebook("import subprocess\nsubprocess.call(['ls'])\n") });
      const before = head(repo);
      repo.write("analysis.ipynb", notebook("import subprocess\nsubprocess.call(input(), shell=True)\n"));
      repo.git("add", "analysis.ipynb");
      const result = commit(repo, "agent: notebook shells out");
      assert.notEqual(result.code, 0, result.output);
      assert.equal(head(repo), before, "no commit was made");
      assert.match(result.output, /analysis\.ipynb\n\s+cell 2, line 2 B602 HIGH \(confidence HIGH\) \[new\]/);
    });

    test("a clean change passes", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", HARMLESS);
      repo.git("add", "app/tasks.py");
      const result = commit(repo, "add shout");
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, /bandit-gate.*Passed/);
    });

    test("a pure rename passes", () => {
      const repo = repoWithHook();
      repo.git("mv", "app/tasks.py", "app/jobs.py");
      const result = commit(repo, "rename");
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, /bandit-gate.*Passed/);
    });

    test("a line shift passes", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", `"""Tasks."""\n\nimport os\n\n${BASE}`);
      repo.git("add", "app/tasks.py");
      const result = commit(repo, "docstring");
      assert.equal(result.code, 0, result.output);
    });

    test("a partially staged file is judged by its staged part: bad but unstaged passes", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", HARMLESS);
      repo.git("add", "app/tasks.py");
      repo.write("app/tasks.py", HARMLESS.replace("subprocess.call(cmd)", "subprocess.call(cmd, shell=True)"));
      const result = commit(repo, "staged part only");
      assert.equal(result.code, 0, result.output);
      assert.equal(repo.git("show", "HEAD:app/tasks.py"), HARMLESS, "the commit holds the staged part");
      assert.match(repo.read("app/tasks.py"), /shell=True/, "pre-commit put the unstaged part back");
    });

    test("a partially staged file is judged by its staged part: staged bad fails even if the work tree undoes it", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", WITH_EVAL);
      repo.git("add", "app/tasks.py");
      repo.write("app/tasks.py", BASE);
      const before = head(repo);
      const result = commit(repo, "staged eval");
      assert.notEqual(result.code, 0, result.output);
      assert.equal(head(repo), before);
      assert.match(result.output, /B307 MEDIUM .*\[new\] in calc\(\)/);
    });

    test("`git commit -- PATH` is judged by the index git builds for it (GIT_INDEX_FILE), not .git/index", () => {
      const PICKLE = "import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n";
      const repo = repoWithHook({ "app/tasks.py": BASE, "app/other.py": "X = 1\n" });
      repo.write("app/other.py", PICKLE);
      repo.git("add", "app/other.py"); // staged in .git/index, but the commit takes the work tree's
      repo.write("app/other.py", "X = 2\n");
      const clean = commit(repo, "only other.py", ["--", "app/other.py"]);
      assert.equal(clean.code, 0, clean.output);
      assert.equal(repo.git("show", "HEAD:app/other.py"), "X = 2\n");

      repo.write("app/other.py", "X = 3\n");
      repo.git("add", "app/other.py");
      repo.write("app/other.py", PICKLE);
      const before = head(repo);
      const blocked = commit(repo, "pickle via path", ["--", "app/other.py"]);
      assert.notEqual(blocked.code, 0, blocked.output);
      assert.equal(head(repo), before);
      assert.match(blocked.output, /app\/other\.py\n\s+1:1\s+B403/);
    });

    test("`git commit -a` judges the work tree's changes it is about to commit", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", WITH_SHELL);
      const before = head(repo);
      const result = commit(repo, "all", ["-a"]);
      assert.notEqual(result.code, 0, result.output);
      assert.equal(head(repo), before);
      assert.match(result.output, /B602 HIGH/);
    });

    test("a repository's first commit: everything staged is new", () => {
      const repo = new TempRepo();
      cleanup.push(() => repo.dispose());
      repo.write(".pre-commit-config.yaml", configYaml());
      installHook(repo);
      repo.write("app/tasks.py", WITH_SHELL);
      repo.git("add", "-A");
      const blocked = commit(repo, "first");
      assert.notEqual(blocked.code, 0, blocked.output);
      assert.match(blocked.output, /B602 HIGH .*\[new\]/);
      assert.match(blocked.output, /baseline empty repository \(first commit\)/);
      repo.write("app/tasks.py", "def greet(name):\n    return 'hello ' + name\n");
      repo.git("add", "-A");
      const clean = commit(repo, "first");
      assert.equal(clean.code, 0, clean.output);
      assert.equal(repo.git("rev-list", "--count", "HEAD").trim(), "1");
    });

    test("args: [--baseline, FILE] compares with a stored baseline file", async () => {
      const repo = repoWithHook({ "app/tasks.py": WITH_SHELL }, ["--baseline", ".bandit-baseline.json"]);
      const stored = await runCli(repo.dir, ["baseline", "--output", ".bandit-baseline.json", "--quiet", "--no-cache"]);
      assert.equal(stored.code, 0, stored.stderr);
      repo.git("add", ".bandit-baseline.json");
      const accepted = commit(repo, "store the baseline (its B602 is known)");
      assert.equal(accepted.code, 0, accepted.output);
      repo.write("app/tasks.py", `${WITH_SHELL}\n\ndef calc(expr):\n    return eval(expr)\n`);
      repo.git("add", "app/tasks.py");
      const blocked = commit(repo, "eval");
      assert.notEqual(blocked.code, 0, blocked.output);
      assert.match(blocked.output, /B307 MEDIUM/);
      assert.doesNotMatch(blocked.output, /B602/, "the stored finding is not a regression");
      assert.match(blocked.output, /baseline file \.bandit-baseline\.json/);
    });

    test("over a range of commits (pre-push, --from-ref/--to-ref) the commits are judged", () => {
      const repo = repoWithHook();
      const start = head(repo);
      repo.write("app/tasks.py", HARMLESS).git("add", "-A");
      assert.equal(commit(repo, "harmless").code, 0);
      const harmless = head(repo);
      repo.write("app/tasks.py", HARMLESS.replace("subprocess.call(cmd)", "subprocess.call(cmd, shell=True)"));
      repo.git("add", "-A");
      assert.equal(commit(repo, "unsafe", ["--no-verify"]).code, 0);
      const range = (from: string, to: string) => run(repo.dir, PRE_COMMIT as string, ["run", "bandit-gate", "--from-ref", from, "--to-ref", to]);
      const clean = range(start, harmless);
      assert.equal(clean.code, 0, clean.output);
      const blocked = range(start, "HEAD");
      assert.notEqual(blocked.code, 0, blocked.output);
      assert.match(blocked.output, /B602 HIGH/);
    });

    test("SKIP=bandit-gate skips the hook once", () => {
      const repo = repoWithHook();
      repo.write("app/tasks.py", WITH_SHELL);
      repo.git("add", "app/tasks.py");
      const result = commit(repo, "skipped", [], hookEnv({ SKIP: "bandit-gate" }));
      assert.equal(result.code, 0, result.output);
      assert.match(result.output, /bandit-gate.*Skipped/);
    });
  });

  describe("pre-commit hook: try-repo and Bandit provisioning", () => {
    test("with no Bandit on PATH, try-repo installs the pinned Bandit once into the cache directory, then reuses it", () => {
      const repo = repoWithHook();
      const cacheDir = mkdtempSync(join(tmpdir(), "bandit-gate-provision-"));
      cleanup.push(() => rmSync(cacheDir, { recursive: true, force: true }));
      const env = hookEnv({ PATH: pathWithoutBandit(cacheDir), BANDIT_GATE_CACHE_DIR: cacheDir });
      delete env.BANDIT_GATE_BANDIT;
      const tryRepo = () => run(repo.dir, PRE_COMMIT as string, ["try-repo", shared.hookRepo, "bandit-gate", "--ref", shared.rev, "--verbose"], env);

      repo.write("app/tasks.py", HARMLESS);
      repo.git("add", "app/tasks.py");
      const first = tryRepo();
      assert.equal(first.code, 0, first.output);
      assert.match(first.output, /Bandit 1\.9\.4 is not installed; installing it once into .*bandit-1\.9\.4/);
      assert.ok(existsSync(join(cacheDir, "bandit-1.9.4")), "the venv is in BANDIT_GATE_CACHE_DIR");
      assert.ok(readdirSync(join(cacheDir, "scans")).length > 0, "the scan cache is beside it");

      repo.write("app/tasks.py", WITH_SHELL);
      repo.git("add", "app/tasks.py");
      const second = tryRepo();
      assert.notEqual(second.code, 0, second.output);
      assert.match(second.output, /B602 HIGH/);
      assert.doesNotMatch(second.output, /installing it once/, "the installed Bandit is reused");
    });
  });
}

/**
 * A PATH on which neither `bandit` nor `python3 -m bandit` finds Bandit, keeping git, node, sh
 * and a python3: directories holding a bandit are dropped, and the tools they held are linked
 * from a directory of their own; a python3 that has Bandit is replaced by a fresh venv's.
 */
function pathWithoutBandit(scratch: string): string {
  const tools = join(scratch, "tools");
  mkdirSync(tools, { recursive: true });
  const original = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const kept = original.filter((dir) => !findOnPath("bandit", dir));
  for (const name of ["git", "node", "nodejs", "npm", "sh", "bash", "env", "python3"]) {
    if (findOnPath(name, kept.join(delimiter))) continue;
    const found = findOnPath(name, original.join(delimiter));
    if (found) symlinkSync(found, join(tools, name));
  }
  let path = [tools, ...kept].join(delimiter);
  const probe = spawnSync("python3", ["-m", "bandit", "--version"], { env: { ...process.env, PATH: path }, encoding: "utf8" });
  if (probe.status === 0) {
    const venv = join(scratch, "plain-python");
    const made = spawnSync("python3", ["-m", "venv", "--without-pip", venv], { env: { ...process.env, PATH: path }, encoding: "utf8" });
    assert.equal(made.status, 0, made.stderr);
    path = [join(venv, "bin"), path].join(delimiter);
  }
  assert.equal(findOnPath("bandit", path), undefined);
  writeFileSync(join(scratch, "PATH.txt"), path);
  return path;
}
