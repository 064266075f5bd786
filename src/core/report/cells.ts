import { cellLineOf, type CellLine } from "../gate/notebook.js";
import type { RelocatedRecord, ReportDocument } from "./report.js";

/**
 * The report with each regression and relocated finding in a notebook given its cell and line in
 * the cell (`lines`: per notebook path, the line map of its head version).
 */
export function placeInCells(report: ReportDocument, lines: ReadonlyMap<string, readonly CellLine[]>): ReportDocument {
  if (lines.size === 0) return report;
  const at = (path: string, line: number) => {
    const map = lines.get(path);
    return map ? cellLineOf(map, line) : undefined;
  };
  const regressions = report.regressions.map((r) => {
    const where = at(r.path, r.line);
    return where ? { ...r, cell: where.cell, cell_line: where.line } : r;
  });
  const relocate = (list: RelocatedRecord[]) =>
    list.map((r) => {
      const where = at(r.to.path, r.to.line);
      return where ? { ...r, to: { ...r.to, cell: where.cell, cell_line: where.line } } : r;
    });
  return { ...report, regressions, moved: relocate(report.moved), changed: relocate(report.changed) };
}

/** `path:line`, or for a notebook `path (cell N, line M)`. */
export function placeOf(path: string, line: number, where: { cell?: number; cell_line?: number }): string {
  return where.cell !== undefined && where.cell_line !== undefined ? `${path} (cell ${where.cell}, line ${where.cell_line})` : `${path}:${line}`;
}
