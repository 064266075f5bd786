import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Git } from "../../src/adapters/git.js";
import { replayBranchOwners } from "../../src/app/introduced-in.js";
import { introducedIn, parsePorcelainBlame } from "../../src/core/gate/blame.js";
import { GIT_ENV, TempRepo, checkJson } from "../helpers/repo.js";

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** mulberry32: the same "random" history on every machine. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Commit with a committer time of its own, so that "the latest commit of a finding's lines" means something. */
function commitAt(repo: TempRepo, message: string, time: number): string {
  const env = { ...process.env, ...GIT_ENV, GIT_COMMITTER_DATE: `${time} +0000`, GIT_AUTHOR_DATE: `${time} +0000` };
  execFileSync("git", ["add", "-A"], { cwd: repo.dir, env });
  execFileSync("git", ["commit", "-q", "--allow-empty", "-m", message], { cwd: repo.dir, env });
  return repo.git("rev-parse", "HEAD").trim();
}

const lines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n"));
const join_ = (list: readonly string[]) => (list.length === 0 ? "" : `${list.join("\n")}\n`);

/** A line: often repeated text (blank lines, `pass`) so the diffs have choices to make. */
function someLine(random: (n: number) => number, tag: string): string {
  const kinds = ["", "    pass", "    return None", `    value_${tag} = ${random(1000)}`, `def f_${tag}_${random(50)}():`, "# note"];
  return kinds[random(kinds.length)] as string;
}

/** Random inserts, deletes and replacements of a file's lines. */
function edit(random: (n: number) => number, text: string, tag: string, edits: number): string {
  const list = lines(text);
  for (let e = 0; e < edits; e += 1) {
    const at = random(list.length + 1);
    const what = random(3);
    if (what === 0 || list.length === 0) list.splice(at, 0, ...Array.from({ length: 1 + random(3) }, () => someLine(random, tag)));
    else if (what === 1) list.splice(Math.min(at, list.length - 1), 1 + random(2));
    else list.splice(Math.min(at, list.length - 1), 1 + random(2), ...Array.from({ length: 1 + random(2) }, () => someLine(random, tag)));
  }
  return join_(list);
}

/**
 * A baseline of five files, then a linear branch of 4-8 commits that edit them at random, rename
 * one with edits, add one mid-branch and delete one to add it again later.
 */
function linearHistory(seed: number): { repo: TempRepo; base: string; head: string } {
  const random = seeded(seed);
  const repo = new TempRepo();
  repos.push(repo);
  if (seed % 2 === 0) {
    // Settings that change how git prints patches must not change what the replay reads.
    repo.git("config", "diff.interHunkContext", "3");
    repo.git("config", "diff.noprefix", "true");
    repo.git("config", "diff.mnemonicPrefix", "true");
    repo.git("config", "core.quotePath", "true");
  }
  const files = new Map<string, string>();
  for (let i = 0; i < 5; i += 1) {
    const text = join_(Array.from({ length: 20 + random(20) }, (_, k) => (k % 4 === 0 ? `def base_${i}_${k}():` : `    line_${i}_${k} = ${k}`)));
    files.set(`pkg/m${i}.py`, text);
    repo.write(`pkg/m${i}.py`, text);
  }
  let time = 1_700_000_000;
  const base = commitAt(repo, "baseline", time);
  repo.git("checkout", "-q", "-b", "agent/work");
  const count = 4 + random(5);
  const renameAt = 1 + random(count - 1);
  const addAt = random(count);
  const deleteAt = random(count - 1);
  for (let c = 0; c < count; c += 1) {
    const tag = `c${c}`;
    for (const [path, text] of [...files]) {
      if (random(3) === 0) continue;
      const next = edit(random, text, tag, 1 + random(4));
      files.set(path, next);
      repo.write(path, next);
    }
    if (c === renameAt && files.has("pkg/m1.py")) {
      // A few edits on a long file: still similar enough for git to call it a rename.
      const text = files.get("pkg/m1.py") as string;
      files.delete("pkg/m1.py");
      repo.remove("pkg/m1.py");
      const moved = edit(random, text, `${tag}r`, 1);
      files.set(renamed(seed), moved);
      repo.write(renamed(seed), moved);
    }
    if (c === addAt) {
      const text = join_(Array.from({ length: 5 + random(10) }, () => someLine(random, `${tag}n`)));
      files.set("pkg/added.py", text);
      repo.write("pkg/added.py", text);
    }
    if (c === deleteAt && files.has("pkg/m2.py")) {
      files.delete("pkg/m2.py");
      repo.remove("pkg/m2.py");
    } else if (c > deleteAt && !files.has("pkg/m2.py")) {
      const text = join_(Array.from({ length: 3 + random(6) }, () => someLine(random, `${tag}a`)));
      files.set("pkg/m2.py", text);
      repo.write("pkg/m2.py", text);
    }
    time += 60;
    commitAt(repo, `agent: step ${c}\n\nbody ${c}`, time);
  }
  return { repo, base, head: repo.git("rev-parse", "HEAD").trim() };
}

