import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CommandNotFoundError, runCommand } from "../../src/adapters/process.js";

/** Running, as opposed to gone or a zombie waiting to be reaped (which a container's init may leave). */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

describe("the process adapter (every process starts through @actions/exec)", () => {
  test("collects stdout and stderr quietly and returns a non-zero exit code instead of throwing", async () => {
    const result = await runCommand("sh", ["-c", "echo out; echo err >&2; exit 3"]);
    assert.deepEqual([result.code, result.stdout, result.stderr], [3, "out\n", "err\n"]);
  });

  test("keeps binary stdout byte for byte", async () => {
    const bytes = Buffer.from([0, 255, 10, 13, 128, 1]);
    const dir = mkdtempSync(join(tmpdir(), "bandit-gate-proc-"));
    writeFileSync(join(dir, "blob"), bytes);
    const result = await runCommand("cat", [join(dir, "blob")], { binary: true });
    assert.deepEqual(result.stdoutBuffer, bytes);
    assert.equal(result.stdout, bytes.toString("latin1"));
  });

  test("hands input to stdin; without input stdin is empty and closed, so a reader does not wait", async () => {
    assert.equal((await runCommand("cat", [], { input: "héllo\n" })).stdout, "héllo\n");
    assert.equal((await runCommand("cat", [])).stdout, "");
  });

  test("a program that exits without reading a large input does not bring the caller down (EPIPE)", async () => {
    for (let i = 0; i < 5; i++) assert.equal((await runCommand("sh", ["-c", "exit 5"], { input: "x".repeat(2_000_000) })).code, 5);
    assert.equal((await runCommand("true", [])).code, 0);
  });

  test("finds a bare program on the PATH of the environment it is given, as spawn does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bandit-gate-proc-"));
    writeFileSync(join(dir, "only-here"), "#!/bin/sh\necho found\n");
    chmodSync(join(dir, "only-here"), 0o755);
    assert.equal((await runCommand("only-here", [], { env: { PATH: `${dir}:/usr/bin:/bin` } })).stdout, "found\n");
    await assert.rejects(runCommand("only-here", []), CommandNotFoundError);
    await assert.rejects(runCommand("/etc/passwd/not-a-dir", []), CommandNotFoundError);
  });

  test("a time limit kills the program and everything it started, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bandit-gate-proc-"));
    const started = Date.now();
    const result = await runCommand("/bin/sh", ["-c", `sleep 60 & echo $! > ${dir}/bg; sleep 60; echo never`], { timeoutMs: 1000 });
    assert.equal(result.code, 124);
    assert.match(result.stderr, /killed after 1 s \(time limit\)/);
    assert.doesNotMatch(result.stdout, /never/);
    assert.ok(Date.now() - started < 20_000, "returned at the limit, not when the program would have ended");
    const background = Number(readFileSync(join(dir, "bg"), "utf8"));
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(alive(background), false, "the background child of the shell was killed with it");
  });

  test("under a time limit the exit code and output pass through unchanged", async () => {
    const result = await runCommand("sh", ["-c", "echo hi; echo oops >&2; exit 7"], { timeoutMs: 10_000 });
    assert.deepEqual([result.code, result.stdout, result.stderr], [7, "hi\n", "oops\n"]);
  });
});
