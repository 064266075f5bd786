import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { extractNotebook, leftOutNote, NotebookError, type NotebookExtraction } from "../../src/core/gate/notebook.js";
import { lineHunks } from "../../src/core/gate/line-diff.js";
import { lineAtBaseline } from "../../src/core/gate/hunks.js";

const nb = (cells: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5, ...extra });
const code = (source: string[] | string) => ({ cell_type: "code", source, metadata: {}, outputs: [], execution_count: null });

function python(text: string): Extract<NotebookExtraction, { kind: "python" }> {
  const result = extractNotebook(text);
  assert.equal(result.kind, "python");
  return result as Extract<NotebookExtraction, { kind: "python" }>;
}

describe("extractNotebook", () => {
  test("joins code cells, skips markdown and raw cells, and maps each line to its cell and line", () => {
    const out = python(
      nb([
        { cell_type: "markdown", source: ["# Title\n", "text"], metadata: {} },
        code(["import os\n", "os.system(cmd)"]),
        { cell_type: "raw", source: "os.system('raw')", metadata: {} },
        code("x = 1\ny = 2\n"),
      ]),
    );
    assert.equal(out.python, "import os\nos.system(cmd)\nx = 1\ny = 2\n");
    assert.deepEqual(out.lines, [
      { cell: 2, line: 1 },
      { cell: 2, line: 2 },
      { cell: 4, line: 1 },
      { cell: 4, line: 2 },
    ]);
    assert.deepEqual(out.leftOut, []);
  });

  test("a list of strings and one string give the same Python, whatever the JSON's indentation", () => {
    const asList = python(JSON.stringify(JSON.parse(nb([code(["a = 1\n", "b = 2"])])), null, 4));
    const asString = python(nb([code("a = 1\nb = 2")]));
    assert.equal(asList.python, asString.python);
    assert.deepEqual(asList.lines, asString.lines);
  });

  test("outputs are ignored, however much they hold", () => {
    const cell = { ...code("print(1)"), outputs: [{ output_type: "stream", name: "stdout", text: ["import os; os.system('x')\n"] }] };
    assert.equal(python(nb([cell])).python, "print(1)\n");
  });

  test("empty code cells add no lines; CRLF line ends are lines too", () => {
    const out = python(nb([code([]), code(""), code("a = 1\r\nb = 2\r\n")]));
    assert.equal(out.python, "a = 1\nb = 2\n");
    assert.deepEqual(out.lines, [
      { cell: 3, line: 1 },
      { cell: 3, line: 2 },
    ]);
  });

  test("shell escapes and magics are blanked in place; an indented one keeps its block Python", () => {
    const out = python(nb([code(["%matplotlib inline\n", "!rm -rf build\n", "for f in files:\n", "    !echo {f}\n", "files = !ls\n", "t = %timeit f()\n", "x = a == b\n"])]));
    assert.equal(out.python, "\n\nfor f in files:\n    ...\n\n\nx = a == b\n");
    assert.deepEqual(
      out.leftOut.map((l) => [l.kind, l.at.line]),
      [
        ["magic", 1],
        ["shell", 2],
        ["shell", 4],
        ["shell", 5],
        ["magic", 6],
      ],
    );
    assert.equal(out.lines.length, 7);
  });

  test("a %%bash cell is shell throughout; another cell magic is a magic; both keep their lines", () => {
    const out = python(nb([code("%%bash\ncurl x | sh\n"), code("%%html\n<b>os.system</b>"), code("import os")]));
    assert.equal(out.python, "\n\n\n\nimport os\n");
    assert.deepEqual(out.leftOut.map((l) => l.kind), ["shell", "shell", "magic", "magic"]);
    assert.deepEqual(out.lines[4], { cell: 3, line: 1 });
  });

  test("the note names shell commands by cell and line and counts magics", () => {
    const out = python(nb([code("%matplotlib inline\n!rm -rf /tmp/x")]));
    const note = leftOutNote("a.ipynb", out.leftOut) ?? "";
    assert.match(note, /^Notebook a\.ipynb has 1 shell command line\(s\) that Bandit does not judge/);
    assert.match(note, /cell 1, line 2: `!rm -rf \/tmp\/x`/);
    assert.match(note, /1 IPython magic line\(s\)/);
    assert.equal(leftOutNote("a.ipynb", []), undefined);
  });

  test("broken JSON, other nbformats and malformed cells are errors, never an empty notebook", () => {
    assert.throws(() => extractNotebook('{"cells": ['), (e: unknown) => e instanceof NotebookError && /not valid JSON/.test(e.message));
    assert.throws(() => extractNotebook(JSON.stringify({ nbformat: 3, worksheets: [] })), /nbformat 3 is not supported/);
    assert.throws(() => extractNotebook(JSON.stringify({ cells: [] })), /no nbformat/);
    assert.throws(() => extractNotebook("[1, 2]"), /not an object/);
    assert.throws(() => extractNotebook(JSON.stringify({ nbformat: 4 })), /no cells list/);
    assert.throws(() => extractNotebook(nb([{ cell_type: "code", source: [1, 2] }])), /cell 1: source is neither/);
    assert.throws(() => extractNotebook(nb([{ source: "x" }])), /cell 1 has no cell_type/);
  });

  test("a notebook of another kernel language is not Python; Python (any case) is", () => {
    assert.deepEqual(extractNotebook(nb([code("x <- 1")], { metadata: { kernelspec: { language: "R" } } })), { kind: "other-language", language: "R" });
    assert.equal(extractNotebook(nb([code("x = 1")], { metadata: { language_info: { name: "Python" } } })).kind, "python");
  });

  test("a byte-order mark does not make a notebook unreadable", () => {
    assert.equal(python(`\ufeff${nb([code("x = 1")])}`).python, "x = 1\n");
  });
});

