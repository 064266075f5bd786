import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { CodemodGenerator } from "../../src/adapters/generators/codemod.js";
import { NoCandidate } from "../../src/adapters/generators/generator.js";
import { pythonForBandit } from "../../src/adapters/python/ast.js";
import { parseReply } from "../../src/core/fix/candidate.js";
import { codemodsOf } from "../../src/core/fix/codemods/attribution.js";
import type { CodemodId } from "../../src/core/fix/codemods/catalog.js";
import { BANDIT } from "../helpers/repo.js";

const PYTHON = pythonForBandit([BANDIT]);

interface Options {
  imports?: string[];
  tests?: boolean;
  disabled?: CodemodId[];
  timeout?: number;
}

/** The codemod generator's rewrite of `source` for findings [testId, line], through the real libcst script. */
async function rewrite(source: string, findings: [string, number][], options: Options = {}) {
  const generator = new CodemodGenerator(async () => PYTHON, {
    disabled: new Set(options.disabled ?? []),
    httpTimeoutSeconds: options.timeout ?? 30,
    testsAvailable: options.tests ?? false,
  });
  const generation = await generator.generate({
    prompt: "",
    temperature: 0,
    maxOutputTokens: 1,
    task: {
      path: "app/x.py",
      qualname: "f",
      source,
      imports: options.imports ?? [],
      findings: findings.map(([testId, relativeLine]) => ({ testId, relativeLine, testName: testId, severity: "HIGH", confidence: "HIGH", text: "" })),
    },
  });
  const reply = parseReply(generation.text);
  assert.ok(reply.ok, generation.text);
  return { source: reply.functionSource, imports: reply.imports, text: generation.text, codemods: codemodsOf(generation.model) };
}

async function refused(source: string, findings: [string, number][], reason: RegExp, options: Options = {}) {
  await assert.rejects(rewrite(source, findings, options), (error: unknown) => {
    assert.ok(error instanceof NoCandidate, String(error));
    assert.match(error.message, reason);
    return true;
  });
}