/** Where pkg/m1.py moves: a plain name, or one with a space, a tab-free UTF-8 letter and " b/" in it. */
const renamed = (seed: number) => (seed % 3 === 0 ? "pkg/sub dir/r\u00e9 b/named.py" : "pkg/sub/renamed.py");

function blameOf(repo: TempRepo, base: string, head: string, path: string) {
  return parsePorcelainBlame(repo.git("blame", "--porcelain", `^${base}`, head, "--", path));
}

describe("line owners replayed from one git log equal git blame's", () => {
  test.each([1, 2, 3, 4, 5, 6])("a linear branch with random edits, a rename, an added and a re-added file (seed %i)", async (seed) => {
    const { repo, base, head } = linearHistory(seed);
    const paths = repo.git("ls-tree", "-r", "-z", "--name-only", head).split("\0").filter(Boolean);
    const wanted = new Map(paths.map((p) => [p, lines(repo.git("show", `${head}:${p}`)).length]));
    const git = new Git(repo.dir, { ...process.env, ...GIT_ENV });
    const owners = await replayBranchOwners(git, base, head, wanted);
    assert.deepEqual([...owners.keys()].sort(), [...paths].sort(), "every file is answered without blame");
    let branchLines = 0;
    for (const path of paths) {
      const blame = blameOf(repo, base, head, path);
      const replayed = owners.get(path) ?? [];
      assert.equal(replayed.length, blame.length, path);
      // Commit, boundary, summary and time: the very BlamedLine blame gives.
      for (let i = 0; i < blame.length; i += 1) assert.deepEqual(replayed[i], blame[i], `${path}:${i + 1}`);
      branchLines += blame.filter((l) => !l.boundary).length;
    }
    assert.ok(branchLines > 10, "the branch wrote lines that blame names");
    assert.ok(owners.has(renamed(seed)) && paths.includes("pkg/added.py"));
  });

  test("a merge commit in the branch: no replay (blame names the commits)", async () => {
    const { repo, base } = linearHistory(7);
    repo.git("checkout", "-q", "-b", "side", base);
    repo.write("pkg/side.py", "x = 1\n");
    commitAt(repo, "side", 1_800_000_000);
    repo.git("checkout", "-q", "agent/work");
    repo.git("merge", "-q", "--no-edit", "side");
    const head = repo.git("rev-parse", "HEAD").trim();
    const owners = await replayBranchOwners(new Git(repo.dir, { ...process.env, ...GIT_ENV }), base, head, new Map([["pkg/side.py", 1]]));
    assert.equal(owners.size, 0);
  });
});

/** Findings whose code differs per commit, so that each is a finding of its own. */
const RISKY = [
  (tag: string) => `    subprocess.call(cmd + "${tag}", shell=True)\n`,
  (tag: string) => `    eval(text + "${tag}")\n`,
  (tag: string) => `    pickle.loads(blob + b"${tag}")\n`,
  (tag: string) => `    hashlib.md5(data + b"${tag}")\n`,
  (tag: string) => `    exec(code + "${tag}")\n`,
];

