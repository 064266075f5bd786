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
    const clean = redactFunctionRecord(record, [{ testId: "B106", line: '    return db.connect(password="hunter2-prod")' }], ["sk-ant-live-XYZ"]);
    const text = JSON.stringify(clean);
    assert.ok(!text.includes("hunter2-prod"));
    assert.ok(!text.includes("sk-ant-live-XYZ"));
    assert.match(clean.rounds[0]?.prompt ?? "", /db\.connect\(password="\*\*\*"\)/);
    assert.equal(clean.rounds[0]?.tests?.output_tail, "E   AssertionError: ***");
  });

  test("lines of findings that are not about secrets are left as they are (no crying wolf on SQL)", () => {
    const clean = redactFunctionRecord(record, [{ testId: "B608", line: '    return db.connect(password="hunter2-prod")' }], []);
    assert.equal(clean.rounds[0]?.prompt, record.rounds[0]?.prompt);
  });
});
