import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { checkPassedNames, childEnvironment, maskSecrets } from "../../src/core/child-env.js";
import { redactFunctionRecord, type FunctionRecord } from "../../src/core/fix/record.js";

const RUNNER = {
  PATH: "/usr/bin:/bin",
  HOME: "/home/runner",
  LANG: "C.UTF-8",
  LC_ALL: "C.UTF-8",
  PYTHONPATH: "/src",
  VIRTUAL_ENV: "/venv",
  CI: "true",
  "INPUT_GITHUB-TOKEN": "ghs_input_token_0000",
  "INPUT_ANTHROPIC-API-KEY": "sk-ant-input-0000",
  GITHUB_TOKEN: "ghs_env_token_0000",
  ACTIONS_RUNTIME_TOKEN: "runtime-0000",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-0000",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://oidc.example/0000",
  ANTHROPIC_API_KEY: "sk-ant-env-0000",
  AWS_SECRET_ACCESS_KEY: "aws-0000",
  DATABASE_URL: "postgres://localhost/test",
};

describe("the environment of child processes", () => {
  test("only the allow-list passes: PATH, HOME, locale, Python's variables, CI", () => {
    assert.deepEqual(Object.keys(childEnvironment(RUNNER)).sort(), ["CI", "HOME", "LANG", "LC_ALL", "PATH", "PYTHONPATH", "VIRTUAL_ENV"]);
  });

  test("names the user lists pass too, but never inputs, runner credentials or the two API credentials", () => {
    const env = childEnvironment(RUNNER, { pass: ["DATABASE_URL", "INPUT_GITHUB-TOKEN", "ACTIONS_RUNTIME_TOKEN", "GITHUB_TOKEN", "ANTHROPIC_API_KEY"] });
    assert.equal(env.DATABASE_URL, "postgres://localhost/test");
    for (const name of ["INPUT_GITHUB-TOKEN", "ACTIONS_RUNTIME_TOKEN", "GITHUB_TOKEN", "ANTHROPIC_API_KEY", "AWS_SECRET_ACCESS_KEY"]) assert.equal(env[name], undefined, name);
  });

  test("an adversary hides the token in an allowed name (or a lower-case credential name): dropped by value and by name", () => {
    const env = childEnvironment({ ...RUNNER, PYTHONWARNINGS: "x ghs_input_token_0000", input_github_token: "t", actions_runtime_token: "t" }, { secrets: ["ghs_input_token_0000"] });
    assert.equal(env.PYTHONWARNINGS, undefined);
    assert.equal(env.input_github_token, undefined);
    assert.equal(env.actions_runtime_token, undefined);
    assert.equal(env.PATH, "/usr/bin:/bin");
  });

  test("test-env names that are credentials, or not names, are refused with the setting named", () => {
    assert.deepEqual(checkPassedNames(["DATABASE_URL", "TEST_DB_PASSWORD"]), []);
    const problems = checkPassedNames(["INPUT_GITHUB-TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL", "GH_TOKEN", "A=B"]);
    assert.equal(problems.length, 4);
    assert.match(problems[0] ?? "", /^test-env: INPUT_GITHUB-TOKEN is never passed/);
    assert.match(problems[3] ?? "", /"A=B" is not an environment variable name/);
  });

  test("short values (an empty input, 'true') are not treated as secrets: nothing is masked into noise", () => {
    assert.equal(maskSecrets("CI=true", ["", "true"]), "CI=true");
    assert.equal(maskSecrets("key sk-ant-1234 twice sk-ant-1234", ["sk-ant-1234"]), "key *** twice ***");
  });
});

