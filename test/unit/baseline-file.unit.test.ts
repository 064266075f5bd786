import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { BaselineFileError, buildBaselineFile, parseBaselineFile, serialiseBaselineFile } from "../../src/core/gate/baseline-file.js";
import { identityKey, type Fingerprinted } from "../../src/core/gate/fingerprint.js";
import type { Finding } from "../../src/core/gate/finding.js";

function item(path: string, line: number, shape: string): Fingerprinted {
  const finding: Finding = { path, line, lineRange: [line], testId: "B301", testName: "blacklist", severity: "MEDIUM", confidence: "HIGH", text: "Pickle" };
  return { finding, key: identityKey("B301", path, { syntax: shape, text: "" }), occurrence: 0, suppressed: false, source: [], statement: { fingerprint: shape, scope: "load", start: line, end: line }, identityPath: path };
}

// The notebook's extracted Python: lines 1-2 are cell 2, lines 3-4 cell 4 (markdown cells between).
const CELLS = [{ cell: 2, line: 1 }, { cell: 2, line: 2 }, { cell: 4, line: 1 }, { cell: 4, line: 2 }];

describe("the baseline file with notebooks", () => {
  test("a notebook's findings are stored by identity with a count and the cell and line of each occurrence", () => {
    const file = buildBaselineFile("1.9.4", "d", [{ path: "nb.ipynb", blob: "b", findings: [item("nb.ipynb", 2, "s"), item("nb.ipynb", 4, "s")], cells: CELLS }], { notebooks: true });
    assert.equal(file.schema_version, 3);
    assert.equal(file.notebooks, true);
    const [stored] = file.files["nb.ipynb"]?.findings ?? [];
    assert.equal(stored?.count, 2);
    assert.deepEqual(stored?.cells, [{ cell: 2, line: 2 }, { cell: 4, line: 2 }]);
    // Python files carry no cell places.
    const py = buildBaselineFile("1.9.4", "d", [{ path: "a.py", blob: "b", findings: [item("a.py", 2, "s")] }]);
    assert.equal(py.files["a.py"]?.findings[0]?.cells, undefined);
    assert.equal(py.notebooks, false);
  });

  test("what it writes it reads back; a version 2 file (older bandit-gate) is read as holding no notebooks", () => {
    const file = buildBaselineFile("1.9.4", "d", [{ path: "nb.ipynb", blob: "b", findings: [item("nb.ipynb", 2, "s")], cells: CELLS }], { notebooks: true });
    assert.deepEqual(parseBaselineFile(serialiseBaselineFile(file)), file);
    const old = parseBaselineFile(JSON.stringify({ schema: "bandit-gate/baseline", schema_version: 2, bandit_version: "1.9.4", config_digest: "d", files: {} }));
    assert.equal(old.notebooks, false);
    // An edited version 2 file cannot claim notebooks it never stored.
    const claimed = parseBaselineFile(JSON.stringify({ schema: "bandit-gate/baseline", schema_version: 2, notebooks: true, bandit_version: "1.9.4", config_digest: "d", files: {} }));
    assert.equal(claimed.notebooks, false);
  });

  test("a version 3 file must say whether it holds notebooks; an unknown version is refused with the versions read", () => {
    const problems = (doc: object) => {
      try {
        parseBaselineFile(JSON.stringify(doc));
        return [];
      } catch (error) {
        assert.ok(error instanceof BaselineFileError);
        return error.problems;
      }
    };
    assert.deepEqual(problems({ schema: "bandit-gate/baseline", schema_version: 3, bandit_version: "1.9.4", config_digest: "d", files: {} }), ['"notebooks" must be true or false']);
    assert.match(problems({ schema: "bandit-gate/baseline", schema_version: 4, notebooks: true, bandit_version: "1.9.4", config_digest: "d", files: {} })[0] ?? "", /reads 2 and 3/);
  });
});
