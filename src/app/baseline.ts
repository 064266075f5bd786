import { blobId, buildBaselineFile, serialiseBaselineFile } from "../core/gate/baseline-file.js";
import type { ScanFailure } from "../core/gate/finding.js";
import { groupBy } from "../core/group.js";
import { makeSelector } from "../core/gate/selection.js";
import { loadBanditConfig } from "../adapters/bandit/config.js";
import { join } from "node:path";
import { fingerprintSide, refuseUnreadable, requestsOf, type GateDeps } from "./check.js";
import { listHeadFiles, loadHeadFiles, mayBePython, pythonOnly } from "../adapters/files/head-files.js";
import type { GateSettings } from "./settings.js";

export interface BaselineOutcome {
  text: string;
  files: number;
  findings: number;
  banditVersion: string;
  failures: ScanFailure[];
}

/** `bandit-gate baseline`: scan every Python file of the tree and store identities, not text. */
export async function runBaselineCommand(settings: GateSettings, deps: GateDeps): Promise<BaselineOutcome> {
  const { git, logger } = deps;
  const select = makeSelector(settings);
  const candidates = (await listHeadFiles(git, settings.head)).filter((p) => select(p) && mayBePython(p));
  refuseUnreadable(git, candidates);
  const head = await loadHeadFiles(git, settings.head, candidates);
  const config = await loadBanditConfig(git, settings.head.kind === "commit" ? { kind: "commit", commit: settings.head.ref } : settings.head);
  try {
    const files = pythonOnly(head, [...head.contents.keys()]).sort();
    const scanner = await deps.scanner(config);
    logger.info(`Scanning ${files.length} Python file(s) with Bandit ${scanner.version}`);
    const session = (await deps.statements()).open(files.map((path) => ({ path, file: join(head.root, path) })));
    const result = await scanner.scan(head.root, files, head);
    await scanner.flush?.();
    // Every file, not only those with findings: their defs say where code moves from.
    const facts = await session.locate(requestsOf(result.findings));
    const items = fingerprintSide(result.findings, facts, (p) => p);
    const byPath = groupBy(items, (item) => item.finding.path);
    const stored = buildBaselineFile(
      scanner.version,
      config.digest,
      files.map((path) => ({ path, blob: blobId(head.contents.get(path) as Buffer), findings: byPath.get(path) ?? [], defs: [...(facts.get(path)?.defs ?? [])] })),
    );
    return {
      text: serialiseBaselineFile(stored),
      files: files.length,
      findings: items.length,
      banditVersion: scanner.version,
      failures: result.failures,
    };
  } finally {
    await config.dispose();
    await head.dispose();
  }
}
