import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { entriesOf, environmentBounds } from "../../src/adapters/inherited-environment.js";

// What a process was started with stays readable in /proc/<pid>/environ by its children (same
// user); hideInheritedEnvironment overwrites what children are not given, and this process keeps
// reading the same values.

const ADAPTER = fileURLToPath(new URL("../../src/adapters/inherited-environment.ts", import.meta.url));
const CHILD_ENV = fileURLToPath(new URL("../../src/core/child-env.ts", import.meta.url));

describe("the inherited environment", () => {
  test("its values are hidden from /proc/<pid>/environ, by name, and this process still reads them", () => {
    if (process.platform !== "linux") return;
    const dir = mkdtempSync(join(tmpdir(), "bandit-gate-environ-"));
    const script = join(dir, "hide.mts");
    writeFileSync(
      script,
      [
        `import { hideInheritedEnvironment } from ${JSON.stringify(ADAPTER)};`,
        `import { isAllowListedName } from ${JSON.stringify(CHILD_ENV)};`,
        `import { execFileSync } from "node:child_process";`,
        `const outcome = hideInheritedEnvironment(isAllowListedName);`,
        // A child reads its parent's environment as a hostile test file would.
        `const seen = execFileSync("sh", ["-c", "cat /proc/$PPID/environ"], { env: { PATH: process.env.PATH } });`,
        `process.stdout.write(JSON.stringify({ outcome, seen: seen.toString("latin1"), key: process.env["INPUT_ANTHROPIC-API-KEY"], token: process.env.GITHUB_TOKEN }));`,
      ].join("\n"),
    );
    const key = "sk-ant-hidden-0123456789abcdef";
    const token = "ghs_hidden_0123456789abcdef";
    const out = execFileSync(process.execPath, ["--import", "tsx", script], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, "INPUT_ANTHROPIC-API-KEY": key, GITHUB_TOKEN: token, LANG: "C.UTF-8" },
      encoding: "utf8",
    });
    const result = JSON.parse(out) as { outcome: { hidden?: number; problem?: string }; seen: string; key: string; token: string };
    assert.ok((result.outcome.hidden ?? 0) >= 2, JSON.stringify(result.outcome));
    assert.ok(!result.seen.includes(key) && !result.seen.includes(token), "the values are gone from /proc/<pid>/environ");
    assert.match(result.seen, /INPUT_ANTHROPIC-API-KEY=\*{30}\0/);
    assert.match(result.seen, /LANG=C\.UTF-8\0/, "what children are given anyway is left as it is");
    assert.equal(result.key, key, "the process itself still reads the key");
    assert.equal(result.token, token);
  });

  test("the environment's bounds are read after a process name holding spaces and parentheses", () => {
    const fields = Array.from({ length: 52 }, (_, i) => String(i + 1));
    const stat = `1234 (a (b) c) ${fields.slice(2).join(" ")}\n`;
    assert.deepEqual(environmentBounds(stat), [50, 51]);
    const block = Buffer.from("A=1\0EMPTY=\0NOEQUALS\0B=x=y\0");
    assert.deepEqual(
      entriesOf(block).map((e) => [e.name, block.subarray(e.valueStart, e.valueEnd).toString()]),
      [["A", "1"], ["EMPTY", ""], ["B", "x=y"]],
    );
  });
});
