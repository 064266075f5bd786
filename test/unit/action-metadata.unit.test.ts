import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ACTION_INPUTS, actionYmlDefault } from "../../src/action/inputs.js";
import { ACTION_OUTPUTS } from "../../src/action/outputs.js";

const root = new URL("../../", import.meta.url);
const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const sorted = (names: Iterable<string>) => [...names].sort();

/** The first column of the README table that follows `marker`: its `name`s in backticks. */
function readmeTableKeys(marker: string): string[] {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  const start = readme.indexOf(marker);
  assert.ok(start >= 0, `README.md has the ${marker} marker`);
  const rows = readme.slice(start).split("\n").slice(1);
  const table = rows.slice(0, rows.findIndex((line) => !line.startsWith("|")));
  return table.slice(2).map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1] ?? `unparsed row: ${row}`);
}

test("the Action's input list and action.yml name the same inputs, with the same defaults", () => {
  assert.deepEqual(sorted(Object.keys(ACTION_INPUTS)), sorted(Object.keys(action.inputs)));
  for (const [name, spec] of Object.entries(ACTION_INPUTS)) {
    assert.equal(String(action.inputs[name]?.default ?? ""), actionYmlDefault(spec), `action.yml's default of ${name}`);
  }
  for (const [name, spec] of Object.entries(action.inputs)) assert.ok(spec.description.length > 10, `input ${name} is described`);
});

test("the Action's output list and action.yml name the same outputs", () => {
  assert.deepEqual(sorted(ACTION_OUTPUTS), sorted(Object.keys(action.outputs)));
  for (const [name, spec] of Object.entries(action.outputs)) assert.ok(spec.description.length > 5, `output ${name} is described`);
});

test("the README's inputs and outputs tables list exactly action.yml's, in its order", () => {
  assert.deepEqual(readmeTableKeys("<!-- action-inputs:"), Object.keys(action.inputs));
  assert.deepEqual(readmeTableKeys("<!-- action-outputs:"), Object.keys(action.outputs));
});

test("the Action runs the committed bundle on node24", () => {
  assert.equal(action.runs.using, "node24");
  assert.equal(action.runs.main, "dist/action/index.js");
});
