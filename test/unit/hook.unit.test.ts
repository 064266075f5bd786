import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { hookSettings } from "../../src/cli/commands/hook.js";
import { gateSettingsFromFlags } from "../../src/cli/args.js";

const context = { cwd: "/repo", repoRoot: "/repo", head: { kind: "index" } as const };

describe("the hook's settings", () => {
  test("staged content against HEAD, restricted to the files pre-commit passes", () => {
    const settings = hookSettings(gateSettingsFromFlags({}, ["app/a.py", "b.py"], context));
    assert.deepEqual(settings.head, { kind: "index" });
    assert.deepEqual(settings.baseline, { kind: "ref", ref: "HEAD" });
    assert.deepEqual(settings.paths, ["app/a.py", "b.py"]);
  });

  test("--baseline FILE and --base REF are kept", () => {
    assert.deepEqual(hookSettings(gateSettingsFromFlags({ baseline: ".bandit-baseline.json" }, [], context)).baseline, {
      kind: "file",
      path: ".bandit-baseline.json",
    });
    assert.deepEqual(hookSettings(gateSettingsFromFlags({ base: "origin/main" }, [], context)).baseline, { kind: "ref", ref: "origin/main" });
  });

  test("over a range (pre-push, --from-ref/--to-ref) the range is judged", () => {
    const range = { fromRef: "1111111", toRef: "2222222" };
    const settings = hookSettings(gateSettingsFromFlags({}, [], context), range);
    assert.deepEqual(settings.head, { kind: "commit", ref: "2222222" });
    assert.deepEqual(settings.baseline, { kind: "ref", ref: "1111111" });
    const withFile = hookSettings(gateSettingsFromFlags({ baseline: "b.json" }, [], context), range);
    assert.deepEqual(withFile.head, { kind: "commit", ref: "2222222" });
    assert.deepEqual(withFile.baseline, { kind: "file", path: "b.json" });
    assert.deepEqual(hookSettings(gateSettingsFromFlags({}, [], context), { fromRef: "1111111" }).head, { kind: "index" }, "half a range is no range");
  });
});
