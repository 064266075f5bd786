import { afterEach, beforeEach, describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FixRecord } from "../../src/core/fix/record.js";
import { MessagesServer } from "../helpers/messages-server.js";
import { BANDIT, TempRepo, runCli } from "../helpers/repo.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fix/${name}`, import.meta.url), "utf8");

let repo: TempRepo;
beforeEach(() => {
  repo = new TempRepo();
});
afterEach(() => repo.dispose());

/** `fix` with no API key at all: the codemods are all there is. */
async function fixOffline(args: string[], env: NodeJS.ProcessEnv = {}) {
  const recordPath = join(repo.dir, "..", `${repo.dir.split("/").pop()}-record.json`);
  const run = await runCli(repo.dir, ["fix", "--base", "main", "--record", recordPath, ...args], { ANTHROPIC_API_KEY: "", ANTHROPIC_BASE_URL: "http://127.0.0.1:9", ...env });
  const record = existsSync(recordPath) ? (JSON.parse(readFileSync(recordPath, "utf8")) as FixRecord) : undefined;
  if (existsSync(recordPath)) rmSync(recordPath);
  return { ...run, record };
}

/** A Bandit whose Python has no libcst: a wrapper next to a `python` that ignores site-packages. */
function banditWithoutLibcst(): string {
  const dir = mkdtempSync(join(tmpdir(), "bandit-gate-nolibcst-"));
  writeFileSync(join(dir, "bandit"), `#!/bin/sh\nexec ${resolve(BANDIT)} "$@"\n`);
  writeFileSync(join(dir, "python"), "#!/bin/sh\nexec python3 -S \"$@\"\n");
  chmodSync(join(dir, "bandit"), 0o755);
  chmodSync(join(dir, "python"), 0o755);
  return join(dir, "bandit");
}

const HASH_BASE = 'import hashlib\n\n\ndef fingerprint(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n';
const HASH_HEAD = 'import hashlib\n\n\ndef fingerprint(data: bytes) -> str:\n    return hashlib.md5(data).hexdigest()\n';
// Stored fingerprints are md5 hex digests: a different algorithm breaks every lookup.
const HASH_TEST = 'import sys\nsys.path.insert(0, "app")\nfrom fp import fingerprint\nassert fingerprint(b"abc") == "900150983cd24fb0d6963f7d28e17f72", fingerprint(b"abc")\n';

