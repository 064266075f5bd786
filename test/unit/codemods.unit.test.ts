import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { parseReply } from "../../src/core/fix/candidate.js";
import { codemodModelName, codemodsOf, fixedBy } from "../../src/core/fix/codemods/attribution.js";
import { CODEMOD_FOR_RULE, CODEMOD_IDS, parseCodemodList, planCodemods } from "../../src/core/fix/codemods/catalog.js";
import { importedModules, paramstyleFor } from "../../src/core/fix/codemods/paramstyle.js";
import { codemodReply, refusalSummary } from "../../src/core/fix/codemods/reply.js";
import { isTokenName, nameParts } from "../../src/core/fix/codemods/token-names.js";
import { defaultProfile } from "../../src/core/fix/profile.js";
import { callCounts, pullRequestBody } from "../../src/core/fix/pr-body.js";
import type { FixRecord, FunctionRecord, RoundRecord } from "../../src/core/fix/record.js";

describe("choosing the codemod for a finding", () => {
  test("each listed rule has its codemod; a rule without one, a disabled one and a finding outside the function are refused with the reason", () => {
    const plan = planCodemods(
      [
        { testId: "B506", relativeLine: 3 },
        { testId: "B608", relativeLine: 5 },
        { testId: "B301", relativeLine: 6 },
        { testId: "B324", relativeLine: 7 },
        { testId: "B113", relativeLine: 0 },
      ],
      new Set(["hashlib-sha256"]),
    );
    assert.deepEqual(plan.targets, [
      { codemod: "yaml-safe-load", testId: "B506", line: 3 },
      { codemod: "sql-parameters", testId: "B608", line: 5 },
    ]);
    assert.deepEqual(
      plan.refused.map((r) => [r.testId, r.reason]),
      [
        ["B301", "no codemod answers B301"],
        ["B324", "the hashlib-sha256 codemod is disabled"],
        ["B113", "the finding is outside the function"],
      ],
    );
  });
  test("one call reported under two ids (B303 and B324 for md5) gets one rewrite; two calls on two lines get two", () => {
    const plan = planCodemods([{ testId: "B303", relativeLine: 2 }, { testId: "B324", relativeLine: 2 }, { testId: "B324", relativeLine: 4 }], new Set());
    assert.deepEqual(plan.targets.map((t) => [t.codemod, t.line]), [["hashlib-sha256", 2], ["hashlib-sha256", 4]]);
  });
  test("every mapped codemod is a known id, and every id but none is reachable from a rule", () => {
    for (const id of Object.values(CODEMOD_FOR_RULE)) assert.ok((CODEMOD_IDS as readonly string[]).includes(id));
    assert.deepEqual([...new Set(Object.values(CODEMOD_FOR_RULE))].sort(), [...CODEMOD_IDS].sort());
  });
  test("a list of codemods to disable: known ids kept, unknown ones reported (a typo must not silently leave one on)", () => {
    assert.deepEqual(parseCodemodList(" yaml-safe-load,, random-secret ,eval-literal-eval"), { ids: ["yaml-safe-load", "eval-literal-eval"], unknown: ["random-secret"] });
  });
});

describe("paramstyle by driver", () => {
  test("sqlite3 is qmark; psycopg, psycopg2, pymysql and MySQLdb are format, however they are imported", () => {
    assert.deepEqual(paramstyleFor(["import sqlite3"]), { paramstyle: "qmark" });
    assert.deepEqual(paramstyleFor(["from sqlite3 import Connection"]), { paramstyle: "qmark" });
    assert.deepEqual(paramstyleFor(["import psycopg2.extras as ex"]), { paramstyle: "format" });
    assert.deepEqual(paramstyleFor(["import os, psycopg"]), { paramstyle: "format" });
    assert.deepEqual(paramstyleFor(["from pymysql import (\n    connect,\n)"]), { paramstyle: "format" });
    assert.deepEqual(paramstyleFor(["import MySQLdb", "import pymysql"]), { paramstyle: "format" });
  });
  test("no driver, or drivers that disagree: refused, never guessed", () => {
    const none = paramstyleFor(["import os", "from app.db import cursor"]);
    assert.ok("refused" in none && /no DB-API driver/.test(none.refused));
    const both = paramstyleFor(["import sqlite3", "import psycopg2"]);
    assert.ok("refused" in both && /ambiguous/.test(both.refused));
  });
  test("a module whose name only contains a driver's is not that driver", () => {
    assert.deepEqual(importedModules(["import sqlite3_helpers", "from mysqlite import x"]), ["sqlite3_helpers", "mysqlite"]);
    assert.ok("refused" in paramstyleFor(["import sqlite3_helpers"]));
  });
});

describe("which fixes are codemods", () => {
  test("the codemod generator's name round-trips; a model's name is not mistaken for it", () => {
    const name = codemodModelName(["sql-parameters", "yaml-safe-load", "sql-parameters"]);
    assert.equal(name, "codemod:sql-parameters,yaml-safe-load");
    assert.deepEqual(codemodsOf(name), ["sql-parameters", "yaml-safe-load"]);
    assert.equal(codemodsOf("claude-sonnet-5-5"), undefined);
    assert.equal(codemodsOf(undefined), undefined);
    assert.equal(fixedBy({ model: name }), "codemod (sql-parameters, yaml-safe-load)");
    assert.equal(fixedBy({ model: "claude-sonnet-5-5" }), "model (claude-sonnet-5-5)");
    assert.equal(fixedBy({}, "claude-opus-5-5"), "model (claude-opus-5-5)");
  });
});

