import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import {
  SCAN_CACHE_SCHEMA,
  DETERMINISTIC_FAILURE,
  contentDigest,
  isCacheable,
  joinOutcomes,
  parseEntry,
  scanCacheKey,
  serialiseEntry,
  splitByFile,
  type FileOutcome,
  type ScanCacheKeyInput,
} from "../../src/core/gate/scan-cache-entry.js";
import type { BanditResult, Finding } from "../../src/core/gate/finding.js";
import { scanCacheEnabled, userCache } from "../../src/adapters/caches/cache-dir.js";
import { describeBandit } from "../../src/adapters/bandit/run.js";

const KEY_INPUT: ScanCacheKeyInput = {
  scanner: "bandit 1.9.4; python 3.11.7; -f json -q --ignore-nosec -x /nonexistent",
  configDigest: "0123456789abcdef",
  contentSha256: contentDigest(Buffer.from("import os\n")),
};

function finding(path: string, line: number, testId = "B602"): Finding {
  return {
    path,
    line,
    lineRange: [line, line + 1],
    column: 4,
    testId,
    testName: "subprocess_popen_with_shell_equals_true",
    severity: "HIGH",
    confidence: "HIGH",
    text: "subprocess call with shell=True identified, security issue.",
    cwe: 78,
    moreInfo: "https://bandit.readthedocs.io/en/1.9.4/plugins/b602.html",
  };
}

const OUTCOME: FileOutcome = {
  scanned: true,
  findings: [
    (({ path: _p, ...rest }) => rest)(finding("a.py", 3)),
    { line: 7, lineRange: [7], testId: "B101", testName: "assert_used", severity: "LOW", confidence: "HIGH", text: "Use of assert detected." },
  ],
};

