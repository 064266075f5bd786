import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { introducedSinkVariants, SINK_VARIANTS } from "../../src/core/fix/sink-variants.js";

const hit = (rules: string[], original: string, candidate: string) => introducedSinkVariants(rules, original, candidate).map((v) => v.description);

describe("sink variants Bandit misses, per rule being fixed", () => {
  const cases: Array<[string, string[], string, string]> = [
    ["yaml.load_all", ["B506"], "def f(s):\n    return yaml.load(s)\n", "def f(s):\n    return next(yaml.load_all(s))\n"],
    ["yaml Loader=yaml.Loader", ["B506"], "def f(s):\n    return yaml.load(s)\n", "def f(s):\n    return yaml.load(s, Loader=yaml.Loader)\n"],
    ["session.verify = False", ["B501"], "def f(u):\n    return requests.get(u, verify=False)\n", "def f(u):\n    s = requests.Session()\n    s.verify = False\n    return s.get(u)\n"],
    ['binding to ""', ["B104"], 'def f(s):\n    s.bind(("0.0.0.0", 80))\n', 'def f(s):\n    s.bind(("", 80))\n'],
    ["uuid1 token", ["B311"], "def f():\n    return str(random.random())\n", "def f():\n    return uuid.uuid1().hex\n"],
    ["jinja2 Template without autoescape", ["B701"], "def f(t):\n    return Environment(autoescape=False).from_string(t)\n", "def f(t):\n    return jinja2.Template(t)\n"],
    ["SQL built in a helper", ["B608"], 'def f(c, n):\n    return c.execute("SELECT * FROM t WHERE n = \'" + n + "\'")\n', "def f(c, n):\n    return c.execute(build_query(n))\n"],
    ["SQL through str.format", ["B608"], 'def f(c, n):\n    return c.execute("SELECT * FROM t WHERE n = \'%s\'" % n)\n', 'def f(c, n):\n    return c.execute("SELECT * FROM t WHERE n = \'{}\'".format(n))\n'],
    ["a shell through os.popen", ["B602"], "def f(c):\n    return subprocess.run(c, shell=True)\n", "def f(c):\n    return os.popen(c).read()\n"],
    ["another unpickler", ["B301"], "def f(b):\n    return pickle.loads(b)\n", "def f(b):\n    return dill.loads(b)\n"],
  ];
  for (const [name, rules, original, candidate] of cases) {
    test(`${name} is rejected`, () => {
      assert.equal(hit(rules, original, candidate).length, 1, name);
    });
  }

  test("every row is covered by a case above (the table and its tests grow together)", () => {
    const covered = new Set(cases.flatMap(([, rules, original, candidate]) => hit(rules, original, candidate)));
    assert.deepEqual(SINK_VARIANTS.map((v) => v.description).filter((d) => !covered.has(d)), []);
  });

  test("a variant only counts for the rule being fixed, and only when the candidate adds it", () => {
    assert.deepEqual(hit(["B608"], "def f(s):\n    return 1\n", "def f(s):\n    return next(yaml.load_all(s))\n"), []);
    const both = "def f(s):\n    return list(yaml.load_all(s))\n";
    assert.deepEqual(hit(["B506"], both, both), [], "already there: not this rewrite's doing");
  });

  test("the safe forms do not cry wolf", () => {
    assert.deepEqual(hit(["B506"], "def f(s):\n    return yaml.load(s)\n", "def f(s):\n    return yaml.safe_load(s)\n"), []);
    assert.deepEqual(hit(["B608"], "def f(c, n):\n    return c.execute('x' + n)\n", 'def f(c, n):\n    return c.execute("SELECT * FROM t WHERE n = ?", (n,))\n'), []);
    assert.deepEqual(hit(["B701"], "def f(t):\n    return Template(t)\n", "def f(t):\n    return Environment(autoescape=True).from_string(t)\n"), []);
    assert.deepEqual(hit(["B104"], 'def f(s):\n    s.bind(("0.0.0.0", 80))\n', 'def f(s):\n    s.bind(("127.0.0.1", 80))\n'), []);
  });
});
