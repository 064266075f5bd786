#!/usr/bin/env node
// Adds up jest's --json results (one file per run) into one plain closing line for CI's log:
// `tests: N passed, N failed, N skipped`. Exits non-zero when a file is missing or a test failed.
import { readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  let result;
  try {
    result = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(`test-totals: cannot read jest's results ${file}: ${error.message}`);
    process.exit(1);
  }
  passed += result.numPassedTests;
  failed += result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0);
  skipped += result.numPendingTests + result.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
