import type { ReportDocument } from "./report.js";

export interface SarifOptions {
  toolVersion: string;
}

const LEVEL: Record<string, "error" | "warning" | "note"> = { HIGH: "error", MEDIUM: "warning", LOW: "note" };
const SECURITY_SEVERITY: Record<string, string> = { HIGH: "8.0", MEDIUM: "5.5", LOW: "3.0" };

/**
 * SARIF 2.1.0 for code scanning: one result per regression, with partialFingerprints from the
 * gate's identity so that code scanning tracks an alert across line shifts.
 */
export function renderSarif(report: ReportDocument, options: SarifOptions): string {
  const ruleIds = [...new Set(report.regressions.map((r) => r.test_id))].sort();
  const rules = ruleIds.map((id) => {
    const sample = report.regressions.find((r) => r.test_id === id);
    const rule: Record<string, unknown> = {
      id,
      name: sample?.test_name ?? id,
      shortDescription: { text: `${id}: ${sample?.test_name ?? id}` },
      properties: {
        tags: ["security", ...(sample?.cwe ? [`external/cwe/cwe-${sample.cwe}`] : [])],
        "security-severity": SECURITY_SEVERITY[sample?.severity ?? ""] ?? "5.0",
      },
    };
    if (sample?.more_info) rule.helpUri = sample.more_info;
    return rule;
  });
  const results = report.regressions.map((r) => ({
    ruleId: r.test_id,
    ruleIndex: ruleIds.indexOf(r.test_id),
    level: LEVEL[r.severity] ?? "warning",
    message: {
      text: `${r.kind === "new" ? "New" : r.kind === "escalated" ? `Escalated from ${r.baseline_severity}` : "Newly suppressed with # nosec"}${r.cell !== undefined ? ` in cell ${r.cell}, line ${r.cell_line ?? "?"}` : ""}: ${r.text}`,
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUri(r.path), uriBaseId: "%SRCROOT%" },
          region: {
            startLine: r.line,
            endLine: Math.max(r.end_line, r.line),
            ...(r.column !== undefined ? { startColumn: r.column + 1 } : {}),
          },
        },
      },
    ],
    partialFingerprints: { "banditGateIdentity/v2": r.fingerprint },
    // A notebook's region is a line of its code cells' extracted Python; the cell is in the message and here.
    properties: { kind: r.kind, severity: r.severity, confidence: r.confidence, ...(r.cell !== undefined ? { cell: r.cell, cell_line: r.cell_line } : {}) },
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "bandit-gate",
            version: options.toolVersion,
            informationUri: "https://github.com/PyCQA/bandit",
            rules,
          },
        },
        automationDetails: { id: `bandit-gate/${report.scanned.shard ?? "all"}/` },
        results,
        properties: { bandit_version: report.bandit_version },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function encodeUri(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