describe("yaml-safe-load", () => {
  test("yaml.load with the unsafe Loader becomes safe_load; comments and layout stay", async () => {
    const out = await rewrite("def f(path):\n    # config\n    with open(path) as fh:\n        return yaml.load(fh, Loader=yaml.Loader)  # parsed\n", [["B506", 4]], { imports: ["import yaml"] });
    assert.equal(out.source, "def f(path):\n    # config\n    with open(path) as fh:\n        return yaml.safe_load(fh)  # parsed\n");
    assert.deepEqual(out.imports, []);
    assert.deepEqual(out.codemods, ["yaml-safe-load"]);
  });
  test("from yaml import load_all: the safe name is imported once, in the file's from-style", async () => {
    const out = await rewrite("def f(s):\n    a = list(load_all(s))\n    b = list(load_all(s))\n    return a, b\n", [["B506", 2], ["B506", 3]], { imports: ["from yaml import load_all"] });
    assert.equal(out.source, "def f(s):\n    a = list(safe_load_all(s))\n    b = list(safe_load_all(s))\n    return a, b\n");
    assert.deepEqual(out.imports, ["from yaml import safe_load_all"]);
  });
  test("refuses a custom Loader", async () => {
    await refused("def f(s):\n    return yaml.load(s, Loader=MyLoader)\n", [["B506", 2]], /not one of yaml's own loaders/, { imports: ["import yaml"] });
  });
});

describe("subprocess-shell-false", () => {
  test("a constant command and a simply-joined one become argument lists with shell=False", async () => {
    const out = await rewrite(
      "def f(path):\n    subprocess.run('git status --short', shell=True, check=True)\n    return subprocess.check_output(f\"du -sh {path}\", shell=True)\n",
      [["B602", 2], ["B602", 3]],
      { imports: ["import subprocess"] },
    );
    assert.equal(out.source, "def f(path):\n    subprocess.run(['git', 'status', '--short'], shell=False, check=True)\n    return subprocess.check_output([\"du\", \"-sh\", str(path)], shell=False)\n");
  });
  for (const [shape, source, reason] of [
    ["a pipe", "def f():\n    subprocess.run(\"ps aux | grep x\", shell=True)\n", /shell syntax/],
    ["a variable glued to text", "def f(n):\n    subprocess.run(\"kill -\" + n, shell=True)\n", /not a whole argument/],
    ["a command held in a variable", "def f(cmd):\n    subprocess.run(cmd, shell=True)\n", /not a string written in the call/],
    ["an environment assignment", "def f():\n    subprocess.run(\"LANG=C ls\", shell=True)\n", /variable assignment/],
    ["quotes the shell would strip", "def f():\n    subprocess.run(\"echo 'a b'\", shell=True)\n", /shell syntax/],
  ] as const) {
    test(`refuses ${shape}`, async () => {
      await refused(source, [["B602", 2]], reason, { imports: ["import subprocess"] });
    });
  }
});

describe("os-shell-to-subprocess", () => {
  test("os.system as a statement, tested against zero, and os.popen(...).read(); subprocess imported once", async () => {
    const out = await rewrite(
      "def f():\n    os.system(\"make clean\")\n    if os.system(\"make build\") != 0:\n        raise RuntimeError(\"build\")\n    return os.popen(\"git rev-parse HEAD\").read()\n",
      [["B605", 2], ["B605", 3], ["B605", 5]],
      { imports: ["import os"] },
    );
    assert.equal(
      out.source,
      "def f():\n    subprocess.run([\"make\", \"clean\"], check=False)\n    if subprocess.run([\"make\", \"build\"], check=False).returncode != 0:\n        raise RuntimeError(\"build\")\n    return subprocess.run([\"git\", \"rev-parse\", \"HEAD\"], stdout=subprocess.PIPE, text=True, check=False).stdout\n",
    );
    assert.deepEqual(out.imports, ["import subprocess"]);
  });
  test("refuses when the wait status is used as a number (its contract differs from a return code)", async () => {
    await refused("def f():\n    status = os.system(\"make\")\n    return status >> 8\n", [["B605", 2]], /used as a number/, { imports: ["import os"] });
  });
  test("refuses an os.popen file object used other than by one read()", async () => {
    await refused("def f():\n    for line in os.popen(\"ls\"):\n        print(line)\n", [["B605", 2]], /single \.read\(\)/, { imports: ["import os"] });
  });
});

describe("requests-timeout and requests-verify", () => {
  test("a timeout is added (configurable) and verify=False removed, in one call; a trailing-comma layout is followed", async () => {
    const out = await rewrite(
      "def f(url, body):\n    r = requests.get(url, verify=False)\n    return requests.post(\n        url,\n        json=body,\n    )\n",
      [["B113", 2], ["B501", 2], ["B113", 3]],
      { imports: ["import requests"], timeout: 5 },
    );
    assert.equal(out.source, "def f(url, body):\n    r = requests.get(url, timeout=5)\n    return requests.post(\n        url,\n        json=body,\n        timeout=5,\n    )\n");
  });
  test("refuses **kwargs, which may already carry a timeout", async () => {
    await refused("def f(url, **kw):\n    return requests.get(url, **kw)\n", [["B113", 2]], /\*\*kwargs/, { imports: ["import requests"] });
  });
});

describe("tempfile-mkstemp", () => {
  test("path = tempfile.mktemp(...) becomes mkstemp with its descriptor closed (only with tests to judge it)", async () => {
    const out = await rewrite("def f(data):\n    path = tempfile.mktemp(suffix=\".txt\")\n    with open(path, \"w\") as fh:\n        fh.write(data)\n    return path\n", [["B306", 2]], { imports: ["import tempfile", "import os"], tests: true });
    assert.equal(out.source, "def f(data):\n    fd, path = tempfile.mkstemp(suffix=\".txt\")\n    os.close(fd)\n    with open(path, \"w\") as fh:\n        fh.write(data)\n    return path\n");
  });
  test("refuses without a test command: mkstemp creates the file mktemp only named", async () => {
    await refused("def f():\n    path = tempfile.mktemp()\n    return path\n", [["B306", 2]], /give --test-command/, { imports: ["import tempfile"] });
  });
  test("refuses mktemp not assigned to one name", async () => {
    await refused("def f():\n    return tempfile.mktemp()\n", [["B306", 2]], /assigned alone/, { imports: ["import tempfile"], tests: true });
  });
});

describe("random-secrets", () => {
  test("names are matched by whole parts: monkey is not a key, apiKey and API_KEY are", async () => {
    await refused("def pick_monkey(zoo):\n    monkey = random.choice(zoo)\n    return monkey\n", [["B311", 2]], /nothing says/, { imports: ["import random"] });
    await refused("def keyboard_layout(layouts):\n    return random.choice(layouts)\n", [["B311", 2]], /nothing says/, { imports: ["import random"] });
    const camel = await rewrite("def f(alphabet):\n    apiKey = random.choice(alphabet)\n    return apiKey\n", [["B311", 2]], { imports: ["import random"] });
    assert.equal(camel.source, "def f(alphabet):\n    apiKey = secrets.choice(alphabet)\n    return apiKey\n");
    const upper = await rewrite("def f(alphabet):\n    API_KEY = random.choice(alphabet)\n    return API_KEY\n", [["B311", 2]], { imports: ["import random"] });
    assert.match(upper.source, /API_KEY = secrets\.choice\(alphabet\)/);
  });
  test("a token drawn with random.choice uses secrets", async () => {
    const out = await rewrite("def make_token(n):\n    return \"\".join(random.choice(ALPHABET) for _ in range(n))\n", [["B311", 2]], { imports: ["import random"] });
    assert.equal(out.source, "def make_token(n):\n    return \"\".join(secrets.choice(ALPHABET) for _ in range(n))\n");
    assert.deepEqual(out.imports, ["import secrets"]);
  });
  test("refuses random used for anything not named a token, password or key (a simulation needs a seedable generator)", async () => {
    await refused("def roll_dice():\n    return random.randint(1, 6)\n", [["B311", 2]], /token, password or key/, { imports: ["import random"] });
  });
});

describe("jinja2-autoescape", () => {
  test("Environment without autoescape gets select_autoescape(), imported in the file's style", async () => {
    const out = await rewrite("def f():\n    return Environment(loader=FileSystemLoader(\"templates\"))\n", [["B701", 2]], { imports: ["from jinja2 import Environment, FileSystemLoader"] });
    assert.equal(out.source, "def f():\n    return Environment(loader=FileSystemLoader(\"templates\"), autoescape=select_autoescape())\n");
    assert.deepEqual(out.imports, ["from jinja2 import select_autoescape"]);
  });
  test("autoescape=False is replaced; jinja2.Environment keeps the module style", async () => {
    const out = await rewrite("def f():\n    return jinja2.Environment(autoescape=False)\n", [["B701", 2]], { imports: ["import jinja2"] });
    assert.equal(out.source, "def f():\n    return jinja2.Environment(autoescape=jinja2.select_autoescape())\n");
  });
  test("refuses autoescape set to an expression", async () => {
    await refused("def f(flag):\n    return jinja2.Environment(autoescape=flag)\n", [["B701", 2]], /expression/, { imports: ["import jinja2"] });
  });
});

describe("hashlib-sha256", () => {
  test("md5 and hashlib.new('sha1') become sha256 when tests judge it", async () => {
    const out = await rewrite("def f(b):\n    return hashlib.md5(b).hexdigest() + hashlib.new('sha1', b).hexdigest()\n", [["B324", 2]], { imports: ["import hashlib"], tests: true });
    assert.equal(out.source, "def f(b):\n    return hashlib.sha256(b).hexdigest() + hashlib.new('sha1', b).hexdigest()\n");
  });
  test("refuses without tests: the digests change", async () => {
    await refused("def f(b):\n    return hashlib.md5(b).hexdigest()\n", [["B324", 2]], /digest's users/, { imports: ["import hashlib"] });
  });
});

describe("eval-literal-eval", () => {
  test("eval of a literal string becomes ast.literal_eval, ast imported once", async () => {
    const out = await rewrite("def f():\n    return eval(\"[1, 2, 3]\")\n", [["B307", 2]]);
    assert.equal(out.source, "def f():\n    return ast.literal_eval(\"[1, 2, 3]\")\n");
    assert.deepEqual(out.imports, ["import ast"]);
  });
  test("refuses a string that is no literal, globals given, and run-time text without tests", async () => {
    await refused("def f():\n    return eval(\"1 + x\")\n", [["B307", 2]], /not a Python literal/);
    await refused("def f(s):\n    return eval(s, {})\n", [["B307", 2]], /globals or locals/);
    await refused("def f(s):\n    return eval(s)\n", [["B307", 2]], /give --test-command/);
  });
});

describe("sql-parameters", () => {
  test("sqlite3: an f-string query becomes ? placeholders with bound parameters; the quotes go", async () => {
    const out = await rewrite("def f(conn, name, n):\n    return conn.execute(f\"SELECT id FROM users WHERE name = '{name}' AND age > {n}\").fetchall()\n", [["B608", 2]], { imports: ["import sqlite3"] });
    assert.equal(out.source, "def f(conn, name, n):\n    return conn.execute(\"SELECT id FROM users WHERE name = ? AND age > ?\", (name, n)).fetchall()\n");
  });
  test("psycopg: a query built with + in a variable gets %s placeholders, a literal % doubled", async () => {
    const out = await rewrite(
      "def f(cur, name):\n    sql = \"SELECT id FROM users WHERE name = '\" + name + \"' AND note LIKE 'x%'\"\n    cur.execute(sql)\n",
      [["B608", 2]],
      { imports: ["import psycopg"] },
    );
    assert.equal(out.source, "def f(cur, name):\n    sql = \"SELECT id FROM users WHERE name = %s AND note LIKE 'x%%'\"\n    cur.execute(sql, (name,))\n");
  });
  for (const [shape, source, imports, reason] of [
    ["a table name", "def f(cur, t):\n    cur.execute(f\"SELECT * FROM {t}\")\n", ["import sqlite3"], /value position/],
    ["a value inside a longer quoted string", "def f(cur, q):\n    cur.execute(f\"SELECT * FROM x WHERE a LIKE '%{q}%'\")\n", ["import sqlite3"], /value position|longer quoted string/],
    ["no known driver", "def f(cur, n):\n    cur.execute(f\"SELECT * FROM x WHERE id = {n}\")\n", ["import mydb"], /paramstyle/],
    ["two drivers with different styles", "def f(cur, n):\n    cur.execute(f\"SELECT * FROM x WHERE id = {n}\")\n", ["import sqlite3", "import psycopg2"], /ambiguous/],
    ["a query variable used twice", "def f(cur, n):\n    sql = f\"SELECT * FROM x WHERE id = {n}\"\n    log(sql)\n    cur.execute(sql)\n", ["import sqlite3"], /used elsewhere/],
  ] as const) {
    test(`refuses ${shape}`, async () => {
      await refused(source, [["B608", 2]], reason, { imports: [...imports] });
    });
  }
});

describe("chmod-world-bits and bind-all-interfaces", () => {
  test("0o777 loses its world bits, in the same notation", async () => {
    const out = await rewrite("def f(p):\n    os.chmod(p, 0o777)\n", [["B103", 2]], { imports: ["import os"] });
    assert.equal(out.source, "def f(p):\n    os.chmod(p, 0o770)\n");
  });
  test("refuses a computed mode", async () => {
    await refused("def f(p):\n    os.chmod(p, stat.S_IRWXU | stat.S_IRWXO)\n", [["B103", 2]], /integer literal/, { imports: ["import os", "import stat"] });
  });
  test("binding to 0.0.0.0 is left alone: a policy, not a fix", async () => {
    await refused("def f(s):\n    s.bind((\"0.0.0.0\", 80))\n", [["B104", 2]], /policy/);
  });
});

describe("the generator", () => {
  test("a disabled codemod is not applied; rules without a codemod are named", async () => {
    await refused("def f(s):\n    return yaml.load(s)\n", [["B506", 2]], /yaml-safe-load codemod is disabled/, { imports: ["import yaml"], disabled: ["yaml-safe-load"] });
    await refused("def f(s):\n    return pickle.loads(s)\n", [["B301", 2]], /no codemod answers B301/);
  });
  test("one applied and one refused: the reply carries both, the rewrite only the applied one", async () => {
    const out = await rewrite("def f(s, r):\n    a = yaml.load(s)\n    return a, random.random()\n", [["B506", 2], ["B311", 3]], { imports: ["import yaml", "import random"] });
    assert.equal(out.source, "def f(s, r):\n    a = yaml.safe_load(s)\n    return a, random.random()\n");
    assert.match(out.text, /Refused:\n- line 3 B311: random-secrets: nothing says/);
  });
  test("asked twice for the same function it declines: one deterministic rewrite per function", async () => {
    const generator = new CodemodGenerator(async () => PYTHON, { disabled: new Set(), httpTimeoutSeconds: 30, testsAvailable: false });
    const task = { path: "a.py", qualname: "f", source: "def f(s):\n    return yaml.load(s)\n", imports: ["import yaml"], findings: [{ testId: "B506", relativeLine: 2, testName: "", severity: "MEDIUM" as const, confidence: "HIGH" as const, text: "" }] };
    await generator.generate({ prompt: "", temperature: 0, maxOutputTokens: 1, task });
    await assert.rejects(generator.generate({ prompt: "", temperature: 0, maxOutputTokens: 1, task }), /tried in an earlier round/);
  });
  test("without libcst: one message with the pip command", async () => {
    const generator = new CodemodGenerator(async () => "/bin/false", { disabled: new Set(), httpTimeoutSeconds: 30, testsAvailable: false });
    const available = await generator.availability();
    assert.ok("missing" in available);
    assert.match(available.missing, /pip install libcst==1\.9\.0/);
  });
});

describe("imports the codemods made unused", () => {
  const generator = () => new CodemodGenerator(async () => PYTHON, { disabled: new Set(), httpTimeoutSeconds: 30, testsAvailable: false });
  const TOKEN = 'def make_token(n):\n    """A random token."""\n    return "".join(random.choice(ALPHABET) for _ in range(n))\n';
  const FIXED = TOKEN.replace("random.choice", "secrets.choice");
  /** The file before and after the rewrite of make_token; `header` and `rest` are the same in both. */
  const prune = (header: string, rest = "", fn = TOKEN, fixed = FIXED) =>
    generator().pruneImports(`${header}\n\n${fn}${rest}`, `${header}\nimport secrets\n\n${fn === TOKEN ? fixed : fixed}${rest}`, [fn]);

  test("import random goes when nothing else uses it; a docstring saying 'random' is not a use", async () => {
    const out = await prune("import os\nimport random");
    assert.deepEqual(out.removed, ["random"]);
    assert.equal(out.text, `import os\nimport secrets\n\n${FIXED}`);
  });
  test("in the file's own style: `import os, random` and `from random import choice, randint` lose only the name", async () => {
    const fn = 'def make_token(n):\n    return choice(ALPHABET) + random.choice(ALPHABET) + str(randint(0, n))\n';
    const fixed = 'def make_token(n):\n    return secrets.choice(ALPHABET) + secrets.choice(ALPHABET) + str(randint(0, n))\n';
    const out = await prune("import os, random\nfrom random import (\n    choice,\n    randint,\n)", "", fn, fixed);
    assert.deepEqual(out.removed.sort(), ["choice", "random"]);
    assert.equal(out.text, `import os\nfrom random import (\n    randint,\n)\nimport secrets\n\n${fixed}`);
    const last = await prune("from random import randint, choice as pick", "", fn.replace("choice(", "pick(").replace("random.pick", "pick"), fixed);
    assert.equal(last.text.split("\n")[0], "from random import randint");
  });
  test("os goes after os.system -> subprocess.run when nothing else in the file uses it", async () => {
    const fn = 'def clean():\n    os.system("make clean")\n';
    const fixed = 'def clean():\n    subprocess.run(["make", "clean"], check=False)\n';
    const out = await generator().pruneImports(`import os\n\n\n${fn}`, `import os\nimport subprocess\n\n\n${fixed}`, [fn]);
    assert.equal(out.text, `import subprocess\n\n\n${fixed}`);
  });
  test("refused: a name still used anywhere in the file (another function, module level, an attribute's base)", async () => {
    for (const rest of ["\ndef roll():\n    return random.randint(1, 6)\n", "\nSEED = random.random()\n", "\nclass A:\n    rng = random\n"]) {
      const out = await prune("import random", rest);
      assert.deepEqual(out.removed, [], rest);
      assert.match(out.text, /^import random\n/, rest);
    }
  });
  test("refused: a name re-exported via __all__ (=, += or append) or named in a string annotation", async () => {
    for (const rest of ['\n__all__ = ["random", "make_token"]\n', '\n__all__ += ["random"]\n', '\n__all__.append("random")\n', '\ndef g(r: "random.Random") -> None:\n    pass\n']) {
      const out = await prune("import random", rest);
      assert.deepEqual(out.removed, [], rest);
    }
  });
  test("refused: imports the rewritten function never used (side effects), dotted, star, __future__, or not at module level", async () => {
    const side = await prune("import random\nimport readline\nimport os.path\nfrom string import *");
    assert.deepEqual(side.removed, ["random"]);
    assert.match(side.text, /^import readline\nimport os\.path\nfrom string import \*\n/);
    const dotted = await generator().pruneImports("import random.x\n\n" + TOKEN, "import random.x\n\n" + FIXED, [TOKEN]);
    assert.deepEqual(dotted.removed, []);
    const guarded = await prune("try:\n    import random\nexcept ImportError:\n    random = None");
    assert.deepEqual(guarded.removed, []);
  });
  test("a formatter's layout of the rest of the file is kept byte for byte", async () => {
    const header = "# -*- coding: utf-8 -*-\nimport os  # the OS\nimport random\nfrom x import (a,\n               b)";
    const out = await prune(header, "\n\n# trailing comment\n");
    assert.equal(out.text, `# -*- coding: utf-8 -*-\nimport os  # the OS\nfrom x import (a,\n               b)\nimport secrets\n\n${FIXED}\n\n# trailing comment\n`);
  });
});
