import { renderMarkdown } from "./markdown.js";
import { renderSarif } from "./sarif.js";
import { renderText } from "./text.js";
import { renderJson, type ReportDocument } from "./report.js";

export type ReportFormat = "text" | "json" | "sarif" | "markdown";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "json", "sarif", "markdown"];

export function renderReport(report: ReportDocument, format: ReportFormat, options: { colour: boolean; toolVersion: string }): string {
  switch (format) {
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, { toolVersion: options.toolVersion });
    case "markdown":
      return renderMarkdown(report);
    case "text":
      return renderText(report, { colour: options.colour });
  }
}