/** A linear branch where findings are added, moved by later inserts and deletions, and renamed. */
function riskyHistory(seed: number): { repo: TempRepo; base: string } {
  const random = seeded(seed);
  const repo = new TempRepo();
  repos.push(repo);
  const body = (i: number) => Array.from({ length: 12 }, (_, k) => (k % 3 === 0 ? `def g_${i}_${k}(cmd, text, blob, data, code):\n` : `    v_${k} = ${k}\n`));
  const files = new Map<string, string[]>();
  for (let i = 0; i < 4; i += 1) files.set(`app/f${i}.py`, ["import subprocess, pickle, hashlib\n", "\n", ...body(i), "    subprocess.call(cmd, shell=True)\n"]);
  for (const [path, list] of files) repo.write(path, list.join(""));
  let time = 1_700_000_000;
  const base = commitAt(repo, "baseline", time);
  repo.git("checkout", "-q", "-b", "agent/work");
  for (let c = 0; c < 5; c += 1) {
    for (const [path, list] of files) {
      if (random(4) === 0) continue;
      const defs = () => list.flatMap((l, k) => (l.startsWith("def ") ? [k] : []));
      const fillers = list.flatMap((l, k) => (l.startsWith("    v_") ? [k] : []));
      if (random(3) === 0 && fillers.length > 0) list.splice(fillers[random(fillers.length)] as number, 1);
      const at = (defs()[random(defs().length)] as number) + 1;
      list.splice(at, 0, (RISKY[random(RISKY.length)] as (tag: string) => string)(`${path}-${c}`));
      if (random(2) === 0) list.splice((defs()[random(defs().length)] as number) + 1, 0, `    w_${c} = ${c}\n`);
      repo.write(path, list.join(""));
    }
    if (c === 2) {
      repo.move("app/f3.py", "app/moved.py");
      files.set("app/moved.py", files.get("app/f3.py") as string[]);
      files.delete("app/f3.py");
    }
    time += 60;
    commitAt(repo, `agent: change ${c}`, time);
  }
  return { repo, base };
}

describe("through the gate", () => {
  test.each([11, 12])("introduced_in of every regression is what blame of its lines says (seed %i)", async (seed) => {
    const { repo, base } = riskyHistory(seed);
    // git on PATH that notes each subcommand: the gate must name commits without `git blame`.
    const bin = mkdtempSync(join(tmpdir(), "bandit-gate-git-"));
    const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\nfor a in "$@"; do case "$a" in -*) ;; *) echo "$a" >> "${bin}/calls"; break;; esac; done\nexec ${real} "$@"\n`, { mode: 0o755 });
    const { report } = await checkJson(repo.dir, [], { PATH: `${bin}:${process.env.PATH ?? ""}` });
    const calls = readFileSync(join(bin, "calls"), "utf8").split("\n");
    rmSync(bin, { recursive: true, force: true });
    assert.ok(calls.includes("log") && !calls.includes("blame"), calls.join(" "));
    assert.ok(report.regressions.length >= 3, JSON.stringify(report.regressions.map((r) => r.test_id)));
    const commits = new Set<string | null | undefined>();
    for (const r of report.regressions) {
      const blame = blameOf(repo, base, "HEAD", r.path);
      const range = Array.from({ length: r.end_line - r.line + 1 }, (_, k) => r.line + k);
      assert.deepEqual(r.introduced_in, introducedIn(blame, range), `${r.path}:${r.line} ${r.test_id}`);
      commits.add(r.introduced_in?.commit);
    }
    assert.ok(commits.size >= 2, "regressions from more than one commit");
  });

  test("a branch with a merge commit still names the commit behind each regression", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/a.py", "def f(text):\n    return text\n");
    const base = commitAt(repo, "baseline", 1_700_000_000);
    repo.git("checkout", "-q", "-b", "side");
    repo.write("app/b.py", "def g(text):\n    return eval(text)\n");
    const side = commitAt(repo, "side: eval", 1_700_000_100);
    repo.git("checkout", "-q", "-b", "agent/work", base);
    repo.write("app/a.py", "import pickle\n\n\ndef f(text):\n    return pickle.loads(text)\n");
    const mine = commitAt(repo, "agent: pickle", 1_700_000_200);
    execFileSync("git", ["merge", "-q", "--no-edit", "side"], { cwd: repo.dir, env: { ...process.env, ...GIT_ENV } });
    const { report } = await checkJson(repo.dir);
    const byRule = Object.fromEntries(report.regressions.map((r) => [r.test_id, r.introduced_in?.commit]));
    assert.equal(byRule["B307"], side);
    assert.equal(byRule["B301"], mine);
    assert.equal(byRule["B403"], mine);
    assert.equal(readFileSync(join(repo.dir, "app/b.py"), "utf8").includes("eval"), true);
  });
});
