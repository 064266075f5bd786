import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { loadBanditConfig } from "../adapters/bandit/config.js";
import { storedEntries } from "../core/gate/baseline-file.js";
import { toBaselineEntries, type BaselineEntry } from "../core/gate/compare.js";
import { fingerprintFile, textOnlyFacts } from "../core/gate/fingerprint.js";
import type { ReportDocument } from "../core/report/report.js";
import { readBaselineFile, type GateDeps } from "./check.js";
import type { GateSettings } from "./settings.js";

/**
 * The baseline side of the files the fix loop rewrites, as the gate saw it: the stored entries of
 * a baseline file, or the baseline revision's version of each file scanned with the baseline's
 * Bandit configuration (as the gate scans both sides). Files absent at the baseline have none.
 */
export async function baselineEntriesFor(
  report: ReportDocument,
  settings: GateSettings,
  deps: GateDeps,
  paths: readonly string[],
): Promise<Map<string, BaselineEntry[]>> {
  const out = new Map<string, BaselineEntry[]>(paths.map((p) => [p, []]));
  if (report.baseline.mode === "file") {
    const stored = await readBaselineFile(resolve(settings.cwd, report.baseline.file));
    for (const path of paths) {
      const file = stored.files[path];
      if (file) out.set(path, storedEntries(path, file));
    }
    return out;
  }
  const commit = report.baseline.commit;
  const objects = await deps.git.readObjects(paths.map((p) => `${commit}:${p}`));
  const present = paths.flatMap((p) => {
    const object = objects.get(`${commit}:${p}`);
    return object ? [[p, object.content.toString("utf8")] as const] : [];
  });
  if (present.length === 0) return out;
  const config = await loadBanditConfig(deps.git, { kind: "commit", commit });
  const root = await mkdtemp(join(tmpdir(), "bandit-gate-fix-base-"));
  try {
    for (const [path, text] of present) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    }
    const scanner = await deps.scanner(config);
    const result = await scanner.scan(root, present.map(([p]) => p));
    for (const [path, text] of present) {
      const findings = result.findings.filter((f) => f.path === path);
      // Text identity on both sides of the fix's own comparison (file-verdict.ts): the candidate
      // has no Python reader at hand, and a fingerprint must be made the same way on each side.
      out.set(path, toBaselineEntries(fingerprintFile(findings, textOnlyFacts(path, text, findings.length), path)));
    }
    return out;
  } finally {
    await rm(root, { recursive: true, force: true });
    await config.dispose();
  }
}
