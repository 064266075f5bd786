import { readFile } from "node:fs/promises";
import { ConfigurationError } from "../core/errors.js";
import { MergeError, mergeReports } from "../core/gate/merge.js";
import type { ReportDocument } from "../core/report/report.js";

/** Read shard reports (JSON written by `check --format json`) and merge them into one. */
export async function mergeReportFiles(files: readonly string[]): Promise<ReportDocument> {
  if (files.length === 0) throw new ConfigurationError("merge needs the JSON reports of the shards (bandit-gate merge REPORT.json ...)");
  const parts: ReportDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      throw new ConfigurationError(`cannot read the report ${file}: ${(error as Error).message}`);
    }
    try {
      parts.push(JSON.parse(text) as ReportDocument);
    } catch {
      throw new ConfigurationError(`${file} is not JSON; merge takes reports written by \`bandit-gate check --format json\``);
    }
  }
  try {
    return mergeReports(parts);
  } catch (error) {
    if (error instanceof MergeError) throw new ConfigurationError(`cannot merge ${files.join(", ")}: ${error.problems.join("; ")}`);
    throw error;
  }
}
