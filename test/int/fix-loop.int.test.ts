import { afterEach, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TempRepo, runCli } from "../helpers/repo.js";
import { MessagesServer, type ScriptedReply } from "../helpers/messages-server.js";
import type { FixRecord } from "../../src/core/fix/record.js";
import { RULE_GUIDANCE } from "../../src/core/fix/security-rules.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");
const BASE = fixture("find_user.base.py");
const HEAD = fixture("find_user.head.py");

const fence = (code: string, imports = "") => `Here is the rewrite.\n\n\`\`\`python\n${imports}${code}\`\`\`\n`;
const CLEAN = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');
const STILL_INJECTABLE = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    sql = "SELECT id FROM users WHERE name = \'%s\'" % name\n    return conn.execute(sql).fetchone()\n');
const NOSEC = fence('def find_user(conn: sqlite3.Connection, name):\n    if not name:\n        raise ValueError("name is required")\n    query = "SELECT id FROM users WHERE name = \'" + name + "\'"  # nosec B608\n    return conn.execute(query).fetchone()\n');
const NO_RAISE = fence('def find_user(conn: sqlite3.Connection, name):\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');
const NEW_SIGNATURE = fence('def find_user(conn: sqlite3.Connection, name: str, limit: int = 1):\n    if not name:\n        raise ValueError("name is required")\n    return conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchone()\n');

let server: MessagesServer;
let repo: TempRepo;

beforeEach(async () => {
  server = await new MessagesServer().start();
  repo = new TempRepo();
  repo.write("app/users.py", BASE).commit("base");
  repo.write("app/users.py", HEAD);
});

afterEach(async () => {
  await server.stop();
  repo.dispose();
});

async function fix(replies: ScriptedReply[], args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  server.reply(...replies);
  const recordPath = join(repo.dir, "..", `${repo.dir.split("/").pop()}-record.json`);
  // These tests are about the model's loop: the codemods (auto, the default) would fix the fixture first.
  const run = await runCli(repo.dir, ["fix", "--base", "main", "--record", recordPath, "--generator", "model", ...args], {
    ANTHROPIC_API_KEY: "test-key",
    ANTHROPIC_BASE_URL: server.url,
    ...env,
  });
  const record = existsSync(recordPath) ? (JSON.parse(readFileSync(recordPath, "utf8")) as FixRecord) : undefined;
  if (existsSync(recordPath)) rmSync(recordPath);
  return { ...run, record };
}

