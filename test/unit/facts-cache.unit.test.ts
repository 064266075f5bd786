import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import {
  FACTS_CACHE_SCHEMA,
  factsCacheKey,
  parseFacts,
  restoredFacts,
  serialiseFacts,
  storableFacts,
  utf8Lines,
  type FactsKeyInput,
} from "../../src/core/gate/facts-cache-entry.js";
import type { SourceFacts } from "../../src/core/gate/source-facts.js";

const KEY: FactsKeyInput = { reader: "0123456789abcdef bandit 1.9.4; python 3.11", contentSha256: "a".repeat(64), requests: [{ line: 2, column: 4 }], wantDefs: true };
const FINGERPRINT = "0123456789abcdef0123456789abcdef";

/** Facts as the reader gives them for `text` (UTF-8), with its comments and one located statement. */
function factsFor(text: string, comments: Array<[number, string]>): SourceFacts {
  return {
    path: "app/tasks.py",
    parsed: true,
    lines: text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/),
    comments: new Map(comments),
    defs: new Set(["run", "Box.open"]),
    located: [{ fingerprint: FINGERPRINT, scope: "run", start: 2, end: 2 }, undefined],
  };
}

describe("statement facts cache entries", () => {
  test("the key changes with every input: the reader, the bytes, the positions and their order, defs wanted", () => {
    const base = factsCacheKey(KEY);
    assert.match(base, /^[0-9a-f]{64}$/);
    const variants: FactsKeyInput[] = [
      { ...KEY, reader: "fedcba9876543210 bandit 1.9.4; python 3.11" },
      { ...KEY, reader: "0123456789abcdef bandit 1.9.4; python 3.12" },
      { ...KEY, contentSha256: "b".repeat(64) },
      { ...KEY, requests: [{ line: 2 }] },
      { ...KEY, requests: [{ line: 2, column: 4 }, { line: 3 }] },
      { ...KEY, requests: [] },
      { ...KEY, wantDefs: false },
    ];
    const keys = variants.map(factsCacheKey);
    assert.equal(new Set([base, ...keys]).size, variants.length + 1);
    assert.notEqual(
      factsCacheKey({ ...KEY, requests: [{ line: 2 }, { line: 3 }] }),
      factsCacheKey({ ...KEY, requests: [{ line: 3 }, { line: 2 }] }),
      "located follows the order of the positions",
    );
  });

  test("a stored entry holds no source text, and gives back the same facts from the same bytes", () => {
    const text = 'import subprocess\nPASSWORD = "hunter2-secret"  # nosec B105\r\ndef run(cmd):  # 🔥 caution\r    return subprocess.call(cmd, shell=True)\n';
    const content = Buffer.from(text);
    const facts = factsFor(text, [
      [2, "# nosec B105"],
      [3, "# 🔥 caution"],
    ]);
    const stored = storableFacts(content, facts, true);
    assert.ok(stored);
    const serialised = serialiseFacts(factsCacheKey(KEY), stored);
    assert.ok(!serialised.includes("hunter2"), "no line of the file");
    assert.ok(!serialised.includes("nosec") && !serialised.includes("caution"), "no comment text");
    const parsed = parseFacts(serialised, factsCacheKey(KEY), 2);
    assert.deepEqual(parsed, stored);
    assert.deepEqual(restoredFacts("app/tasks.py", content, parsed as NonNullable<typeof parsed>, true), facts);
  });

  test("a file with a BOM, and one with no findings asked (no lines kept), round-trip too", () => {
    const text = "\ufeffimport os  # first\nx = 1\n";
    const facts = factsFor(text, [[1, "# first"]]);
    const stored = storableFacts(Buffer.from(text), facts, true);
    assert.ok(stored);
    assert.deepEqual(restoredFacts("app/tasks.py", Buffer.from(text), stored, true), facts);

    const unasked: SourceFacts = { path: "app/quiet.py", parsed: true, lines: [], comments: new Map(), defs: new Set(["f"]), located: [] };
    const quiet = storableFacts(Buffer.from("def f():\n    pass\n"), unasked, false);
    assert.deepEqual(quiet, { defs: ["f"], located: [], comments: [] });
    assert.deepEqual(restoredFacts("app/quiet.py", Buffer.from("def f():\n    pass\n"), quiet as NonNullable<typeof quiet>, false), unasked);
  });

  test("nothing is stored that could not be rebuilt exactly: other encodings, unparsed files, lines or comments that do not fit", () => {
    // latin-1 bytes Python decoded by their cookie: UTF-8 would read them otherwise.
    const latin = Buffer.from("# -*- coding: latin-1 -*-\nNAME = '\xe9'\n", "latin1");
    assert.equal(utf8Lines(latin), undefined);
    assert.equal(storableFacts(latin, { ...factsFor("", []), lines: ["# -*- coding: latin-1 -*-", "NAME = 'é'", ""] }, true), undefined);
    // Valid UTF-8 that Python, told latin-1, decoded into other characters.
    const mojibake = Buffer.from("# coding: latin-1\nNAME = 'é'\n");
    assert.equal(storableFacts(mojibake, { ...factsFor("", []), lines: ["# coding: latin-1", "NAME = 'Ã©'", ""] }, true), undefined);
    const text = "x = 1\n";
    assert.equal(storableFacts(Buffer.from(text), { ...factsFor(text, []), parsed: false, error: { kind: "syntax", message: "bad" } }, true), undefined);
    assert.equal(storableFacts(Buffer.from(text), factsFor(text, [[1, "# not on that line"]]), true), undefined);
    assert.equal(storableFacts(Buffer.from(text), factsFor(text, []), false), undefined, "lines given for a file with nothing asked");
  });

  test("entries that are damaged, foreign or do not fit the file are refused", () => {
    const text = "import os\nos.system(cmd)  # run\n";
    const stored = storableFacts(Buffer.from(text), factsFor(text, [[2, "# run"]]), true);
    assert.ok(stored);
    const key = factsCacheKey(KEY);
    const good = serialiseFacts(key, stored);
    assert.ok(parseFacts(good, key, 2));
    assert.equal(parseFacts(good, factsCacheKey({ ...KEY, wantDefs: false }), 2), undefined, "another key");
    assert.equal(parseFacts(good, key, 3), undefined, "another number of positions");
    assert.ok(good.includes('\\"run\\"'));
    assert.equal(parseFacts(good.replace('\\"run\\"', '\\"ran\\"'), key, 2), undefined, "a body that is not its digest");
    assert.equal(parseFacts(good.replace(FACTS_CACHE_SCHEMA, "bandit-gate/facts-cache/0"), key, 2), undefined, "an older schema");
    assert.equal(parseFacts("{not json", key, 2), undefined);
    const envelope = JSON.parse(good) as { body: string };
    const forged = (body: unknown) => {
      const text = JSON.stringify(body);
      return JSON.stringify({ schema: FACTS_CACHE_SCHEMA, key, body: text, sha256: createHash("sha256").update(text).digest("hex") });
    };
    const body = JSON.parse(envelope.body) as Record<string, unknown>;
    assert.ok(parseFacts(forged(body), key, 2), "a forged envelope of a good body is a good entry");
    assert.equal(parseFacts(forged({ ...body, located: [{ fingerprint: "xyz", scope: "", start: 1, end: 1 }, null] }), key, 2), undefined);
    assert.equal(parseFacts(forged({ ...body, comments: [[2, -1]] }), key, 2), undefined);
    // Stored for other bytes: a comment that is no comment of these lines, a statement past the end.
    assert.equal(restoredFacts("a.py", Buffer.from("import os\nos.system(cmd)\n"), stored, true), undefined);
    assert.equal(restoredFacts("a.py", Buffer.from("import os"), { ...stored, comments: [] }, true), undefined);
  });
});