describe("the run record is redacted", () => {
  const record: FunctionRecord = {
    path: "app/db.py",
    qualname: "connect",
    start_line: 1,
    end_line: 3,
    status: "unfixed",
    regressions_before: [],
    regressions_after: [],
    findings_before: [{ test_id: "B106", test_name: "hardcoded_password_funcarg", severity: "LOW", confidence: "MEDIUM", line: 2, relative_line: 2, text: "Possible hardcoded password: '***'" }],
    score_before: 1,
    rounds: [
      {
        round: 1,
        temperature: 0.2,
        prompt: 'def connect():\n    return db.connect(password="hunter2-prod")\n',
        reply: '```python\ndef connect():\n    return db.connect(password="hunter2-prod")  # key sk-ant-live-XYZ\n```',
        candidate: { imports: [], function: 'def connect():\n    return db.connect(password="hunter2-prod")' },
        usage: { input_tokens: 1, output_tokens: 1 },
        rejections: [],
        score: 1,
        regressions: [],
        findings: [],
        profile_changes: [],
        tests: { passed: false, exit_code: 1, output_tail: "E   AssertionError: sk-ant-live-XYZ" },
      },
    ],
    selected_round: null,
    findings_after: [],
    score_after: 1,
    usage: { input_tokens: 1, output_tokens: 1 },
  };

  test("flagged passwords are blanked wherever the line appears, known secrets masked everywhere", () => {
    const clean = redactFunctionRecord(record, [{ lines: ["def connect():", '    return db.connect(password="hunter2-prod")'], findings: [{ testId: "B106", line: 2 }] }], ["sk-ant-live-XYZ"]);
    const text = JSON.stringify(clean);
    assert.ok(!text.includes("hunter2-prod"));
    assert.ok(!text.includes("sk-ant-live-XYZ"));
    assert.match(clean.rounds[0]?.prompt ?? "", /db\.connect\(password="\*\*\*"\)/);
    assert.equal(clean.rounds[0]?.tests?.output_tail, "E   AssertionError: ***");
  });

  test("lines of findings that are not about secrets are left as they are (no crying wolf on SQL)", () => {
    const clean = redactFunctionRecord(record, [{ lines: ["def connect():", '    return db.connect(password="hunter2-prod")'], findings: [{ testId: "B608", line: 2 }] }], []);
    assert.equal(clean.rounds[0]?.prompt, record.rounds[0]?.prompt);
  });

  const multiLine = [
    "def connect(host):",
    '    password = """first-secret-line',
    "second-secret-line",
    'third-secret-line"""',
    "    ab = 1",
    "    return db.connect(host, password)",
  ];
  const multiLineRecord = (source: string): FunctionRecord => ({
    ...record,
    findings_before: [{ ...(record.findings_before[0] as FunctionRecord["findings_before"][number]), test_id: "B105", line: 2, relative_line: 2 }],
    rounds: [
      {
        ...(record.rounds[0] as FunctionRecord["rounds"][number]),
        prompt: `Rewrite this function:\n\n${source}\n`,
        reply: `\`\`\`python\n${source}\n\`\`\``,
        candidate: { imports: [], function: source },
        feedback: "the candidate still holds third-secret-line\"\"\" on line 4",
        tests: { passed: false, exit_code: 1, output_tail: "E  assert 'second-secret-line' == ''" },
      },
    ],
  });

  test("a triple-quoted secret is blanked whole: its continuation and closing lines too, wherever they appear", () => {
    const source = multiLine.join("\n");
    const clean = redactFunctionRecord(multiLineRecord(source), [{ lines: multiLine, findings: [{ testId: "B105", line: 2 }] }], []);
    const text = JSON.stringify(clean);
    for (const part of ["first-secret-line", "second-secret-line", "third-secret-line"]) assert.ok(!text.includes(part), part);
    assert.equal(
      clean.rounds[0]?.candidate?.function,
      ['def connect(host):', '    password = """***', "***", '***"""', "    ab = 1", "    return db.connect(host, password)"].join("\n"),
    );
    // The code around the literal is kept, so the record still reads as the function it was.
    assert.match(clean.rounds[0]?.prompt ?? "", /return db\.connect\(host, password\)/);
  });

  test("the model re-indents the literal's lines or reports them in feedback: still blanked", () => {
    const reindented = multiLine.map((l) => `        ${l}`).join("\n");
    const clean = redactFunctionRecord(multiLineRecord(reindented), [{ lines: multiLine, findings: [{ testId: "B105", line: 2 }] }], []);
    assert.ok(!JSON.stringify(clean).includes("secret-line"));
  });

  test("a backslash-continued secret and a flagged line inside the literal (another Bandit's line): the whole literal goes", () => {
    const lines = ["def f():", '    token = "abc-first" \\', '        "continued-secret"', "    return token"];
    const fromFirst = redactFunctionRecord(multiLineRecord(lines.join("\n")), [{ lines, findings: [{ testId: "B105", line: 2 }] }], []);
    assert.ok(!JSON.stringify(fromFirst).includes("continued-secret"));
    const fromLast = redactFunctionRecord(multiLineRecord(multiLine.join("\n")), [{ lines: multiLine, findings: [{ testId: "B105", line: 4 }] }], []);
    assert.ok(!JSON.stringify(fromLast).includes("first-secret-line"));
    assert.ok(!JSON.stringify(fromLast).includes("second-secret-line"));
  });

  test("Bandit's quoted value is masked too where the model rewrapped the literal's lines", () => {
    const rewrapped = 'def connect(host):\n    password = "first-secret-line" + "second-secret-line"\n    return host';
    const clean = redactFunctionRecord(
      multiLineRecord(rewrapped),
      [{ lines: multiLine, findings: [{ testId: "B105", line: 2, text: "Possible hardcoded password: 'first-secret-line\nsecond-secret-line\nthird-secret-line'" }] }],
      [],
    );
    assert.ok(!JSON.stringify(clean).includes("secret-line"));
  });

  test("short continuation lines are blanked only as whole lines, and code after the literal is untouched (no crying wolf)", () => {
    const lines = ["def f():", '    password = """x', "ab", 'cd"""', "    about = 'table'", "    return password, about"];
    const clean = redactFunctionRecord(multiLineRecord(lines.join("\n")), [{ lines, findings: [{ testId: "B105", line: 2 }] }], []);
    const fn = clean.rounds[0]?.candidate?.function ?? "";
    assert.deepEqual(fn.split("\n"), ["def f():", '    password = """***', "***", '***"""', "    about = 'table'", "    return password, about"]);
  });
});
