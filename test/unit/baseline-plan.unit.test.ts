import { test } from "@jest/globals";
import assert from "node:assert/strict";
import { planAgainstStored, type BaselineFile } from "../../src/core/gate/baseline-file.js";

const stored: BaselineFile = {
  schema: "bandit-gate/baseline",
  schema_version: 3,
  notebooks: false,
  bandit_version: "1.9.4",
  config_digest: "c",
  files: {
    "same.py": { blob: "b-same", findings: [] },
    "edited.py": { blob: "b-old", findings: [] },
    "moved_from.py": { blob: "b-moved", findings: [] },
    "deleted.py": { blob: "b-deleted", findings: [] },
  },
};
const head = new Map([
  ["same.py", "b-same"],
  ["edited.py", "b-new"],
  ["moved_to.py", "b-moved"],
  ["fresh.py", "b-fresh"],
]);
const everything = () => true;

test("unchanged, edited, moved, new and deleted files", () => {
  assert.deepEqual(planAgainstStored(stored, head, { reuse: true, owns: everything }), {
    scan: [{ path: "edited.py", storedPath: "edited.py" }, { path: "fresh.py" }],
    unchanged: [
      { path: "moved_to.py", storedPath: "moved_from.py" },
      { path: "same.py", storedPath: "same.py" },
    ],
    gone: ["deleted.py"],
  });
});

test("a different Bandit or configuration rescans everything, and still knows what moved", () => {
  const plan = planAgainstStored(stored, head, { reuse: false, owns: everything });
  assert.deepEqual(plan.unchanged, []);
  assert.deepEqual(plan.scan, [
    { path: "edited.py", storedPath: "edited.py" },
    { path: "fresh.py" },
    { path: "moved_to.py", storedPath: "moved_from.py" },
    { path: "same.py", storedPath: "same.py" },
  ]);
  assert.deepEqual(plan.gone, ["deleted.py"]);
});

test("shards: a file moved into another shard is neither gone here nor scanned there as new", () => {
  const ownsFrom = planAgainstStored(stored, head, { reuse: true, owns: (p) => p === "moved_from.py" });
  assert.deepEqual(ownsFrom, { scan: [], unchanged: [], gone: [] });
  const ownsTo = planAgainstStored(stored, head, { reuse: true, owns: (p) => p === "moved_to.py" });
  assert.deepEqual(ownsTo.unchanged, [{ path: "moved_to.py", storedPath: "moved_from.py" }]);
});

test("two copies of a moved file: one takes the stored identity, the other is new", () => {
  const copies = new Map([["a_copy.py", "b-moved"], ["b_copy.py", "b-moved"]]);
  const plan = planAgainstStored(stored, copies, { reuse: true, owns: everything });
  assert.deepEqual(plan.unchanged, [{ path: "a_copy.py", storedPath: "moved_from.py" }]);
  assert.deepEqual(plan.scan, [{ path: "b_copy.py" }]);
});
