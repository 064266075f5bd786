import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { makeDirectories } from "../adapters/files/directories.js";
import { loadBanditConfig } from "../adapters/bandit/config.js";
import { storedEntries } from "../core/gate/baseline-file.js";
import { toBaselineEntries } from "../core/gate/compare.js";
import { fileRegressions, type FileBaseline } from "../core/gate/file-verdict.js";
import type { Finding } from "../core/gate/finding.js";
import type { Regression, RegressionPolicy } from "../core/gate/policy.js";
import type { ReportDocument } from "../core/report/report.js";
import { setAsideTestAsserts } from "../core/gate/test-asserts.js";
import { fingerprintSide, readBaselineFile, requestsOf, type GateDeps } from "./check.js";
import type { GateSettings } from "./settings.js";

/**
 * The gate's judgement of one rewritten file, for the fix loop: the baseline side read once as
 * the gate read it, and every candidate read by the same statement reader, fingerprinted the same
 * way and paired by the same cascade (hunks included), with B101 in test files set aside when
 * the gate set it aside. `dispose` removes the temporary copies.
 */
export interface FixJudge {
  regressions(path: string, text: string, findings: readonly Finding[]): Promise<Regression[]>;
  dispose(): Promise<void>;
}

interface BaselineSide extends FileBaseline {
  /** The baseline version written out (git baselines), to diff a candidate against. */
  file?: string;
}

/**
 * Read the baseline side of the files the fix loop rewrites: the stored entries and defs of a
 * baseline file, or the baseline revision's version of each file (its old path if the branch
 * renamed it) scanned with the baseline's Bandit configuration and read by the statement reader,
 * exactly as the gate does. Files absent at the baseline have none.
 */
export async function gateJudgeFor(
  report: ReportDocument,
  settings: GateSettings,
  deps: GateDeps,
  paths: readonly string[],
  policy: RegressionPolicy,
): Promise<FixJudge> {
  const root = await mkdtemp(join(tmpdir(), "bandit-gate-fix-judge-"));
  try {
    const sides = await baselineSides(report, settings, deps, paths, root);
    // The gate left asserts in test files out of both sides (its report says so): so does its judge.
    const setAside = report.test_asserts?.judged === false;
    let serial = 0;
    return {
      async regressions(path, text, allFindings) {
        const found = sides.get(path) ?? { entries: [] };
        const side = setAside ? { ...found, entries: setAsideTestAsserts(found.entries, (e) => e).kept } : found;
        const findings = setAside ? setAsideTestAsserts(allFindings, (f) => f).kept : allFindings;
        serial += 1;
        const file = join(root, "head", String(serial), path);
        await makeDirectories(dirname(file));
        await writeFile(file, text);
        try {
          const session = (await deps.statements()).open([{ path, file }]);
          const facts = (await session.locate(requestsOf(findings), new Set([path]))).get(path);
          if (!facts) throw new Error(`the statement reader returned nothing for ${path}`);
          // The gate's hunks run from the baseline's version to the branch's; a stored baseline has none.
          const hunks = side.file ? await deps.git.diffFileHunks(side.file, file) : [];
          return fileRegressions(side, { path, findings, facts, hunks }, policy);
        } finally {
          await rm(join(root, "head", String(serial)), { recursive: true, force: true });
        }
      },
      dispose: () => rm(root, { recursive: true, force: true }),
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

async function baselineSides(
  report: ReportDocument,
  settings: GateSettings,
  deps: GateDeps,
  paths: readonly string[],
  root: string,
): Promise<Map<string, BaselineSide>> {
  const out = new Map<string, BaselineSide>();
  if (report.baseline.mode === "file") {
    const stored = await readBaselineFile(resolve(settings.cwd, report.baseline.file));
    for (const path of paths) {
      const file = stored.files[path];
      out.set(path, file ? { path, entries: storedEntries(path, file), defs: new Set(file.defs ?? []) } : { entries: [] });
    }
    return out;
  }
  const commit = report.baseline.commit;
  const renamed = new Map(
    (await deps.git.diffNameStatus(commit, settings.head)).flatMap((c) => (c.status === "R" && c.oldPath ? [[c.path, c.oldPath] as const] : [])),
  );
  const basePathOf = (path: string) => renamed.get(path) ?? path;
  const objects = await deps.git.readObjects(paths.map((p) => `${commit}:${basePathOf(p)}`));
  const present: Array<{ path: string; basePath: string; file: string }> = [];
  for (const path of paths) {
    const basePath = basePathOf(path);
    const object = objects.get(`${commit}:${basePath}`);
    if (!object) {
      out.set(path, { entries: [] });
      continue;
    }
    const file = join(root, "base", basePath);
    await makeDirectories(dirname(file));
    await writeFile(file, object.content);
    present.push({ path, basePath, file });
  }
  if (present.length === 0) return out;
  const config = await loadBanditConfig(deps.git, { kind: "commit", commit });
  try {
    const basePaths = present.map((p) => p.basePath);
    const scanner = await deps.scanner(config);
    const session = (await deps.statements()).open(present.map((p) => ({ path: p.basePath, file: p.file })));
    const result = await scanner.scan(join(root, "base"), basePaths).catch(async (error: unknown) => {
      await session.close();
      throw error;
    });
    const facts = await session.locate(requestsOf(result.findings), new Set(basePaths));
    const entries = toBaselineEntries(fingerprintSide(result.findings, facts, (p) => p));
    for (const { path, basePath, file } of present) {
      const defs = facts.get(basePath)?.defs;
      out.set(path, { path: basePath, file, entries: entries.filter((e) => e.path === basePath), ...(defs ? { defs } : {}) });
    }
    return out;
  } finally {
    await config.dispose();
  }
}
