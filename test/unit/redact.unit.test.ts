import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { redactSourceLines, redactText, secretLiteralLines } from "../../src/core/report/redact.js";

describe("redacting a secret that spans lines", () => {
  test("a triple-quoted literal is blanked on every line it covers, code after it is kept", () => {
    assert.deepEqual(redactSourceLines("B105", ['PASSWORD = """hunter2', "second-line-secret", '"""  # prod']), [
      'PASSWORD = """***',
      "***",
      '***"""  # prod',
    ]);
    assert.deepEqual(redactSourceLines("B107", ["def f(password='''top", "more''', retries=3):"]), [
      "def f(password='''***",
      "***''', retries=3):",
    ]);
  });

  test("implicit concatenation and backslash continuations", () => {
    assert.deepEqual(redactSourceLines("B105", ['SECRET_PASSWORD = ("abc"', '    "def")']), ['SECRET_PASSWORD = ("***"', '    "***")']);
    assert.deepEqual(redactSourceLines("B105", ['PASSWORD = "abc\\', 'def"']), ['PASSWORD = "***\\', '***"']);
    // An escaped backslash at the end does not continue the literal (the line is not valid Python, but must not over-open).
    assert.deepEqual(redactSourceLines("B105", ['p = "a\\\\', 'x = 1']), ['p = "***', "x = 1"]);
  });

  test("the statement's lead says a literal is already open on the first flagged line", () => {
    const lines = ["second-line-secret", '""")'];
    assert.deepEqual(redactSourceLines("B106", lines, { lead: ['login(user="u", password="""hunter2'] }), ["***", '***""")']);
    // Without it, the first flagged line reads as code: the lead is what keeps it from leaking.
    assert.equal(redactSourceLines("B106", lines)[0], "second-line-secret");
  });

  test("the value Bandit quotes is masked wherever the lexer would have shown it", () => {
    const text = "Possible hardcoded password: 'hunter2\nsecond-line-secret\n'";
    // No lead: the lexer misreads the closing quotes as an opening, but the value's lines are masked.
    assert.deepEqual(redactSourceLines("B106", ["second-line-secret", '""")'], { text }), ["***", '"""***']);
  });

  test("other tests' lines and messages are untouched, and a '#' inside a literal is no comment", () => {
    assert.deepEqual(redactSourceLines("B602", ['call("""x', 'y""", shell=True)']), ['call("""x', 'y""", shell=True)']);
    assert.deepEqual(redactSourceLines("B105", ['PASSWORD = "a#b"  # note']), ['PASSWORD = "***"  # note']);
    assert.equal(redactText("B105", "Possible hardcoded password: 'hunter2\nsecond-line-secret\n'"), "Possible hardcoded password: '***'");
    assert.equal(redactText("B105", "Possible hardcoded password 'hunter2'"), "Possible hardcoded password '***'");
    assert.equal(redactText("B602", "subprocess call with shell=True: 'x'"), "subprocess call with shell=True: 'x'");
  });
});

describe("secretLiteralLines: the lines of a flagged secret literal, lexed from the function's start", () => {
  const fn = ["def f():", '    """A docstring with a quote: \' """', '    password = """one', "two", 'three"""  # end', '    other = "public"'];

  test("a triple-quoted literal: its opening, continuation and closing lines, the comment kept", () => {
    assert.deepEqual(secretLiteralLines(fn, [{ testId: "B105", line: 3 }]), [
      { line: 3, original: '    password = """one', redacted: '    password = """***' },
      { line: 4, original: "two", redacted: "***" },
      { line: 5, original: 'three"""  # end', redacted: '***"""  # end' },
    ]);
  });

  test("a flagged line inside the literal reaches back to where it opened; other tests' lines are not secrets", () => {
    assert.deepEqual(secretLiteralLines(fn, [{ testId: "B105", line: 4 }]).map((l) => l.line), [3, 4, 5]);
    assert.deepEqual(secretLiteralLines(fn, [{ testId: "B602", line: 3 }]), []);
  });

  test("a docstring's odd quote does not make the lexer think the next line is in a literal (no crying wolf)", () => {
    assert.deepEqual(secretLiteralLines(fn, [{ testId: "B105", line: 6 }]).map((l) => l.redacted), ['    other = "***"']);
  });

  test("a statement continued by a backslash carries the secret onto the next line's literal", () => {
    const lines = ["def g():", '    token = "abc" \\', '        "continued"', "    return token"];
    assert.deepEqual(secretLiteralLines(lines, [{ testId: "B105", line: 2 }]).map((l) => l.redacted), ['    token = "***" \\', '        "***"']);
  });
});
