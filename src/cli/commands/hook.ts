import { lstatSync } from "node:fs";
import { resolve } from "node:path";
import type { ParseArgsConfig } from "node:util";
import { runGate } from "../../app/check.js";
import { realGateDeps } from "../../app/compose.js";
import { messages, PINNED_BANDIT_VERSION } from "../../core/messages.js";
import type { GateSettings } from "../../app/settings.js";
import { EXIT } from "../../core/errors.js";
import { renderReport } from "../../core/report/render.js";
import { exitCodeOf } from "../../core/report/report.js";
import { TOOL_VERSION } from "../../core/version.js";
import { Git } from "../../adapters/git.js";
import { GATE_OPTIONS, gateSettingsFromFlags, parseCommandLine } from "../args.js";
import type { CliIo } from "../io.js";
import { HELP } from "../help.js";
import { ConsoleLogger } from "../console-logger.js";
import { NO_CACHE_OPTION, scanCacheDeps, userCacheFor } from "../user-cache.js";

/**
 * Options of `bandit-gate hook`: the gate's, less those that make no sense before a commit
 * exists (`--head`, `--shard`), plus the cache switch and progress messages.
 */
export const HOOK_OPTIONS = {
  base: GATE_OPTIONS.base,
  baseline: GATE_OPTIONS.baseline,
  "severity-level": GATE_OPTIONS["severity-level"],
  "confidence-level": GATE_OPTIONS["confidence-level"],
  nosec: GATE_OPTIONS.nosec,
  include: GATE_OPTIONS.include,
  exclude: GATE_OPTIONS.exclude,
  bandit: GATE_OPTIONS.bandit,
  "allow-scan-errors": GATE_OPTIONS["allow-scan-errors"],
  "strict-config": GATE_OPTIONS["strict-config"],
  "no-notebooks": GATE_OPTIONS["no-notebooks"],
  jobs: GATE_OPTIONS.jobs,
  "bandit-timeout": GATE_OPTIONS["bandit-timeout"],
  help: GATE_OPTIONS.help,
  ...NO_CACHE_OPTION,
  verbose: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

/**
 * `bandit-gate hook [options] [FILES...]`: what pre-commit runs with the staged Python files.
 * Judges their staged content (the index git is about to commit, which is the one named by
 * GIT_INDEX_FILE during `git commit`) against HEAD, or against a baseline file. Progress is
 * quiet unless --verbose, since pre-commit shows a hook's output only when it fails; installing
 * Bandit is always announced.
 */
export async function hookCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseHookArgv(argv, (name) => lstatSync(resolve(io.cwd, name), { throwIfNoEntry: false }) !== undefined);
  if (values.help) {
    io.stdout(HELP.hook);
    return EXIT.ok;
  }
  const git = await Git.open(io.cwd, io.env);
  const flags = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root, head: { kind: "index" } });
  const settings = hookSettings(flags, { fromRef: io.env.PRE_COMMIT_FROM_REF, toRef: io.env.PRE_COMMIT_TO_REF });
  const debug = io.env.BANDIT_GATE_DEBUG === "1";
  const logger = new ConsoleLogger(io.stderr, { quiet: values.verbose !== true, debug });
  const cache = userCacheFor(values["no-cache"], io);
  const bandit = {
    explicit: values.bandit,
    fromEnv: io.env.BANDIT_GATE_BANDIT,
    env: io.env,
    provision: { dir: cache.dir, version: PINNED_BANDIT_VERSION, logger: new ConsoleLogger(io.stderr, { quiet: false, debug }) },
  };
  const deps = await realGateDeps(settings, bandit, logger, io.env, { ...(await scanCacheDeps(cache)), git });
  const report = await runGate(settings, deps).finally(() => void deps.close?.());
  io.stdout(renderReport(report, "text", { colour: io.stdoutIsTty && !io.env.NO_COLOR, toolVersion: TOOL_VERSION }));
  if (report.scan_errors.length > 0 && !settings.allowScanErrors) {
    io.stderr(`bandit-gate: ${messages.scanFailed(report.scan_errors)}\n`);
  }
  if (settings.strictConfig && report.gate_changes?.length) io.stderr(`bandit-gate: ${messages.strictConfig(report.gate_changes)}\n`);
  return exitCodeOf(report, settings.allowScanErrors, settings.strictConfig);
}

/**
 * pre-commit runs `entry ARGS... FILES...`: the files it passes follow the hook's own arguments
 * with no `--`, and a staged file may be named `--nosec=honor`, `--bandit=./x.py` or `-rf.py`.
 * So the arguments end where the longest tail of existing files begins, pulled back only as far
 * as the arguments need to parse (`--baseline base.json` whose value is a file too). A literal
 * `--` ends the arguments as usual.
 */
export function parseHookArgv(argv: readonly string[], exists: (name: string) => boolean) {
  const dashDash = argv.indexOf("--");
  if (dashDash !== -1) return parseCommandLine([...argv], HOOK_OPTIONS);
  let firstFile = argv.length;
  while (firstFile > 0 && exists(argv[firstFile - 1] as string)) firstFile -= 1;
  for (let split = firstFile; split < argv.length; split += 1) {
    let parsed;
    try {
      parsed = parseCommandLine(argv.slice(0, split), HOOK_OPTIONS);
    } catch {
      continue;
    }
    return { ...parsed, positionals: [...parsed.positionals, ...argv.slice(split)] };
  }
  return parseCommandLine([...argv], HOOK_OPTIONS);
}

/**
 * The hook compares the index with HEAD unless told otherwise (--base REF or --baseline FILE).
 * Run over a range of commits (the pre-push stage, `pre-commit run --from-ref A --to-ref B`),
 * pre-commit names the range; there is nothing staged to judge then, so the range is judged.
 */
export function hookSettings(settings: GateSettings, range: { fromRef?: string; toRef?: string } = {}): GateSettings {
  const inRange = Boolean(range.fromRef && range.toRef);
  const revision = inRange ? (range.fromRef as string) : "HEAD";
  return {
    ...settings,
    ...(settings.baseline.kind === "file" ? { trustedRevision: { ref: revision } } : {}),
    head: inRange ? { kind: "commit", ref: range.toRef as string } : settings.head,
    baseline: settings.baseline.kind !== "auto" ? settings.baseline : { kind: "ref", ref: revision },
  };
}