describe("the codemod's reply", () => {
  test("has the shape of a model's reply: the same parser takes its imports and function", () => {
    const text = codemodReply({
      applied: [{ codemod: "os-shell-to-subprocess", testId: "B605", line: 2, summary: "os.system -> subprocess.run" }],
      refused: [{ codemod: null, testId: "B301", line: 3, reason: "no codemod answers B301" }],
      source: "def f():\n    subprocess.run([\"ls\"], check=False)\n",
      imports: ["import subprocess"],
    });
    const parsed = parseReply(text);
    assert.deepEqual(parsed, { ok: true, imports: ["import subprocess"], functionSource: "def f():\n    subprocess.run([\"ls\"], check=False)\n" });
    assert.match(text, /- line 3 B301: none: no codemod answers B301/);
  });
  test("a function nothing applies to is summed up with every reason", () => {
    assert.equal(
      refusalSummary([{ codemod: "random-secrets", testId: "B311", line: 2, reason: "not a token" }, { codemod: null, testId: "B301", line: 4, reason: "no codemod answers B301" }]),
      "no codemod applied: B311 line 2: not a token; B301 line 4: no codemod answers B301",
    );
  });
});

describe("the pull request's Cost line", () => {
  const round = (n: number, model: string, tokens: number): RoundRecord => ({
    round: n, temperature: 0, prompt: "", reply: "", model, usage: { input_tokens: tokens, output_tokens: tokens },
    rejections: [], score: null, regressions: null, findings: [], profile_changes: [],
  });
  const fn = (name: string, rounds: RoundRecord[]): FunctionRecord => ({
    path: "app/x.py", qualname: name, start_line: 1, end_line: 3, status: "unfixed", regressions_before: [], regressions_after: [],
    findings_before: [], score_before: 1, rounds, selected_round: null, findings_after: [], score_after: 1, usage: { input_tokens: 0, output_tokens: 0 },
  });
  const record = (functions: FunctionRecord[], calls: number): FixRecord => ({
    schema: "bandit-gate/remediation-run", schema_version: 2, started_at: "", finished_at: "", generator: { kind: "auto", model: "claude-x" },
    bandit_version: "1.9.4", settings: { max_rounds: 3, temperatures: [0], max_tokens: 1000, test_command: null },
    profile_loaded: defaultProfile(), profile_before: defaultProfile(), profile_after: defaultProfile(), functions, module_level: [],
    usage: { input_tokens: 20, output_tokens: 20, budget: 1000, calls },
  });
  const cost = (body: string) => /### Cost\n\n([^\n]*)/.exec(body)?.[1] ?? "";
  const context = { agentBranch: "agent/x", headSha: "0123456789abcdef" };

  test("codemod rounds are not counted as model calls; they are named apart", () => {
    // Three generator rounds answered: two codemods (f, g) and one model round (g's second).
    const r = record([fn("f", [round(1, "codemod:yaml-safe-load", 0)]), fn("g", [round(1, "codemod:random-secrets", 0), round(2, "claude-x", 20)])], 3);
    assert.deepEqual(callCounts(r), { modelCalls: 1, codemodRounds: 2 });
    assert.match(cost(pullRequestBody(r, context)), /^1 model call and 2 codemod rewrites \(no model, no tokens\) \(auto, claude-x\): 20 input/);
  });
  test("codemods alone: zero model calls; a model-only run says nothing about codemods", () => {
    const offline = record([fn("f", [round(1, "codemod:sql-parameters", 0)])], 1);
    assert.match(cost(pullRequestBody(offline, context)), /^0 model calls and 1 codemod rewrite \(no model, no tokens\)/);
    const model = record([fn("f", [round(1, "claude-x", 10), round(2, "claude-x", 10)])], 2);
    assert.match(cost(pullRequestBody(model, context)), /^2 model calls \(auto, claude-x\)/);
    assert.doesNotMatch(cost(pullRequestBody(model, context)), /codemod/);
  });
  test("a handler the fix dropped is named under Notes, for the selected round only", () => {
    const note = "dropped the handler for CalledProcessError: only subprocess.run raised it, and it is gone";
    const chosen = { ...round(2, "claude-x", 10), notes: [note] };
    const fixed = { ...fn("tag", [{ ...round(1, "claude-x", 10), notes: ["a note of a round not taken"] }, chosen]), status: "fixed" as const, selected_round: 2 };
    const body = pullRequestBody(record([fixed], 2), context);
    assert.match(body, /### Notes\n\n- `tag` in `app\/x\.py`: dropped the handler for CalledProcessError: only subprocess\.run raised it, and it is gone/);
    assert.doesNotMatch(body, /a note of a round not taken/);
    assert.doesNotMatch(pullRequestBody(record([fn("f", [round(1, "claude-x", 10)])], 1), context), /### Notes/);
  });
});

describe("names that say a value is a secret (random-secrets)", () => {
  test("names are split into whole parts on _, digits and camelCase, acronyms kept together", () => {
    assert.deepEqual(nameParts("make_APIKey2fa"), ["make", "api", "key", "2", "fa"]);
    assert.deepEqual(nameParts("resetCodes"), ["reset", "codes"]);
  });
  test("a token word as a whole part, in any case style or plural, is a secret name", () => {
    for (const name of ["make_token", "apiKey", "API_KEY", "generate_password", "csrfToken", "session_id", "resetCodes", "new_keys", "Salt", "otp6", "sessionid"]) {
      assert.equal(isTokenName(name), true, name);
    }
  });
  test("a token word buried inside another word is not: monkey, turkey, keyboard, tokenizer, passage, saltwater", () => {
    for (const name of ["monkey", "pick_monkey", "turkeyCount", "keyboard_layout", "tokenizer_seed", "passage", "saltwater", "authorName", "sessionize", "shuffle_deck"]) {
      assert.equal(isTokenName(name), false, name);
    }
  });
});
