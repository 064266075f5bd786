import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { BanditDrivers } from "../adapters/bandit/driver.js";
import { BanditRunner } from "../adapters/bandit/run.js";
import type { Generator } from "../adapters/generators/generator.js";
import { PythonAstRunner, pythonForBandit } from "../adapters/python/ast.js";
import type { Logger } from "../core/logger.js";
import { decayProfile } from "../core/fix/profile.js";
import type { FixRecord } from "../core/fix/record.js";
import type { ReportDocument } from "../core/report/report.js";
import { loadBanditConfig } from "../adapters/bandit/config.js";
import { runGate, type GateDeps } from "./check.js";
import type { FixSettings } from "./fix-settings.js";
import { runFixLoop, type FixLoopResult } from "./fix-loop.js";
import { loadProfileFile } from "../adapters/files/profile-file.js";
import { CopiedTreeTestRunner } from "../adapters/test-command.js";
import { childEnvironment } from "../core/child-env.js";
import { gateJudgeFor } from "./fix-baseline.js";

export interface FixDeps {
  gate: GateDeps;
  generator: Generator;
  logger: Logger;
  /** This process's environment; children get only its allow-listed part (src/core/child-env.ts). */
  env: NodeJS.ProcessEnv;
  /** Values never to pass to a child, log or record whatever they are called (the token, the API key). */
  secrets?: readonly string[];
}

export type FixRun =
  | { kind: "scan-errors"; report: ReportDocument }
  | { kind: "nothing-to-fix"; report: ReportDocument }
  | { kind: "remediated"; report: ReportDocument; result: FixLoopResult; record: FixRecord };

/**
 * The gate, then the fix loop on what it found: shared by `bandit-gate fix` and the
 * Action's fix step. Writes nothing: the caller decides where the changes and the learned
 * profile go (the working tree, a patch, or a fix branch).
 */
export async function runFix(settings: FixSettings, deps: FixDeps, gated?: ReportDocument): Promise<FixRun> {
  const { logger, generator } = deps;
  const startedAt = new Date();
  const loaded = await loadProfileFile(settings.profilePath);
  const profileBefore = decayProfile(loaded.profile);

  // The Action has just gated this tree: its report is reused rather than scanned again.
  const report = gated ?? (await runGate(settings.gate, deps.gate));
  if (report.scan_errors.length > 0 && !settings.gate.allowScanErrors) return { kind: "scan-errors", report };
  if (report.regressions.length === 0) return { kind: "nothing-to-fix", report };
  logger.info(`${report.regressions.length} regression(s) to work on`);

  const root = deps.gate.git.root;
  const bandit = await deps.gate.bandit();
  // Candidates are scanned as the gate scans: with the baseline's configuration in git mode, so a
  // branch cannot loosen its own check, and judged against the same baseline entries.
  const config = await loadBanditConfig(deps.gate.git, report.baseline.mode === "git" ? { kind: "commit", commit: report.baseline.commit } : { kind: "worktree" });
  const policy = { severityLevel: settings.gate.severityLevel, confidenceLevel: settings.gate.confidenceLevel, nosec: settings.gate.nosec };
  // Candidates are read and paired exactly as the gate reads and pairs the branch (fix-baseline.ts).
  const judge = await gateJudgeFor(report, settings.gate, deps.gate, [...new Set(report.regressions.map((r) => r.path))], policy).catch(async (error: unknown) => {
    await config.dispose();
    throw error;
  });
  const secrets = deps.secrets ?? [];
  const toolEnv = childEnvironment(deps.env, { secrets });
  const testEnv = childEnvironment(deps.env, { pass: settings.loop.testEnv, secrets });
  const tests = settings.loop.testCommand ? new CopiedTreeTestRunner(root, settings.loop.testCommand, testEnv) : undefined;
  // One Bandit kept running for every round's candidates (driver.ts): a round pays no start-up.
  const drivers = BanditDrivers.for(bandit.argv, toolEnv, 1)?.warm();
  let result: FixLoopResult;
  try {
    result = await runFixLoop(report, profileBefore, settings.loop, {
      logger,
      generator,
      python: new PythonAstRunner(pythonForBandit(bandit.argv), toolEnv),
      scanner: new BanditRunner(bandit, { config: config.config, jobs: 1, env: toolEnv, ...(drivers ? { drivers } : {}) }),
      secrets,
      gateRegressions: (path, text, findings) => judge.regressions(path, text, findings),
      readSource: (path) => readFile(join(root, path), "utf8"),
      ...(tests ? { tests } : {}),
    });
  } finally {
    await drivers?.close();
    await tests?.dispose();
    await judge.dispose();
    await config.dispose();
  }

  const record: FixRecord = {
    schema: "bandit-gate/remediation-run",
    schema_version: 2,
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    generator: { kind: generator.kind, ...(generator.model ? { model: generator.model } : {}) },
    bandit_version: bandit.version,
    settings: {
      max_rounds: settings.loop.maxRounds,
      temperatures: settings.loop.temperatures,
      max_tokens: settings.loop.maxTokens,
      test_command: settings.loop.testCommand ?? null,
      temperature_sent: generator.supportsTemperature,
    },
    profile_loaded: loaded.profile,
    profile_before: profileBefore,
    profile_after: result.profile,
    functions: result.functions,
    module_level: result.moduleLevel,
    usage: { input_tokens: result.usage.input_tokens, output_tokens: result.usage.output_tokens, budget: settings.loop.maxTokens, calls: result.usage.calls },
    ...(result.stoppedEarly ? { stopped_early: result.stoppedEarly } : {}),
  };
  return { kind: "remediated", report, result, record };
}
