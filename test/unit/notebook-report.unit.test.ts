import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { finishReport, type RegressionRecord } from "../../src/core/report/report.js";
import { placeInCells } from "../../src/core/report/cells.js";
import { renderText } from "../../src/core/report/text.js";
import { renderMarkdown } from "../../src/core/report/markdown.js";
import { renderSarif } from "../../src/core/report/sarif.js";
import { extractNotebook } from "../../src/core/gate/notebook.js";

const regression = (path: string, line: number): RegressionRecord => ({
  path,
  line,
  end_line: line,
  test_id: "B602",
  test_name: "subprocess_popen_with_shell_equals_true",
  severity: "HIGH",
  confidence: "HIGH",
  kind: "new",
  text: "subprocess call with shell=True identified, security issue.",
  fingerprint: "k:0",
  code: ["subprocess.run(cmd, shell=True)"],
});

function report() {
  const extraction = extractNotebook(
    JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        { cell_type: "markdown", source: "# t", metadata: {} },
        { cell_type: "code", source: "import subprocess\ncmd = 'ls'", metadata: {}, outputs: [] },
        { cell_type: "code", source: "!echo hi\nsubprocess.run(cmd, shell=True)", metadata: {}, outputs: [] },
      ],
    }),
  );
  assert.equal(extraction.kind, "python");
  const lines = extraction.kind === "python" ? extraction.lines : [];
  const doc = finishReport({
    regressions: [regression("nb/a.ipynb", 4), regression("app.py", 7)],
    fixed: [],
    unchanged: 0,
    baseline: { mode: "git", ref: "main", commit: "0".repeat(40) },
    scanned: { head: "working tree", files: ["app.py", "nb/a.ipynb"], baseline_files: 2 },
    bandit_version: "1.9.4",
    scan_errors: [],
    notes: [],
  });
  return placeInCells(doc, new Map([["nb/a.ipynb", lines]]));
}

describe("notebook findings in reports", () => {
  test("the JSON record gets the cell and the line in it; Python files get none", () => {
    const [nb, py] = report().regressions;
    assert.deepEqual([nb?.cell, nb?.cell_line, nb?.line], [3, 2, 4]);
    assert.equal(py?.cell, undefined);
    assert.equal(py?.cell_line, undefined);
  });

  test("text and markdown name the cell, not the joined text's line", () => {
    const text = renderText(report(), { colour: false });
    assert.match(text, /nb\/a\.ipynb\n\s+cell 3, line 2\s+B602/);
    assert.match(text, /app\.py\n\s+7\s+B602/);
    const markdown = renderMarkdown(report());
    assert.match(markdown, /`nb\/a\.ipynb \(cell 3, line 2\)`/);
    assert.match(markdown, /`app\.py:7`/);
  });

  test("SARIF keeps the notebook's path and the joined line, and says the cell", () => {
    const sarif = JSON.parse(renderSarif(report(), { toolVersion: "test" }));
    const result = sarif.runs[0].results.find((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
      r.locations[0]?.physicalLocation.artifactLocation.uri.endsWith(".ipynb"),
    );
    assert.equal(result.locations[0].physicalLocation.region.startLine, 4);
    assert.match(result.message.text, /in cell 3, line 2:/);
    assert.deepEqual([result.properties.cell, result.properties.cell_line], [3, 2]);
  });
});