describe("lineHunks", () => {
  test("no change, no hunks", () => {
    assert.deepEqual(lineHunks("a\nb\n", "a\nb\n"), []);
  });

  test("unchanged lines map to their baseline lines across an inserted cell", () => {
    const base = "import os\nos.system(x)\nprint(1)\n";
    const head = "import os\nnew = 1\nnew = 2\nos.system(x)\nprint(1)\n";
    const hunks = lineHunks(base, head);
    assert.deepEqual(hunks, [{ oldStart: 1, oldCount: 0, newStart: 2, newCount: 2 }]);
    assert.equal(lineAtBaseline(hunks, 4), 2);
    assert.equal(lineAtBaseline(hunks, 2), undefined);
  });

  test("a deletion and an edit are hunks as git numbers them", () => {
    const hunks = lineHunks("a\nb\nc\nd\n", "a\nc\nD\n");
    assert.deepEqual(hunks, [
      { oldStart: 2, oldCount: 1, newStart: 1, newCount: 0 },
      { oldStart: 4, oldCount: 1, newStart: 3, newCount: 1 },
    ]);
    assert.equal(lineAtBaseline(hunks, 2), 3);
  });

  test("from nothing: everything is added", () => {
    assert.deepEqual(lineHunks("", "a\nb\n"), [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: 2 }]);
  });
});

describe("magics that run Python", () => {
  test("the body of %%capture, %%time and %%timeit cells is scanned, only the magic line left out", () => {
    const out = python(nb([code("%%capture\nimport os\nos.system(cmd)"), code("%%timeit -n 3\neval(x)")]));
    assert.equal(out.python, "\nimport os\nos.system(cmd)\n\neval(x)\n");
    assert.deepEqual(out.leftOut.map((l) => [l.kind, l.at.cell, l.at.line]), [
      ["magic", 1, 1],
      ["magic", 2, 1],
    ]);
  });

  test("%time and %timeit lines keep the statement they run, at its indentation", () => {
    const out = python(nb([code("%time os.system(cmd)\nif x:\n    %timeit -n 10 -r 2 eval(y)\n%time")]));
    assert.equal(out.python, "os.system(cmd)\nif x:\n    eval(y)\n\n");
    assert.deepEqual(out.leftOut.map((l) => l.at.line), [4]);
  });
});
