import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseBanditJson } from "../../src/core/gate/bandit-json.js";
import {
  BaselineFileError,
  blobId,
  buildBaselineFile,
  parseBaselineFile,
  serialiseBaselineFile,
  storedEntries,
} from "../../src/core/gate/baseline-file.js";
import { compareFindings, toBaselineEntries } from "../../src/core/gate/compare.js";
import { fingerprintFile, textOnlyFacts } from "../../src/core/gate/fingerprint.js";
import { judge } from "../../src/core/gate/policy.js";
import { renderReport, type ReportFormat } from "../../src/core/report/render.js";
import { buildReport, exitCodeOf, type ReportDocument } from "../../src/core/report/report.js";

const fixtures = new URL("../fixtures/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), "utf8");

/** The sample module judged against an empty baseline: every finding is new or suppressed. */
function sampleReport(): ReportDocument {
  const bandit = parseBanditJson(read("bandit-json/1.9.4-ignore-nosec.json"));
  const head = fingerprintFile(bandit.findings, textOnlyFacts("app.py", read("bandit-json/sample/app.py"), bandit.findings.length), "app.py");
  const verdict = judge(compareFindings([], head), { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" });
  return buildReport(verdict, {
    baseline: { mode: "git", ref: "merge-base of HEAD and origin/main", commit: "0123456789abcdef0123456789abcdef01234567" },
    scanned: { head: "working tree", files: ["app.py"], baseline_files: 0 },
    banditVersion: "1.9.4",
    failures: bandit.failures,
    notes: [],
  });
}

/** Golden files: regenerate with UPDATE_GOLDEN=1 after a deliberate change, and review the diff. */
function golden(name: string, actual: string): void {
  const url = new URL(`golden/${name}`, fixtures);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(url)) writeFileSync(url, actual);
  assert.equal(actual, readFileSync(url, "utf8"), `golden file ${name} differs (UPDATE_GOLDEN=1 to accept)`);
}

describe("report renderers (golden files)", () => {
  const formats: Array<[ReportFormat, string]> = [
    ["json", "sample-report.json"],
    ["sarif", "sample-report.sarif"],
    ["markdown", "sample-report.md"],
    ["text", "sample-report.txt"],
  ];
  for (const [format, file] of formats) {
    test(format, () => golden(file, renderReport(sampleReport(), format, { colour: false, toolVersion: "0.0.0-test" })));
  }

  test("the report counts agree with the lists, and nosec'd findings are 'suppressed'", () => {
    const report = sampleReport();
    assert.deepEqual(report.counts, { regressions: 8, new: 6, escalated: 0, suppressed: 2, fixed: 0, unchanged: 0, moved: 0, changed: 0 });
    assert.equal(report.verdict, "fail");
    assert.equal(exitCodeOf(report, false), 3, "the sample's broken.py is a scan failure, which wins");
    assert.equal(exitCodeOf(report, true), 1);
  });

  test("the password never reaches any format", () => {
    for (const format of ["json", "sarif", "markdown", "text"] as const) {
      assert.ok(!renderReport(sampleReport(), format, { colour: false, toolVersion: "x" }).includes("hunter2"), format);
    }
  });

  test("SARIF has what upload-sarif needs", () => {
    const sarif = JSON.parse(renderReport(sampleReport(), "sarif", { colour: false, toolVersion: "1.0.0" }));
    assert.equal(sarif.version, "2.1.0");
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, "bandit-gate");
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(result.partialFingerprints["banditGateIdentity/v2"]);
      assert.ok(result.locations[0].physicalLocation.region.startLine >= 1);
    }
    const fingerprints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["banditGateIdentity/v2"]);
    assert.equal(new Set(fingerprints).size, fingerprints.length, "fingerprints are unique within a run");
  });

  test("colour only when asked", () => {
    assert.match(renderReport(sampleReport(), "text", { colour: true, toolVersion: "x" }), /\x1b\[31m/);
    assert.doesNotMatch(renderReport(sampleReport(), "text", { colour: false, toolVersion: "x" }), /\x1b\[/);
  });
});

describe("baseline file format", () => {
  const bandit = parseBanditJson(read("bandit-json/1.9.4-ignore-nosec.json"));
  const text = read("bandit-json/sample/app.py");
  const items = fingerprintFile(bandit.findings, textOnlyFacts("app.py", text, bandit.findings.length), "app.py");

  test("round trip keeps identities and counts, not source or messages", () => {
    const file = buildBaselineFile("1.9.4", "cfg", [{ path: "app.py", blob: blobId(text), findings: items }]);
    const serialised = serialiseBaselineFile(file);
    assert.ok(!serialised.includes("hunter2"));
    assert.ok(!serialised.includes("subprocess.call"));
    const parsed = parseBaselineFile(serialised);
    const entries = storedEntries("app.py", parsed.files["app.py"]!);
    assert.equal(entries.length, items.length);
    const again = judge(compareFindings(entries, items), { severityLevel: "all", confidenceLevel: "all", nosec: "new-is-regression" });
    assert.deepEqual(again, { regressions: [], fixed: [], unchanged: items.length, moved: [], changed: [] });
    assert.deepEqual(toBaselineEntries(items).map((e) => e.key).sort(), entries.map((e) => e.key).sort());
  });

  test("blob ids are git's", () => {
    assert.equal(blobId("hello\n"), "ce013625030ba8dba906f756967f9e9ca394464a");
  });

  test("a version 1 file (text identities) is refused with one clear reason, not misread", () => {
    const v1 = JSON.stringify({ schema: "bandit-gate/baseline", schema_version: 1, bandit_version: "1.9.4", config_digest: "x", files: {} });
    assert.throws(() => parseBaselineFile(v1), (error: BaselineFileError) => error.problems.length === 1 && /schema_version 1/.test(error.problems[0] ?? ""));
    const stored = buildBaselineFile("1.9.4", "cfg", [{ path: "app.py", blob: blobId(text), findings: items, defs: ["f"] }]);
    assert.equal(stored.schema_version, 3);
    assert.deepEqual(stored.files["app.py"]?.defs, ["f"]);
  });

  test("every problem of a bad file is listed", () => {
    try {
      parseBaselineFile(JSON.stringify({ schema: "other", files: { "a.py": { blob: "x", findings: [{ key: 1 }] } } }));
      assert.fail("should throw");
    } catch (error) {
      assert.ok(error instanceof BaselineFileError);
      assert.ok(error.problems.length >= 4, error.problems.join("\n"));
      assert.ok(error.problems.some((p) => p.includes('files["a.py"].findings[0]')));
    }
    assert.throws(() => parseBaselineFile("{"), /not valid JSON/);
  });
});