describe("bandit-gate fix with no API key: the codemods alone", () => {
  test("the B608 regression is fixed offline: the file is rewritten, the record says a codemod did it, no model was asked", async () => {
    repo.write("app/users.py", fixture("find_user.base.py")).commit("base");
    repo.write("app/users.py", fixture("find_user.head.py"));
    const run = await fixOffline(["--write"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /no Anthropic API key: fixing with the codemods alone/);
    const after = repo.read("app/users.py");
    assert.match(after, /query = "SELECT id FROM users WHERE name = \?"\n    return conn\.execute\(query, \(name,\)\)\.fetchone\(\)/);
    assert.match(after, /def count_users\(conn\):\n    return conn\.execute\("SELECT count\(\*\) FROM users"\)/, "the rest of the file is untouched");
    const fn = run.record?.functions[0];
    assert.equal(fn?.status, "fixed");
    assert.equal(fn?.rounds.length, 1);
    assert.equal(fn?.rounds[0]?.model, "codemod:sql-parameters");
    assert.deepEqual(fn?.findings_after, []);
    assert.equal(run.record?.generator.kind, "auto");
    assert.deepEqual(run.record?.usage, { input_tokens: 0, output_tokens: 0, budget: 200_000, calls: 1 });
    const check = await runCli(repo.dir, ["check", "--base", "main", "--quiet"]);
    assert.equal(check.code, 0, `the gate passes on the fixed tree: ${check.stdout}`);
  });

  test("the import a codemod made unused goes from the file; one another function still uses stays", async () => {
    const token = 'def make_token(n):\n    return "".join(random.choice("ab") for _ in range(n))\n';
    // dice.py's roll() used random at the baseline already: only make_token is a regression there.
    const roll = '\n\ndef roll():\n    return random.randint(1, 6)  # nosec B311\n';
    repo.write("app/tok.py", 'import os\nimport random\n\n\ndef make_token(n):\n    return os.urandom(n).hex()\n').write("app/dice.py", `import random\n${roll}`).commit("base");
    repo.write("app/tok.py", `import os\nimport random\n\n\n${token}`);
    repo.write("app/dice.py", `import random\n\n\n${token}${roll}`);
    const run = await fixOffline(["--write"]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /app\/tok\.py: removed the imports the codemods left unused: random/);
    assert.equal(repo.read("app/tok.py"), `import os\nimport secrets\n\n\n${token.replace("random.choice", "secrets.choice")}`);
    const dice = repo.read("app/dice.py");
    assert.match(dice, /^import random$/m, "roll() still needs it");
    assert.match(dice, /secrets\.choice/);
    const check = await runCli(repo.dir, ["check", "--base", "main", "--quiet"]);
    assert.equal(check.code, 0, `the gate passes on the fixed tree: ${check.stdout}`);
  });
  test("a wrong codemod is caught by the tests: md5 -> sha256 breaks stored fingerprints, so nothing is shipped", async () => {
    repo.write("app/fp.py", HASH_BASE).write("tests.py", HASH_TEST.replace("900150983cd24fb0d6963f7d28e17f72", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")).commit("base");
    repo.write("app/fp.py", HASH_HEAD).write("tests.py", HASH_TEST);
    const run = await fixOffline(["--generator", "codemod", "--write", "--test-command", "python3 tests.py"]);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(repo.read("app/fp.py"), HASH_HEAD, "the rejected rewrite never reaches the tree");
    const fn = run.record?.functions[0];
    assert.equal(fn?.status, "unfixed");
    assert.equal(fn?.rounds[0]?.model, "codemod:hashlib-sha256");
    assert.equal(fn?.rounds[0]?.tests?.passed, false);
    assert.deepEqual(fn?.rounds[0]?.rejections.map((r) => r.code), ["tests-failed"]);
    assert.match(fn?.reason ?? "", /every round was rejected \(tests-failed\); the codemods were tried in an earlier round/);
  });

  test("without a test command a value-changing codemod is not even proposed", async () => {
    repo.write("app/fp.py", HASH_BASE).commit("base");
    repo.write("app/fp.py", HASH_HEAD);
    const run = await fixOffline(["--generator", "codemod"]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, "", "no diff");
    assert.match(run.record?.functions[0]?.reason ?? "", /digest's users accept it \(give --test-command\)/);
  });

  test("a function no codemod applies to is left for a person, with the reason; others in the file are still fixed", async () => {
    const base = "import pickle\nimport yaml\n\n\ndef load(blob):\n    return blob\n\n\ndef config(text):\n    return text\n";
    const head = "import pickle\nimport yaml\n\n\ndef load(blob):\n    return pickle.loads(blob)\n\n\ndef config(text):\n    return yaml.load(text, Loader=yaml.Loader)\n";
    repo.write("app/m.py", base).commit("base");
    repo.write("app/m.py", head);
    const run = await fixOffline(["--generator", "codemod", "--write"]);
    assert.equal(run.code, 1);
    assert.match(repo.read("app/m.py"), /return pickle\.loads\(blob\)\n[\s\S]*return yaml\.safe_load\(text\)\n$/);
    const [load, config] = run.record?.functions ?? [];
    assert.equal(load?.status, "unfixed");
    assert.match(load?.reason ?? "", /no codemod answers B301/);
    assert.equal(config?.status, "fixed");
  });

  test("--generator codemod without libcst: exit 2 with the pip command; auto without libcst and key: a note, nothing fixed", async () => {
    repo.write("app/users.py", fixture("find_user.base.py")).commit("base");
    repo.write("app/users.py", fixture("find_user.head.py"));
    const bandit = banditWithoutLibcst();
    const codemod = await fixOffline(["--generator", "codemod"], { BANDIT_GATE_BANDIT: bandit });
    assert.equal(codemod.code, 2, codemod.stderr);
    assert.match(codemod.stderr, /libcst.*pip install libcst==1\.9\.0/);
    const auto = await fixOffline([], { BANDIT_GATE_BANDIT: bandit });
    assert.equal(auto.code, 1, auto.stderr);
    assert.match(auto.stderr, /pip install libcst==1\.9\.0.*nothing can be fixed without an API key/);
    assert.equal(repo.read("app/users.py"), fixture("find_user.head.py"));
  });
});

describe("bandit-gate fix --generator auto with an API key (local Messages API)", () => {
  test("codemods first; the model is asked only for the function they could not fix, and the record says who fixed what", async () => {
    const server = await new MessagesServer().start();
    try {
      const base = "import pickle\nimport yaml\n\n\ndef load(blob):\n    return blob\n\n\ndef config(text):\n    return text\n";
      const head = "import pickle\nimport yaml\n\n\ndef load(blob):\n    return pickle.loads(blob)\n\n\ndef config(text):\n    return yaml.load(text, Loader=yaml.Loader)\n";
      repo.write("app/m.py", base).commit("base");
      repo.write("app/m.py", head);
      server.reply({ text: "```python\nimport json\n\ndef load(blob):\n    return json.loads(blob)\n```\n" });
      const run = await fixOffline(["--write", "--max-rounds", "2"], { ANTHROPIC_API_KEY: "test-key", ANTHROPIC_BASE_URL: server.url });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(server.messageRequests.length, 1, "one model call: for the function no codemod applies to");
      const prompt = (server.messageRequests[0]?.body.messages as { content: string }[])[0]?.content ?? "";
      assert.match(prompt, /pickle\.loads/);
      assert.doesNotMatch(prompt, /def config/);
      const [load, config] = run.record?.functions ?? [];
      assert.equal(load?.rounds[0]?.model?.startsWith("codemod:"), false);
      assert.equal(config?.rounds[0]?.model, "codemod:yaml-safe-load");
      assert.equal(config?.rounds.length, 1);
      assert.match(repo.read("app/m.py"), /return json\.loads\(blob\)[\s\S]*return yaml\.safe_load\(text\)/);
    } finally {
      await server.stop();
    }
  });
});
