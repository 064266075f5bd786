#!/usr/bin/env node
// Runs the test suites with Node's own runner: `npm test` (all), `npm test -- unit`, `npm test -- int`.
// Bandit comes from $BANDIT_GATE_BANDIT (set by .ci/run) or PATH.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const kinds = process.argv.slice(2).filter((a) => a === "unit" || a === "int");
const wanted = kinds.length > 0 ? kinds : ["unit", "int"];
const files = [];
for (const kind of wanted) {
  const dir = join("test", kind);
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(`.${kind}.test.ts`)) files.push(join(dir, name));
  }
}
if (files.length === 0) {
  console.error(`no test files found for ${wanted.join(", ")}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-reporter=spec", ...files],
  { stdio: "inherit", env: { ...process.env, NO_COLOR: "1" } },
);
process.exit(result.status ?? 1);
