import { dirname, resolve } from "node:path";
import { ensureWritableDirectory } from "../../adapters/files/directories.js";
import { runBaselineCommand } from "../../app/baseline.js";
import { realGateDeps } from "../../app/compose.js";
import { EXIT, ConfigurationError } from "../../core/errors.js";
import { Git } from "../../adapters/git.js";
import { GATE_OPTIONS, OUTPUT_OPTIONS, gateSettingsFromFlags, parseCommandLine } from "../args.js";
import { ConsoleLogger } from "../console-logger.js";
import { HELP } from "../help.js";
import { writeOutputFile } from "../../adapters/files/output-file.js";
import { NO_CACHE_OPTION, scanCacheDeps, userCacheFor } from "../user-cache.js";
import type { CliIo } from "../io.js";
import { banditLocation } from "../report-output.js";

/** `bandit-gate baseline --output FILE`: scan the whole tree and store identities, not text. */
export async function baselineCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    include: GATE_OPTIONS.include,
    exclude: GATE_OPTIONS.exclude,
    bandit: GATE_OPTIONS.bandit,
    jobs: GATE_OPTIONS.jobs,
    "allow-scan-errors": GATE_OPTIONS["allow-scan-errors"],
    "no-notebooks": GATE_OPTIONS["no-notebooks"],
    help: GATE_OPTIONS.help,
    output: OUTPUT_OPTIONS.output,
    ...NO_CACHE_OPTION,
    quiet: { type: "boolean", short: "q" },
  });
  if (values.help) {
    io.stdout(HELP.baseline);
    return EXIT.ok;
  }
  if (values.output === undefined) throw new ConfigurationError("baseline needs --output FILE (for example --output .bandit-baseline.json)");
  const git = await Git.open(io.cwd, io.env);
  const settings = gateSettingsFromFlags(values, positionals, { cwd: io.cwd, repoRoot: git.root });
  await ensureWritableDirectory(dirname(resolve(io.cwd, values.output)), "--output");
  const logger = new ConsoleLogger(io.stderr, { quiet: values.quiet === true, debug: false });
  const deps = await realGateDeps(settings, banditLocation(values.bandit, io.env), logger, io.env, { ...(await scanCacheDeps(userCacheFor(values["no-cache"], io))), git });
  const result = await runBaselineCommand(settings, deps).finally(() => void deps.close?.());
  for (const f of result.failures) io.stderr(`bandit-gate: could not scan ${f.path}: ${f.reason}\n`);
  if (result.failures.length > 0 && !settings.allowScanErrors) {
    io.stderr("bandit-gate: baseline not written: fix the file(s) above or pass --allow-scan-errors\n");
    return EXIT.scan;
  }
  await writeOutputFile(resolve(io.cwd, values.output), result.text, "--output");
  io.stdout(`bandit-gate: wrote ${values.output}: ${result.findings} finding(s) in ${result.files} Python file(s), Bandit ${result.banditVersion}\n`);
  return EXIT.ok;
}
