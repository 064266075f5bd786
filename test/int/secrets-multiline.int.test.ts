/**
 * A hardcoded password whose value spans lines (a triple-quoted literal, an implicitly
 * concatenated one) must not be printed by any surface: the reports in every format, the Action's
 * job summary and annotations, and the pre-commit hook's output.
 */
import { afterAll, beforeAll, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACTION_ENTRY, runAction } from "../helpers/action.js";
import { TempRepo, checkJson, git, runCli } from "../helpers/repo.js";

const BASE = "import os\n\n\ndef home():\n    return os.getcwd()\n";
// Every part of every value, each distinctive enough that finding it anywhere is a leak.
const PARTS = ["hunter2-first-line", "second-line-secret", "abc-first-half", "def-second-half", "topsecret-default", "more-top-secret"];
const SECRETS =
  `${BASE}\n` +
  `PASSWORD = """${PARTS[0]}\n${PARTS[1]}\n"""\n` +
  `SECRET_PASSWORD = ("${PARTS[2]}"\n    "${PARTS[3]}")\n\n\n` +
  `def connect(password="""${PARTS[4]}\n${PARTS[5]}\n"""):\n    return password\n`;

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

function leaked(text: string): string[] {
  return PARTS.filter((p) => text.includes(p));
}

function agentRepo(): TempRepo {
  const repo = new TempRepo();
  cleanup.push(() => repo.dispose());
  repo.write("app/settings.py", BASE).commit("baseline");
  repo.git("checkout", "-q", "-b", "agent/work");
  repo.write("app/settings.py", SECRETS).commit("agent change");
  return repo;
}

beforeAll(() => {
  assert.ok(existsSync(ACTION_ENTRY), "dist/action/index.js must be built (npm run bundle)");
});

describe("multi-line secrets are redacted whole", () => {
  test("text, markdown, JSON and SARIF reports print no part of a multi-line password", async () => {
    const repo = agentRepo();
    const json = await checkJson(repo.dir, ["--base", "main"]);
    assert.equal(json.code, 1, json.stderr);
    const secrets = json.report.regressions.filter((r) => ["B105", "B107"].includes(r.test_id));
    assert.equal(secrets.length, 3, JSON.stringify(json.report.regressions));
    // The flagged lines are still shown (a reader sees which statement it is), only the values go.
    assert.ok(secrets.some((r) => r.code.some((l) => l.startsWith("PASSWORD = "))));
    assert.deepEqual(leaked(json.stdout), []);
    for (const format of ["text", "markdown", "sarif"]) {
      const run = await runCli(repo.dir, ["check", "--base", "main", "--quiet", "--format", format]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /B105/);
      assert.deepEqual(leaked(run.stdout + run.stderr), [], `${format} leaks`);
    }
  });

  test("the pre-commit hook prints no part of a staged multi-line password", async () => {
    const repo = new TempRepo();
    cleanup.push(() => repo.dispose());
    repo.write("app/settings.py", BASE).commit("baseline");
    repo.write("app/settings.py", SECRETS).git("add", "-A");
    const run = await runCli(repo.dir, ["hook", "--verbose", "app/settings.py"]);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /B105/);
    assert.deepEqual(leaked(run.stdout + run.stderr), []);
  });

  test("the Action's summary, annotations and report files print no part of a multi-line password", async () => {
    const origin = mkdtempSync(join(tmpdir(), "bandit-gate-origin-"));
    git(origin, "init", "-q", "--bare", "-b", "main");
    const author = agentRepo();
    author.git("remote", "add", "origin", origin);
    author.git("push", "-q", "origin", "main", "agent/work");
    const parent = mkdtempSync(join(tmpdir(), "bandit-gate-ws-"));
    const ws = join(parent, "ws");
    git(parent, "clone", "-q", "--no-tags", "--branch", "agent/work", `file://${origin}`, ws);
    const payload = { ref: "refs/heads/agent/work", before: "0".repeat(40), after: "", repository: { default_branch: "main" } };
    const run = await runAction(ws, "push", payload);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(run.summary, /B105/);
    assert.match(run.stdout, /::warning title=bandit-gate B105/);
    assert.deepEqual(leaked(run.summary), [], "summary leaks");
    assert.deepEqual(leaked(run.stdout + run.stderr), [], "log or annotations leak");
    for (const [name, content] of Object.entries(run.files)) assert.deepEqual(leaked(content), [], `${name} leaks`);
  });
});