describe("scan cache keys", () => {
  test("the content digest is sha256 of the bytes", () => {
    assert.equal(contentDigest(Buffer.from("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("the same inputs give the same key; each input changes it", () => {
    const key = scanCacheKey(KEY_INPUT);
    assert.match(key, /^[0-9a-f]{64}$/);
    assert.equal(scanCacheKey({ ...KEY_INPUT }), key);
    const variants = [
      { ...KEY_INPUT, scanner: KEY_INPUT.scanner.replace("1.9.4", "1.9.3") },
      { ...KEY_INPUT, scanner: KEY_INPUT.scanner.replace("3.11.7", "3.12.1") },
      { ...KEY_INPUT, configDigest: "fedcba9876543210" },
      { ...KEY_INPUT, contentSha256: contentDigest(Buffer.from("import os\n\n")) },
      { ...KEY_INPUT, path: "app/x.py" },
    ];
    const keys = new Set([key, ...variants.map(scanCacheKey)]);
    assert.equal(keys.size, variants.length + 1);
  });

  test("with a path in the key, a different path is a different key", () => {
    assert.notEqual(scanCacheKey({ ...KEY_INPUT, path: "tests/x.py" }), scanCacheKey({ ...KEY_INPUT, path: "src/x.py" }));
  });

  test("inputs cannot run into each other", () => {
    assert.notEqual(scanCacheKey({ ...KEY_INPUT, scanner: "a", configDigest: "bc" }), scanCacheKey({ ...KEY_INPUT, scanner: "ab", configDigest: "c" }));
  });
});

describe("splitting a Bandit result by file and joining it back", () => {
  const result: BanditResult = {
    findings: [finding("a.py", 3), finding("b.py", 1, "B307"), finding("a.py", 9)],
    failures: [{ path: "bad.py", reason: DETERMINISTIC_FAILURE }],
    scanned: ["a.py", "b.py", "bad.py", "clean.py"],
  };
  const files = ["a.py", "b.py", "bad.py", "clean.py", "excluded.py"];

  test("each file gets its findings (in Bandit's order), failure and scanned flag, without its path", () => {
    const split = splitByFile(result, files);
    assert.ok(split);
    assert.deepEqual(split.get("a.py")?.findings.map((f) => f.line), [3, 9]);
    assert.equal("path" in (split.get("a.py")?.findings[0] ?? {}), false);
    assert.deepEqual(split.get("bad.py"), { scanned: true, findings: [], failure: DETERMINISTIC_FAILURE });
    assert.deepEqual(split.get("clean.py"), { scanned: true, findings: [] });
    assert.deepEqual(split.get("excluded.py"), { scanned: false, findings: [] }, "a file Bandit's configuration excluded");
  });

  test("joining restores the paths, file by file in the order asked", () => {
    const split = splitByFile(result, files);
    assert.ok(split);
    const joined = joinOutcomes(files, split);
    assert.deepEqual(joined.scanned, result.scanned);
    assert.deepEqual(joined.failures, result.failures);
    assert.deepEqual(joined.findings, [finding("a.py", 3), finding("a.py", 9), finding("b.py", 1, "B307")]);
  });

  test("a path nobody asked about makes the result unsplittable", () => {
    assert.equal(splitByFile({ ...result, findings: [finding("./a.py", 1)] }, files), undefined);
    assert.equal(splitByFile({ ...result, scanned: ["other.py"] }, files), undefined);
    assert.equal(splitByFile({ ...result, failures: [{ path: "zzz.py", reason: "x" }] }, files), undefined);
    assert.equal(
      splitByFile({ ...result, failures: [...result.failures, { path: "bad.py", reason: "again" }] }, files),
      undefined,
      "two failures for one file",
    );
  });
});

describe("which outcomes may be stored", () => {
  test("findings, clean files, exclusions and syntax errors; never a failure that may pass", () => {
    assert.equal(isCacheable(OUTCOME), true);
    assert.equal(isCacheable({ scanned: false, findings: [] }), false, "a file Bandit said nothing about is never remembered");
    assert.equal(isCacheable({ scanned: true, findings: [], failure: DETERMINISTIC_FAILURE }), true);
    assert.equal(isCacheable({ scanned: false, findings: [], failure: "Permission denied" }), false);
    assert.equal(isCacheable({ scanned: false, findings: [], failure: "exception while scanning file" }), false);
  });
});

describe("cache entries", () => {
  const key = scanCacheKey(KEY_INPUT);

  test("round trip", () => {
    const text = serialiseEntry(key, OUTCOME);
    assert.deepEqual(parseEntry(text, key), OUTCOME);
    const failed: FileOutcome = { scanned: true, findings: [], failure: DETERMINISTIC_FAILURE };
    assert.deepEqual(parseEntry(serialiseEntry(key, failed), key), failed);
  });

  test("equal outcomes are stored as equal text, whatever the field order or extra fields", () => {
    const shuffled = { findings: OUTCOME.findings.map((f) => ({ ...f, extra: 1 }) as never), scanned: true };
    assert.equal(serialiseEntry(key, shuffled), serialiseEntry(key, OUTCOME));
  });

  test("an entry answers only its own key", () => {
    assert.equal(parseEntry(serialiseEntry(key, OUTCOME), scanCacheKey({ ...KEY_INPUT, configDigest: "x" })), undefined);
  });

  test("damage is a miss: truncation, garbage, an edit that still parses, another schema", () => {
    const text = serialiseEntry(key, OUTCOME);
    assert.equal(parseEntry(text.slice(0, text.length / 2), key), undefined);
    assert.equal(parseEntry("", key), undefined);
    assert.equal(parseEntry("\0\0\0\0", key), undefined);
    assert.equal(parseEntry("null", key), undefined);
    assert.equal(parseEntry("[]", key), undefined);
    assert.equal(parseEntry(text.replace("B602", "B603"), key), undefined, "the outcome's digest catches edits");
    assert.equal(parseEntry(text.replace('\\"line\\":3', '\\"line\\":4'), key), undefined);
    assert.equal(parseEntry(text.replace(SCAN_CACHE_SCHEMA, "bandit-gate/scan-cache/0"), key), undefined);
  });

  test("a well-formed entry with a bad outcome is a miss", () => {
    const forge = (outcome: unknown) => {
      const body = JSON.stringify(outcome);
      const sha = contentDigest(Buffer.from(body, "utf8"));
      return JSON.stringify({ schema: SCAN_CACHE_SCHEMA, key, outcome: body, sha256: sha });
    };
    assert.deepEqual(parseEntry(forge(OUTCOME), key), OUTCOME, "the forger works");
    const base = OUTCOME.findings[0] as object;
    for (const bad of [
      { scanned: "yes", findings: [] },
      { scanned: true },
      { scanned: true, findings: [{ ...base, line: 0 }] },
      { scanned: true, findings: [{ ...base, line: 1.5 }] },
      { scanned: true, findings: [{ ...base, lineRange: [] }] },
      { scanned: true, findings: [{ ...base, severity: "CRITICAL" }] },
      { scanned: true, findings: [{ ...base, testId: "" }] },
      { scanned: true, findings: [{ ...base, column: -1 }] },
      { scanned: true, findings: [{ ...base, cwe: "78" }] },
      { scanned: true, findings: [], failure: 3 },
      { scanned: false, findings: [], failure: "Permission denied" },
    ]) {
      assert.equal(parseEntry(forge(bad), key), undefined, JSON.stringify(bad));
    }
  });
});

describe("the user's cache directory", () => {
  const context = { cwd: "/work/repo", home: "/home/dev", platform: "linux" as const, noCacheFlag: false };

  test("BANDIT_GATE_CACHE_DIR, else an absolute XDG_CACHE_HOME, else ~/.cache", () => {
    assert.deepEqual(userCache({ BANDIT_GATE_CACHE_DIR: "/tmp/bg", XDG_CACHE_HOME: "/xdg" }, context), { dir: "/tmp/bg", scans: "/tmp/bg/scans" });
    assert.equal(userCache({ BANDIT_GATE_CACHE_DIR: "rel" }, context).dir, "/work/repo/rel");
    assert.equal(userCache({ XDG_CACHE_HOME: "/xdg" }, context).dir, "/xdg/bandit-gate");
    assert.equal(userCache({ XDG_CACHE_HOME: "relative" }, context).dir, "/home/dev/.cache/bandit-gate", "the XDG spec ignores relative paths");
    assert.equal(userCache({}, context).dir, "/home/dev/.cache/bandit-gate");
    assert.equal(userCache({ LOCALAPPDATA: "/appdata" }, { ...context, platform: "win32" }).dir.replace(/\\/g, "/"), "/appdata/bandit-gate");
  });

  test("--no-cache or BANDIT_GATE_NO_CACHE turns the scan cache off, not the directory", () => {
    assert.deepEqual(userCache({}, { ...context, noCacheFlag: true }), { dir: "/home/dev/.cache/bandit-gate" });
    for (const value of ["1", "true", "yes"]) assert.equal(scanCacheEnabled(false, { BANDIT_GATE_NO_CACHE: value }), false, value);
    for (const value of ["", "0", "false", "no"]) assert.equal(scanCacheEnabled(false, { BANDIT_GATE_NO_CACHE: value }), true, value);
    assert.equal(scanCacheEnabled(false, {}), true);
  });
});

describe("the scanner identity", () => {
  test("Bandit's version and Python's minor version (its grammar) from `bandit --version`", () => {
    const output = "bandit 1.9.4\n  python version = 3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]\n";
    assert.equal(describeBandit("1.9.4", output), "bandit 1.9.4; python 3.11");
    assert.equal(describeBandit("1.9.4", "__main__.py 1.9.4\n  python version = 3.12.1 (x)\n"), "bandit 1.9.4; python 3.12");
    assert.equal(describeBandit("1.6.3", "bandit 1.6.3\n"), "bandit 1.6.3; python unknown");
  });
});