describe("bandit-gate fix with the anthropic generator against a local Messages API", () => {
  test("a fix in round 1: the diff applies, Bandit is satisfied, the loop stops early", async () => {
    const run = await fix([{ text: CLEAN, usage: { input_tokens: 700, output_tokens: 80 } }, { text: STILL_INJECTABLE }, { text: STILL_INJECTABLE }]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^diff --git a\/app\/users\.py b\/app\/users\.py/);
    assert.match(run.stdout, /\+    return conn\.execute\("SELECT id FROM users WHERE name = \?", \(name,\)\)\.fetchone\(\)/);
    assert.equal(server.messageRequests.length, 1, "early exit: a score of 0 ends the loop");
    assert.equal(server.remaining, 2);

    const body = server.messageRequests[0]?.body ?? {};
    assert.equal(body.model, "claude-sonnet-5-5");
    assert.equal("temperature" in body, false, "API 2026-10-21 rejects temperature");
    assert.ok(Number(body.max_tokens) > 0 && Number(body.max_tokens) <= 4096);
    const prompt = (body.messages as { content: string }[])[0]?.content ?? "";
    assert.match(prompt, /B608 hardcoded_sql_expressions/);
    assert.match(prompt, /- line 4: B608/, "the finding's line counts from the function's first line");

    const fn = run.record?.functions[0];
    assert.equal(fn?.status, "fixed");
    assert.equal(fn?.qualname, "find_user");
    assert.equal(fn?.score_before, 3);
    assert.equal(fn?.selected_round, 1);
    assert.deepEqual(fn?.findings_after, []);
    assert.deepEqual(fn?.usage, { input_tokens: 700, output_tokens: 80 });
    assert.match(run.stderr, /find_user \(lines 4-8\): FIXED/);
    assert.match(run.stderr, /round 1: score 0/);
    assert.match(run.stderr, /tokens: 700 in, 80 out/);

    repo.write("stdout.patch", run.stdout);
    repo.git("apply", "--check", "stdout.patch");
  });

  test("a round that does not improve, then a better one; the profile adapts between them", async () => {
    const run = await fix([{ text: STILL_INJECTABLE }, { text: CLEAN }], ["--patch", "fix.patch"]);
    assert.equal(run.code, 0, run.stderr);
    const fn = run.record?.functions[0];
    assert.deepEqual(fn?.rounds.map((r) => r.score), [3, 0]);
    assert.equal(fn?.selected_round, 2);
    assert.deepEqual(fn?.rounds[0]?.profile_changes.map((c) => c.rule), ["sql_injection_prevention"]);
    const firstPriority = (prompt: string) => prompt.split("Security priorities (hard requirements):\n- ")[1]?.split("\n")[0];
    assert.equal(firstPriority(fn?.rounds[0]?.prompt ?? ""), RULE_GUIDANCE.input_validation);
    assert.equal(firstPriority(fn?.rounds[1]?.prompt ?? ""), RULE_GUIDANCE.sql_injection_prevention, "B608 in round 1 promoted SQL safety to the top");
    assert.match(run.stdout, /round 1: score 3: B608 \(MEDIUM\)/);
    assert.match(run.stdout, /selected: round 2/);
    const patch = readFileSync(join(repo.dir, "fix.patch"), "utf8");
    repo.git("apply", "fix.patch");
    assert.equal(repo.read("app/users.py"), BASE);
    assert.match(patch, /^--- a\/app\/users\.py$/m);

    const profile = readFileSync(join(repo.dir, ".github/bandit-gate/profile.yml"), "utf8");
    assert.match(profile, /sql_injection_prevention: 1\.35/, "the learned weight is written back");
  });

  test("cheating candidates are rejected: # nosec, a deleted raise, a changed signature", async () => {
    const run = await fix([{ text: NOSEC }, { text: NO_RAISE }, { text: NEW_SIGNATURE }], ["--temperature-ramp", "0.2,0.4,0.6"]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "", "no patch is proposed");
    const fn = run.record?.functions[0];
    assert.equal(fn?.status, "unfixed");
    assert.equal(fn?.selected_round, null);
    assert.deepEqual(fn?.rounds.map((r) => r.rejections.map((x) => x.code)), [["nosec-added"], ["raise-removed"], ["signature-changed"]]);
    assert.deepEqual(fn?.rounds.map((r) => r.score), [null, null, null], "rejected candidates are never scored");
    assert.match(run.stderr, /round 1: rejected: the candidate adds a # nosec comment/);
    assert.match(run.stderr, /round 2: rejected: existing raise statement\(s\) removed: raise ValueError/);
    assert.match(run.stderr, /round 3: rejected: the signature changed/);
    assert.match(run.stderr, /selected: none \(every round was rejected \(nosec-added, raise-removed, signature-changed\)\)/);
    assert.equal(repo.read("app/users.py"), HEAD);
    assert.deepEqual(fn?.rounds.map((r) => r.temperature), [0.2, 0.4, 0.6], "the ramp is recorded per round");
    assert.ok(server.messageRequests.every((r) => !("temperature" in r.body)));
    assert.match(run.stderr, /--temperature-ramp is recorded but has no effect/);
  });

  test("429 and 529 answers are retried by the SDK", async () => {
    const run = await fix([{ status: 429 }, { status: 529 }, { text: CLEAN }], ["--write"]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(server.messageRequests.length, 3);
    assert.equal(run.record?.usage.calls, 1, "retries are one call");
    assert.equal(repo.read("app/users.py"), BASE, "--write applied the fix");
  });

  test("a token budget stops the loop and is never exceeded", async () => {
    // Measure round 1's prompt, then allow round 1 and too little for round 2.
    const probe = await fix([{ text: STILL_INJECTABLE, usage: { output_tokens: 200 } }], ["--max-rounds", "1"]);
    const firstInput = probe.record?.functions[0]?.rounds[0]?.usage.input_tokens ?? 0;
    assert.ok(firstInput > 100);
    rmSync(join(repo.dir, ".github"), { recursive: true, force: true });
    const before = server.messageRequests.length;
    const budget = firstInput + 200 + 100;

    const run = await fix([{ text: STILL_INJECTABLE, usage: { output_tokens: 200 } }, { text: CLEAN }], ["--max-tokens", String(budget)]);
    assert.equal(run.code, 1);
    assert.equal(server.messageRequests.length - before, 1, "round 2 was never sent");
    const record = run.record as FixRecord;
    assert.ok(record.usage.input_tokens + record.usage.output_tokens <= budget);
    assert.match(record.stopped_early ?? "", /token budget reached/);
    assert.equal(record.functions[0]?.rounds.length, 1);
    assert.match(run.stderr, /stopped early: token budget reached/);
    assert.ok(Number(server.messageRequests.at(-1)?.body.max_tokens) <= budget - firstInput, "max_tokens of each call fits the remaining budget");
  });

  test("an API that keeps failing after the SDK's retries ends the run with what it has", async () => {
    const run = await fix(Array(5).fill({ status: 500, message: "upstream is down" }));
    assert.equal(run.code, 1);
    assert.equal(server.messageRequests.length, 5, "one request and four retries");
    assert.match(run.record?.stopped_early ?? "", /failed while generating a candidate after retries \(500\)/);
    assert.equal(run.record?.functions[0]?.status, "unfixed");
    assert.equal(run.stdout, "");
  });

  test("a key the API rejects is a configuration error", async () => {
    const run = await fix([{ status: 401, errorType: "authentication_error", message: "invalid x-api-key" }]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /rejected the key.*ANTHROPIC_API_KEY/);
    assert.equal(server.messageRequests.length, 1, "401 is not retried");
  });

  test("a missing API key is a configuration error before anything runs", async () => {
    const run = await fix([], [], { ANTHROPIC_API_KEY: "" });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /ANTHROPIC_API_KEY/);
    assert.equal(server.requests.length, 0);
    assert.equal(existsSync(join(repo.dir, ".github/bandit-gate/profile.yml")), false);
  });
});

describe("bandit-gate fix with other generators and settings", () => {
  test("replay:FILE reproduces replies from a file, and a run record replays the same run", async () => {
    const replay = new URL("../fixtures/fix/replay-find-user.json", import.meta.url).pathname;
    const first = await fix([], ["--generator", `replay:${replay}`, "--patch", "a.patch"]);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(first.record?.functions[0]?.rounds.map((r) => r.rejections.map((x) => x.code)), [["nosec-added", "raise-removed"], []]);
    assert.deepEqual(first.record?.functions[0]?.usage, { input_tokens: 1020, output_tokens: 115 });
    const recordFile = join(repo.dir, "run.json");
    writeFileSync(recordFile, JSON.stringify(first.record));
    rmSync(join(repo.dir, ".github"), { recursive: true, force: true });
    const second = await fix([], ["--generator", `replay:${recordFile}`, "--patch", "b.patch"]);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(repo.read("a.patch"), repo.read("b.patch"));
    assert.equal(server.requests.length, 0);
  });

  test("a test command that fails on the patched tree rejects the candidate", async () => {
    const run = await fix([{ text: CLEAN }], ["--max-rounds", "1", "--test-command", "grep -q 'WHERE name = ?\", (name,))' app/users.py && exit 7"]);
    assert.equal(run.code, 1);
    const round = run.record?.functions[0]?.rounds[0];
    assert.equal(round?.score, 0);
    assert.deepEqual(round?.rejections.map((r) => r.code), ["tests-failed"]);
    assert.equal(round?.tests?.exit_code, 7);
    assert.equal(repo.read("app/users.py"), HEAD, "the real tree is untouched");
  });

  test("two regressed functions in one file become one patch with one import block", async () => {
    repo.write("app/tools.py", "import os\n\n\ndef a(x):\n    return x\n\n\nclass B:\n    def b(self, y):\n        return y\n").commit("tools");
    repo.write("app/tools.py", "import os\n\n\ndef a(x):\n    return eval(x)\n\n\nclass B:\n    def b(self, y):\n        return os.system(y)\n");
    repo.write("app/users.py", BASE);
    const replies = join(repo.dir, "..", `${repo.dir.split("/").pop()}-replies.json`);
    writeFileSync(replies, JSON.stringify({ responses: [
      { text: fence("def a(x):\n    return ast.literal_eval(x)\n", "import ast\n") },
      { text: fence("def b(self, y):\n    return subprocess.run(shlex.split(y), check=False).returncode\n", "import ast\nimport shlex\nimport subprocess\n") },
    ] }));
    const run = await fix([], ["--generator", `replay:${replies}`, "--write", "--max-rounds", "1"]);
    rmSync(replies);
    // os.system (B605) became subprocess.run (B603, LOW): safer, but a new finding the gate still reports.
    assert.deepEqual(run.record?.functions.map((f) => [f.qualname, f.status]), [["a", "fixed"], ["B.b", "improved"]]);
    assert.deepEqual(run.record?.functions[1]?.regressions_after.map((r) => r.test_id), ["B603"]);
    assert.equal(
      repo.read("app/tools.py"),
      "import os\nimport ast\nimport shlex\nimport subprocess\n\n\ndef a(x):\n    return ast.literal_eval(x)\n\n\nclass B:\n    def b(self, y):\n        return subprocess.run(shlex.split(y), check=False).returncode\n",
    );
  });

  test("module-level findings are listed as not regenerated", async () => {
    repo.write("app/settings.py", 'PASSWORD = "hunter2"\n');
    const run = await fix([{ text: CLEAN }]);
    assert.equal(run.code, 1);
    assert.deepEqual(run.record?.module_level.map((m) => [m.path, m.test_id]), [["app/settings.py", "B105"]]);
    assert.match(run.stderr, /app\/settings\.py:1: B105: NOT FIXED: the finding is outside any function/);
    assert.equal(run.record?.functions[0]?.status, "fixed");
  });

  test("asserts in a test file are set aside as the gate sets them aside: a test helper rewritten with its assert kept is fixed", async () => {
    repo.write("app/users.py", BASE);
    repo.write("tests/test_tools.py", "import hashlib\n\n\ndef fingerprint(data):\n    digest = hashlib.md5(data).hexdigest()\n    assert digest\n    return digest\n");
    const sha = fence("def fingerprint(data):\n    digest = hashlib.sha256(data).hexdigest()\n    assert digest\n    return digest\n");
    const run = await fix([{ text: sha }, { text: sha }, { text: sha }]);
    const fn = run.record?.functions.find((f) => f.qualname === "fingerprint");
    assert.equal(fn?.status, "fixed", run.stderr);
    assert.deepEqual(fn?.regressions_after, []);
    assert.equal(server.messageRequests.length, 1, "the gate passes after round 1: B101 in a test file is not judged there");
    assert.equal(run.code, 0);
  });

  test("--record blanks a multi-line secret literal whole: no line of it in prompts, replies, candidates or test output", async () => {
    const secret = ["first-secret-line-9f1c", "second-secret-line-7a2e", "third-secret-line-4b5d"];
    const connect = (call: string) => `def connect(host):\n    password = """${secret[0]}\n${secret[1]}\n${secret[2]}"""\n    return ${call}\n`;
    repo.write("app/net.py", "import subprocess\n\n\ndef connect(host):\n    return host\n").commit("net");
    repo.write("app/net.py", `import subprocess\n\n\n${connect("subprocess.run(host, shell=True)")}`);
    repo.write("app/users.py", BASE);
    const replies = join(repo.dir, "..", `${repo.dir.split("/").pop()}-replies.json`);
    writeFileSync(replies, JSON.stringify({ responses: [
      { text: fence(connect("subprocess.run(['ping', host], check=False)")) },
      { text: fence(connect("subprocess.run(['ping', '-c', '1', host], check=False)")) },
    ] }));
    // The test command prints the literal's continuation line: its output tail is recorded too.
    const run = await fix([], ["--generator", `replay:${replies}`, "--max-rounds", "2", "--test-command", "sed -n 5,7p app/net.py; exit 3"]);
    rmSync(replies);
    const fn = run.record?.functions.find((f) => f.qualname === "connect");
    assert.ok(fn, run.stderr);
    assert.deepEqual(fn.findings_before.map((f) => f.test_id).sort(), ["B105", "B602"]);
    assert.equal(fn.rounds.length, 2);
    assert.equal(fn.rounds[0]?.tests?.exit_code, 3, "the test command ran and its output was recorded");
    const written = JSON.stringify(run.record);
    for (const part of secret) assert.ok(!written.includes(part), `${part} leaked into the record: ${written.slice(Math.max(0, written.indexOf(part) - 300), written.indexOf(part) + 100)}`);
    assert.ok(!run.stderr.includes(secret[1] as string), "nor into the log");
    // What was blanked is the literal, not the function around it.
    assert.match(fn.rounds[0]?.candidate?.function ?? "", /^def connect\(host\):\n {4}password = """\*\*\*\n\*\*\*\n\*\*\*"""\n {4}return subprocess\.run\(\['ping', host\], check=False\)\n?$/);
  });

  test("an invalid profile is a configuration error naming the line, and is left as it was", async () => {
    repo.write(".github/bandit-gate/profile.yml", "version: 1\nweights:\n  crypto_hygiene: 9\n");
    const run = await fix([{ text: CLEAN }]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /profile\.yml:3: weights\.crypto_hygiene must be between 0 and 1\.5/);
    assert.equal(repo.read(".github/bandit-gate/profile.yml"), "version: 1\nweights:\n  crypto_hygiene: 9\n");
  });
});

describe("fixed means what the gate means", () => {
  const RELEASE_BASE = fixture("release.base.py");
  const RELEASE_HEAD = fixture("release.head.py");
  const releaseFence = (body: string) => fence(`def release(conn: sqlite3.Connection, name):\n    subprocess.run(["git", "tag", name], check=True)\n${body}`);
  // The baseline's own subprocess call (B603, B607: LOW) stays; the branch's shell and SQL go.
  const GATE_CLEAN = releaseFence('    subprocess.run(["git", "push", "origin", name], check=True)  \n    return conn.execute("SELECT id FROM releases WHERE name = ?", (name,)).fetchone()\n'.replace("  \n", "\n"));
  // Only the SQL is fixed: the shell=True push (B602) is still a regression.
  const HALF = releaseFence('    subprocess.run("git push origin " + name, shell=True, check=True)\n    return conn.execute("SELECT id FROM releases WHERE name = ?", (name,)).fetchone()\n');

  beforeEach(() => {
    // Only release() regresses in these tests.
    repo.write("app/users.py", BASE);
    repo.write("app/release.py", RELEASE_BASE).commit("release");
    repo.write("app/release.py", RELEASE_HEAD);
  });

  test("a rewrite the gate would pass is fixed at once, although Bandit still scores the baseline's own subprocess call", async () => {
    const run = await fix([{ text: GATE_CLEAN }, { text: GATE_CLEAN }, { text: GATE_CLEAN }], ["--severity-level", "medium"]);
    const fn = run.record?.functions.find((f) => f.qualname === "release");
    assert.equal(fn?.status, "fixed", run.stderr);
    assert.equal(server.messageRequests.length, 1, "the loop stops once the gate passes; it does not chase the baseline's findings");
    assert.deepEqual(fn?.regressions_after, []);
    assert.deepEqual(fn?.rounds[0]?.regressions, []);
    assert.match(run.stderr, /release \(lines 5-9\): FIXED/);
    assert.match(run.stderr, /round 1: score \d+.*; the gate passes/);
    assert.equal(run.code, 0);
  });

  test("a rewrite that removes some regressions but not all is improved, not fixed, with the regressions left", async () => {
    const run = await fix([{ text: HALF }, { text: HALF }], ["--max-rounds", "2"]);
    const fn = run.record?.functions.find((f) => f.qualname === "release");
    assert.equal(fn?.status, "improved", run.stderr);
    assert.equal(server.messageRequests.length, 2, "an improvement does not stop the loop");
    assert.deepEqual(fn?.regressions_before.map((r) => r.test_id).sort(), ["B602", "B608"]);
    assert.deepEqual(fn?.regressions_after.map((r) => r.test_id).sort(), ["B602"]);
    assert.match(fn?.reason ?? "", /1 of 2 regression\(s\) remain \(B602 at line 3\)/);
    assert.match(run.stderr, /release \(lines 5-9\): IMPROVED/);
    assert.match(run.stderr, /fixed 0, improved 1 of 1 function/);
    assert.equal(run.code, 1, "an improved function still fails the gate");
    assert.match(run.stdout, /^diff --git/, "the improvement is still proposed");
  });

  test("a local alias hides shell=True from Bandit: the resolved form is rescanned and the candidate rejected", async () => {
    const ALIAS = releaseFence('    push = subprocess.run\n    push("git push origin " + name, shell=True, check=True)\n    return conn.execute("SELECT id FROM releases WHERE name = ?", (name,)).fetchone()\n');
    const run = await fix([{ text: ALIAS }], ["--max-rounds", "1"]);
    const round = run.record?.functions.find((f) => f.qualname === "release")?.rounds[0];
    assert.deepEqual(round?.rejections.map((r) => r.code), ["hidden-sink"], run.stderr);
    assert.match(round?.rejections[0]?.message ?? "", /with its aliases and indirection resolved, Bandit finds B602/);
    assert.equal(run.stdout, "", "nothing is proposed");
  });

  test("a rewrite that keeps the baseline's subprocess call but wraps it (black style) is fixed, and `check` on the fix agrees", async () => {
    // The baseline's B603/B607 call, reformatted over four lines: the text differs, the syntax does not.
    const WRAPPED = fence(
      'def release(conn: sqlite3.Connection, name):\n    subprocess.run(\n        ["git", "tag", name],\n        check=True,\n    )\n' +
        '    subprocess.run(["git", "push", "origin", name], check=True)\n' +
        '    return conn.execute(\n        "SELECT id FROM releases WHERE name = ?", (name,)\n    ).fetchone()\n',
    );
    // The push stays a plain subprocess call, new at this branch: the gate sees it at LOW only.
    const run = await fix([{ text: WRAPPED }, { text: WRAPPED }], ["--severity-level", "medium", "--patch", "fix.patch"]);
    const fn = run.record?.functions.find((f) => f.qualname === "release");
    assert.equal(fn?.status, "fixed", run.stderr);
    assert.deepEqual(fn?.rounds[0]?.regressions, []);
    assert.equal(server.messageRequests.length, 1, "fixed in round 1: no round chases the rewrapped baseline call");

    // The same verdict from the gate itself, on the fix applied and committed.
    repo.git("apply", "fix.patch");
    rmSync(join(repo.dir, "fix.patch"));
    repo.git("checkout", "-q", "-b", "fix");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "fix");
    const gate = await runCli(repo.dir, ["check", "--base", "main", "--severity-level", "medium", "--format", "json"]);
    const gated = JSON.parse(gate.stdout) as { regressions: Array<{ function?: string }> };
    assert.deepEqual(gated.regressions.filter((r) => r.function === "release"), [], gate.stdout);
    assert.equal(gate.code, 0, gate.stderr);

    // And at the LOW threshold both see the new push call (B603, B607) the same way: as regressions.
    const low = await runCli(repo.dir, ["check", "--base", "main", "--format", "json"]);
    const lowGated = JSON.parse(low.stdout) as { regressions: Array<{ test_id: string; line: number }> };
    assert.deepEqual(lowGated.regressions.map((r) => r.line), [10, 10], "only the new push call; not the rewrapped tag call at line 6");
  });

  test("at the LOW threshold the fix loop's verdict on a rewrapped baseline call equals `check`'s on the fix branch", async () => {
    const WRAPPED_ONLY = fence(
      'def release(conn: sqlite3.Connection, name):\n    subprocess.run(\n        ["git", "tag", name],\n        check=True,\n    )\n' +
        '    return conn.execute(\n        "SELECT id FROM releases WHERE name = ?", (name,)\n    ).fetchone()\n',
    );
    // Dropping the push changes behaviour, but the loop only judges security: the gate must pass.
    const run = await fix([{ text: WRAPPED_ONLY }], ["--max-rounds", "1", "--patch", "fix.patch"]);
    const fn = run.record?.functions.find((f) => f.qualname === "release");
    assert.equal(fn?.status, "fixed", run.stderr);
    assert.ok((fn?.rounds[0]?.findings ?? []).some((f) => f.test_id === "B603" && f.relative_line === 2), "Bandit still reports the rewrapped baseline call");
    assert.equal(run.code, 0, run.stderr);
    repo.git("apply", "fix.patch");
    rmSync(join(repo.dir, "fix.patch"));
    repo.git("checkout", "-q", "-b", "fix");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "fix");
    const gate = await runCli(repo.dir, ["check", "--base", "main", "--format", "json"]);
    assert.deepEqual((JSON.parse(gate.stdout) as { regressions: unknown[] }).regressions, [], gate.stdout);
    assert.equal(gate.code, 0);
  });

  test("a rewrite that only moves a finding (same sink, other words) is no improvement: the gate still sees it as new", async () => {
    const MOVED = releaseFence('    cmd = "git push origin " + name\n    subprocess.run(cmd, shell=True, check=True)\n    query = "SELECT id FROM releases WHERE name = \'%s\'" % name\n    return conn.execute(query).fetchone()\n');
    const run = await fix([{ text: MOVED }]);
    const fn = run.record?.functions.find((f) => f.qualname === "release");
    assert.equal(fn?.status, "unfixed", run.stderr);
    assert.equal(run.stdout, "");
  });
});

