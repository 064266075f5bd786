import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const sources = ["src/action/main.ts", "src/action/fix.ts"].map((f) => readFileSync(new URL(f, root), "utf8")).join("\n");
const used = (pattern: RegExp) => new Set([...sources.matchAll(pattern)].map((m) => m[1] as string));

test("every input the Action reads is declared in action.yml, and every declared input is read", () => {
  const read = used(/(?:core\.get(?:Boolean|Multiline)?Input|\binput)\("([^"]+)"\)/g);
  assert.deepEqual([...read].sort(), Object.keys(action.inputs).sort());
  for (const [name, spec] of Object.entries(action.inputs)) assert.ok(spec.description.length > 10, `input ${name} is described`);
});

test("every output the Action sets is declared, and every declared output is set", () => {
  const set = used(/(?:core\.)?setOutput\("([^"]+)"/g);
  assert.deepEqual([...set].sort(), Object.keys(action.outputs).sort());
});

test("the Action runs the committed bundle on node24", () => {
  assert.equal(action.runs.using, "node24");
  assert.equal(action.runs.main, "dist/action/index.js");
});

test("the README documents every input and output", () => {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
    assert.ok(readme.includes(`\`${name}\``), `README mentions \`${name}\``);
  }
});
