import { blobId, buildBaselineFile, serialiseBaselineFile } from "../core/gate/baseline-file.js";
import type { ScanFailure } from "../core/gate/finding.js";
import { groupBy } from "../core/group.js";
import { makeSelector } from "../core/gate/selection.js";
import { loadBanditConfig } from "../adapters/bandit/config.js";
import { join } from "node:path";
import { fingerprintSide, refuseUnreadable, requestsOf, type GateDeps } from "./check.js";
import { listHeadFiles, loadHeadFiles, mayBePython, pythonOnly } from "../adapters/files/head-files.js";
import type { GateSettings } from "./settings.js";
import { isNotebookPath } from "../core/gate/notebook.js";
import { notebooksAsPython } from "./notebooks.js";
import type { Snapshot } from "../adapters/files/snapshot.js";

export interface BaselineOutcome {
  text: string;
  files: number;
  findings: number;
  banditVersion: string;
  failures: ScanFailure[];
}

/**
 * `bandit-gate baseline`: scan every Python file of the tree (and, unless notebooks are off, the
 * code cells of every notebook) and store identities, not text.
 */
export async function runBaselineCommand(settings: GateSettings, deps: GateDeps): Promise<BaselineOutcome> {
  const { git, logger } = deps;
  const select = makeSelector(settings);
  const notebook = (path: string) => settings.notebooks && isNotebookPath(path);
  const candidates = (await listHeadFiles(git, settings.head)).filter((p) => select(p) && (mayBePython(p) || notebook(p)));
  refuseUnreadable(git, candidates);
  let head: Snapshot = await loadHeadFiles(git, settings.head, candidates);
  const disposers: Array<() => Promise<void>> = [head.dispose];
  try {
    const config = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
    disposers.push(config.dispose);
    // A notebook is stored under its own path with the blob id of its JSON, as git knows it.
    const blobs = new Map([...head.contents].map(([path, content]) => [path, blobId(content)]));
    const notebooks = await notebooksAsPython(head, candidates.filter(notebook), "baseline-notebooks", settings.head.kind !== "worktree");
    if (notebooks.snapshot !== head) {
      head = notebooks.snapshot;
      disposers.push(head.dispose);
    }
    const files = [...new Set([...pythonOnly(head, [...head.contents.keys()]), ...notebooks.lines.keys()])].sort();
    const scanner = await deps.scanner(config);
    logger.info(`Scanning ${files.length} Python file(s)${notebooks.lines.size > 0 ? ` (${notebooks.lines.size} of them notebooks)` : ""} with Bandit ${scanner.version}`);
    const session = (await deps.statements()).open(files.map((path) => ({ path, file: join(head.root, path) })));
    const root = head.root;
    const result = await scanner.scan(root, files, head).catch(async (error: unknown) => {
      await session.close();
      throw error;
    });
    await scanner.flush?.();
    // Every file, not only those with findings: their defs say where code moves from.
    const facts = await session.locate(requestsOf(result.findings));
    const items = fingerprintSide(result.findings, facts, (p) => p);
    const byPath = groupBy(items, (item) => item.finding.path);
    const stored = buildBaselineFile(
      scanner.version,
      config.digest,
      files.map((path) => {
        const cells = notebooks.lines.get(path);
        return { path, blob: blobs.get(path) as string, findings: byPath.get(path) ?? [], defs: [...(facts.get(path)?.defs ?? [])], ...(cells ? { cells } : {}) };
      }),
      { notebooks: settings.notebooks },
    );
    const unreadable = notebooks.unreadable.map((u) => ({ path: u.path, reason: u.reason }));
    return {
      text: serialiseBaselineFile(stored),
      files: files.length,
      findings: items.length,
      banditVersion: scanner.version,
      failures: [...result.failures, ...unreadable],
    };
  } finally {
    for (const dispose of disposers.reverse()) await dispose();
  }
}