describe("continuation rounds: the model is told why its last candidate failed", () => {
  type Turn = { role: string; content: string };
  const turns = (i: number) => (server.messageRequests[i]?.body.messages ?? []) as Turn[];

  test("after a rejected candidate, round 2 carries that candidate as the model's turn and the validator's reason", async () => {
    const run = await fix([{ text: NOSEC }, { text: CLEAN }]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(turns(0).length, 1, "round 1 is a single question");
    const second = turns(1);
    assert.deepEqual(second.map((t) => t.role), ["user", "assistant", "user"]);
    assert.equal(second[0]?.content, turns(0)[0]?.content, "the task again (no finding was scanned, so the ranking is unchanged)");
    assert.equal(second[1]?.content, NOSEC, "the previous candidate, verbatim, as the assistant's turn");
    assert.match(second[2]?.content ?? "", /^Your rewrite was rejected without being scanned:\n- the candidate adds a # nosec comment instead of fixing the code/);
    assert.equal(run.record?.functions[0]?.rounds[1]?.feedback, second[2]?.content, "the record keeps the feedback sent");
  });

  test("after a candidate Bandit still flags, round 2 names the rule, the line within the function and the message", async () => {
    const run = await fix([{ text: STILL_INJECTABLE }, { text: CLEAN }]);
    assert.equal(run.code, 0, run.stderr);
    const feedback = turns(1)[2]?.content ?? "";
    assert.match(feedback, /Bandit still reports these in your rewrite/);
    assert.match(feedback, /- line 4: B608 hardcoded_sql_expressions \(severity MEDIUM\): Possible SQL injection/);
    assert.match(feedback, /Security priorities now \(hard requirements\):\n- .*(SQL|sql|quer)/, "the profile's adaptation reaches the model");
    assert.equal(turns(1)[1]?.content, STILL_INJECTABLE);
  });

  test("after failing tests, round 2 carries the tail of the test output, trimmed", async () => {
    const noisy = "for i in $(seq 1 40); do echo \"noise $i\"; done; echo 'E   AssertionError: find_user returned None'; exit 3";
    const run = await fix([{ text: CLEAN }, { text: CLEAN }], ["--max-rounds", "2", "--test-command", noisy]);
    assert.equal(run.code, 1);
    const feedback = turns(1)[2]?.content ?? "";
    assert.match(feedback, /Your rewrite broke the project's tests: the test command failed on the patched tree \(exit 3\)/);
    assert.match(feedback, /```text\n[\s\S]*E {3}AssertionError: find_user returned None\n```/);
    assert.doesNotMatch(feedback, /noise 1\n/, "only the tail");
  });

  test("budgeting uses the returned usage: no count_tokens round trip while the budget is far from spent", async () => {
    await fix([{ text: STILL_INJECTABLE }, { text: CLEAN }]);
    assert.equal(server.requests.filter((r) => r.path === "/v1/messages/count_tokens").length, 0);
    assert.equal(server.messageRequests.length, 2);
  });
});

describe("a handler only the removed sink could raise into", () => {
  const TAG_BASE = 'import subprocess\n\n\ndef tag(name):\n    try:\n        subprocess.run(["git", "tag", name], check=True)\n    except subprocess.CalledProcessError:\n        return False\n    return True\n';
  const TAG_HEAD = TAG_BASE.replace('subprocess.run(["git", "tag", name], check=True)', 'subprocess.run("git tag " + name, shell=True, check=True)');
  const NO_SUBPROCESS = fence("def tag(name):\n    return tags.create(name) is not None\n");
  const STILL_SUBPROCESS = fence('def tag(name):\n    subprocess.run(["git", "tag", "--", name], check=True)\n    return True\n');

  beforeEach(() => {
    repo.write("app/users.py", BASE);
    repo.write("app/tag.py", TAG_BASE).commit("tag");
    repo.write("app/tag.py", TAG_HEAD);
  });

  test("with subprocess gone the CalledProcessError handler may go, and the record says why", async () => {
    const run = await fix([{ text: NO_SUBPROCESS }], ["--max-rounds", "1"]);
    const fn = run.record?.functions.find((f) => f.qualname === "tag");
    assert.equal(fn?.status, "fixed", run.stderr);
    assert.deepEqual(fn?.rounds[0]?.rejections, []);
    assert.deepEqual(fn?.rounds[0]?.notes, ["dropped the handler for CalledProcessError: only subprocess.run raised it, and it is gone"]);
  });

  test("with a subprocess call left, dropping the handler is still a removed handler", async () => {
    const run = await fix([{ text: STILL_SUBPROCESS }], ["--max-rounds", "1"]);
    const fn = run.record?.functions.find((f) => f.qualname === "tag");
    assert.deepEqual(fn?.rounds[0]?.rejections.map((r) => r.code), ["handler-removed"], run.stderr);
    assert.match(fn?.rounds[0]?.rejections[0]?.message ?? "", /except subprocess\.CalledProcessError/);
    assert.equal(fn?.status, "unfixed");
  });
});
