import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";

const BASE = `import subprocess


def run(cmd):
    return subprocess.call(cmd, shell=True)
`;

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** main with one module, then agent/work with three commits, each adding one regression. */
function threeCommitBranch(): { repo: TempRepo; commits: string[] } {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", BASE);
  repo.commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  repo.write("app/tasks.py", BASE + "\n\ndef load(blob):\n    import pickle\n    return pickle.loads(blob)\n");
  const first = repo.commit("agent: add load");
  repo.write("app/export.py", "import hashlib\n\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n");
  const second = repo.commit("agent: add export | with a pipe <b>and html</b>");
  // The third commit hides the baseline's finding and touches load() again, shifting its lines.
  repo.write("app/tasks.py", "# tasks\n" + BASE.replace("shell=True)", "shell=True)  # nosec") + "\n\ndef load(blob):\n    import pickle\n    return pickle.loads(blob)\n");
  const third = repo.commit("agent: quiet the linter");
  return { repo, commits: [first, second, third] };
}

describe("which commit did it", () => {
  test("each regression names the branch commit that introduced its line, in JSON, text and the summary", async () => {
    const { repo, commits } = threeCommitBranch();
    const [first, second, third] = commits as [string, string, string];
    const { code, report } = await checkJson(repo.dir);
    assert.equal(code, 1);
    const byRule = Object.fromEntries(report.regressions.map((r) => [`${r.test_id}:${r.kind}`, r.introduced_in]));
    assert.deepEqual(byRule["B403:new"], { commit: first, summary: "agent: add load" }, "moved by a later commit, still the commit that wrote it");
    assert.deepEqual(byRule["B301:new"], { commit: first, summary: "agent: add load" });
    assert.deepEqual(byRule["B324:new"], { commit: second, summary: "agent: add export | with a pipe <b>and html</b>" });
    assert.deepEqual(byRule["B602:suppressed"], { commit: third, summary: "agent: quiet the linter" });

    const text = await runCli(repo.dir, ["check", "--quiet"]);
    assert.match(text.stdout, new RegExp(`introduced in ${first.slice(0, 7)} agent: add load`));
    const markdown = await runCli(repo.dir, ["check", "--quiet", "--format", "markdown"]);
    assert.match(markdown.stdout, /\| Kind \| Location \| Rule \| Severity \| Confidence \| Issue \| Introduced in \|/);
    const row = markdown.stdout.split("\n").find((l) => l.includes("B324")) ?? "";
    assert.ok(row.includes(`${second.slice(0, 7)} agent: add export \\| with a pipe &lt;b&gt;and html&lt;/b&gt;`), row);
    assert.equal(row.split(/(?<!\\)\|/).length, 9, "a pipe in a commit message does not add a column");
  });

  test("a branch whose .gitattributes marks Python binary is named from its real lines, as blame names them", async () => {
    const { repo, commits } = threeCommitBranch();
    const [first, second, third] = commits as [string, string, string];
    repo.write(".gitattributes", "*.py binary\n");
    repo.git("add", ".gitattributes");
    const { report } = await checkJson(repo.dir);
    const byRule = Object.fromEntries(report.regressions.map((r) => [`${r.test_id}:${r.kind}`, r.introduced_in?.commit]));
    assert.deepEqual(byRule, { "B403:new": first, "B301:new": first, "B324:new": second, "B602:suppressed": third });
  });

  test("a one-commit branch names its commit by the message's first line, as git blame does", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", BASE);
    repo.commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/one");
    repo.write("app/tasks.py", BASE + "\n\ndef load(blob):\n    import pickle\n    return pickle.loads(blob)\n");
    const only = repo.commit("agent: add load\nwrapped onto a second line\n\nThe body.");
    const blamed = repo.git("blame", "--porcelain", "main..HEAD", "--", "app/tasks.py");
    const summary = /^summary (.*)$/m.exec(blamed.split("\n").filter((l) => l.startsWith("summary ")).find((l) => !l.includes("baseline")) ?? "")?.[1];
    assert.equal(summary, "agent: add load");
    const { report } = await checkJson(repo.dir);
    assert.ok(report.regressions.length >= 2);
    for (const r of report.regressions) assert.deepEqual(r.introduced_in, { commit: only, summary: "agent: add load" });
  });

  test("the same branch judged as a commit (--head) names the same commits", async () => {
    const { repo, commits } = threeCommitBranch();
    repo.git("checkout", "-q", "main");
    const { report } = await checkJson(repo.dir, ["--base", "main", "--head", "agent/work"]);
    assert.deepEqual(
      report.regressions.map((r) => r.introduced_in?.commit),
      report.regressions.map((r) => (r.path === "app/export.py" ? commits[1] : r.test_id === "B602" ? commits[2] : commits[0])),
    );
  });

  test("lines not committed yet say so, in the work tree and for untracked files", async () => {
    const { repo, commits } = threeCommitBranch();
    repo.write("app/tasks.py", repo.read("app/tasks.py") + "\n\ndef ev(x):\n    return eval(x)\n");
    repo.write("app/new.py", "import random\n\n\ndef pick():\n    return random.random()\n");
    const { report } = await checkJson(repo.dir);
    const find = (id: string) => report.regressions.find((r) => r.test_id === id)?.introduced_in;
    assert.deepEqual(find("B307"), { commit: null, summary: "not committed yet" });
    assert.deepEqual(find("B311"), { commit: null, summary: "not committed yet" });
    assert.equal(find("B301")?.commit, commits[0], "committed lines of a modified file keep their commit");
    const text = await runCli(repo.dir, ["check", "--quiet"]);
    assert.match(text.stdout, /eval[\s\S]*not committed yet/);
  });

  test("a branch of one commit is named from its diff, as blame would, and edited files are still blamed", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", BASE);
    repo.write("app/other.py", "def ok():\n    return 1\n");
    repo.commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/work");
    // The new finding sits above the old one, which shifts but stays the baseline's line.
    repo.write("app/tasks.py", "import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n\n\n" + BASE);
    repo.write("app/other.py", "import hashlib\n\n\ndef ok():\n    return 1\n");
    const only = repo.commit("agent: add load\n\nA body line that is not the summary.");
    const asCommit = await checkJson(repo.dir, ["--head", "agent/work", "--base", "main"]);
    const byRule = (report: typeof asCommit.report) => Object.fromEntries(report.regressions.map((r) => [r.test_id, r.introduced_in]));
    assert.deepEqual(byRule(asCommit.report)["B301"], { commit: only, summary: "agent: add load" });
    assert.deepEqual(byRule(asCommit.report)["B403"], { commit: only, summary: "agent: add load" });
    assert.deepEqual(byRule(asCommit.report)["B324"], undefined, "no md5 yet");
    // The working tree: a clean file keeps the commit; an edited one is blamed, line by line.
    repo.write("app/other.py", "import hashlib\n\n\ndef ok(d):\n    return hashlib.md5(d)\n");
    const { report } = await checkJson(repo.dir);
    assert.deepEqual(byRule(report)["B301"], { commit: only, summary: "agent: add load" });
    assert.deepEqual(byRule(report)["B324"], { commit: null, summary: "not committed yet" });
    assert.ok(!report.regressions.some((r) => r.test_id === "B602"), "the shifted baseline finding is not a regression");
  });

  test("a finding on a line older than the branch names no commit rather than a wrong one", async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write("app/tasks.py", "def run_it(c):\n    return run(c, shell=True)\n");
    repo.commit("baseline");
    repo.git("checkout", "-q", "-b", "agent/work");
    // The import turns the old line's B604 into a B602: the finding is new, its line is not.
    repo.write("app/tasks.py", "from subprocess import run\n\n\ndef run_it(c):\n    return run(c, shell=True)\n");
    const importing = repo.commit("agent: import run");
    const { report } = await checkJson(repo.dir);
    const b602 = report.regressions.find((r) => r.test_id === "B602");
    assert.ok(b602, JSON.stringify(report.regressions));
    assert.equal(b602.introduced_in, undefined);
    assert.equal(report.regressions.find((r) => r.test_id === "B404")?.introduced_in?.commit, importing);
  });
});
