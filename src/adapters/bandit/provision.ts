import { LIBCST_VERSION } from "../python/libcst.js";
import { mkdir, rm, stat, rename, writeFile, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { arch as osArch } from "node:os";
import { makeDirectories } from "../files/directories.js";
import { join } from "node:path";
import { removeOnInterrupt } from "../lifetime.js";
import { ConfigurationError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { probeBandit, type BanditCommand } from "./run.js";
import { readInstalledBandit, findExecutable } from "./metadata.js";
import { CommandNotFoundError, lastMeaningfulLine, runCommand, runOutsideTree } from "../process.js";

/**
 * Where a provisioned Bandit environment is kept between runs (the Action: GitHub's cache
 * service). `restore` returns whether something was put at `path`; neither method throws.
 */
export interface EnvironmentCache {
  restore(path: string, key: string): Promise<boolean>;
  /** This run built the environment under `key`: keep it (the Action saves it when the job's work is done). */
  installed(path: string, key: string): void;
}

/** How an environment was made ready; the Action logs it and the bench reads it. */
export type ProvisionMethod = "present" | "restored" | "uv" | "pip --python" | "venv + pip";

export interface ProvisionOptions {
  python?: string;
  cache?: EnvironmentCache;
  /** Told how the environment was made ready (for timings and tests). */
  onReady?: (method: ProvisionMethod) => void;
  env?: NodeJS.ProcessEnv;
}

const WINDOWS = process.platform === "win32";
const BIN = WINDOWS ? "Scripts" : "bin";
const EXE = WINDOWS ? ".exe" : "";

/** What is installed: part of the cache key, so a change of extras or plugins is a new environment. */
export function banditRequirements(version: string): string[] {
  // libcst: the fix step's codemods run in the Python that runs Bandit.
  return [`bandit[toml]==${version}`, `libcst==${LIBCST_VERSION}`];
}

/**
 * Install a pinned Bandit into a private virtual environment under `dir` (the runner's temp
 * dir for the Action, the user's cache dir for the hook) and reuse it afterwards. System
 * Pythons on Ubuntu refuse `pip install` outside a venv (PEP 668), so a venv is the only
 * portable place. Concurrent first runs are serialised by a lock directory.
 *
 * Fastest first: an environment already there (read from its metadata, no Bandit start-up),
 * then one restored from `options.cache`, then a fresh install by the quickest installer
 * present (docs/performance.md has the measurements behind the order).
 */
export async function provisionBandit(dir: string, version: string, logger: Logger, options: ProvisionOptions = {}): Promise<BanditCommand> {
  const python = options.python ?? (WINDOWS ? "python" : "python3");
  const env = options.env ?? process.env;
  const venv = join(dir, `bandit-${version}`);
  const ready = await checkEnvironment(venv, version);
  if (ready.command) {
    options.onReady?.("present");
    return ready.command;
  }

  await makeDirectories(dir).catch((error: Error) => {
    throw new ConfigurationError(
      `cannot create ${dir} to install Bandit ${version} into (${error.message}); make it writable (for the hook: set BANDIT_GATE_CACHE_DIR) or point --bandit / BANDIT_GATE_BANDIT at an existing Bandit`,
    );
  });
  const lock = join(dir, `bandit-${version}.lock`);
  await acquireLock(lock);
  const keepLock = removeOnInterrupt(lock);
  try {
    const again = await checkEnvironment(venv, version);
    if (again.command) {
      options.onReady?.("present");
      return again.command;
    }
    // Without Python, one line saying so, not an announcement of an install that cannot happen.
    const facts = await pythonFacts(python);
    const key = environmentKey({ env, version, python: facts, venv });
    if (options.cache) {
      await rm(venv, { recursive: true, force: true });
      if (await options.cache.restore(venv, key)) {
        const restored = await checkEnvironment(venv, version);
        if (restored.command) {
          logger.info(`Bandit ${version}: environment restored from the cache (${key})`);
          options.onReady?.("restored");
          return restored.command;
        }
        logger.warning(`The cached Bandit environment ${key} is unusable (${restored.problem}); ignoring it and installing Bandit ${version} afresh`);
      }
    }
    logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
    // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
    // a half-built one from a crashed run is removed first and on failure.
    await rm(venv, { recursive: true, force: true });
    let method: ProvisionMethod;
    try {
      method = await install(python, venv, banditRequirements(version), env, logger);
    } catch (error) {
      await rm(venv, { recursive: true, force: true });
      throw error;
    }
    const installed = await checkEnvironment(venv, version);
    if (!installed.command) throw new ConfigurationError(`installed Bandit ${version} into ${venv}, but it does not run (${installed.problem}); delete ${venv} and try again`);
    logger.info(`Bandit ${version} installed with ${method}`);
    options.cache?.installed(venv, key);
    options.onReady?.(method);
    return installed.command;
  } finally {
    await rm(lock, { recursive: true, force: true });
    keepLock();
  }
}

/**
 * Is the environment at `venv` a working Bandit `version`? Read from its metadata (no Bandit
 * start-up), then its Python started once with nothing imported: a restored environment whose
 * base Python moved or changed is caught here, not in the middle of a scan.
 */
export async function checkEnvironment(venv: string, version: string): Promise<{ command?: BanditCommand; problem: string }> {
  const script = join(venv, BIN, `bandit${EXE}`);
  if (!(await stat(script).catch(() => undefined))) return { problem: `no ${script}` };
  // Windows launchers (.exe) carry no readable shebang: there, Bandit is asked.
  const found = (await readInstalledBandit([script])) ?? (WINDOWS ? await probeBandit([script]) : undefined);
  if (!found) return { problem: `${script} is not a Bandit installed in this environment` };
  if (found.version !== version) return { problem: `it holds Bandit ${found.version}` };
  const shebang = /^#!(\S+)/.exec((await readFile(script)).subarray(0, 512).toString("utf8"))?.[1];
  const venvPython = join(venv, BIN, `python${EXE}`);
  if (!WINDOWS && shebang !== venvPython) return { problem: `its scripts name another environment (${shebang ?? "no interpreter"})` };
  try {
    const result = await runCommand(venvPython, ["-I", "-c", "pass"]);
    if (result.code !== 0) return { problem: `its Python fails (exit ${result.code}): ${lastMeaningfulLine(result.stderr)}` };
  } catch (error) {
    return { problem: `its Python does not start (${(error as Error).message})` };
  }
  return { command: found, problem: "" };
}

export interface PythonFacts {
  /** `CPython`, `PyPy`. */
  implementation: string;
  /** `3.11`. */
  version: string;
  /** The base interpreter a venv links to: a new patch release moves it on hosted runners. */
  executable: string;
}

async function pythonFacts(python: string): Promise<PythonFacts> {
  const script = "import platform, sys; print(platform.python_implementation()); print('%d.%d' % sys.version_info[:2]); print(getattr(sys, '_base_executable', sys.executable))";
  const out = await run(python, ["-I", "-c", script], `run ${python}`);
  const [implementation = "unknown", version = "unknown", executable = ""] = out.trim().split(/\r?\n/);
  return { implementation, version, executable };
}

/**
 * The cache key of an environment: everything that makes a venv unusable elsewhere. The
 * readable parts say what it is; the digest covers the absolute paths a venv holds (its own
 * and its base interpreter's), so an entry is only ever restored to where it was built.
 */
export function environmentKey(facts: { env: NodeJS.ProcessEnv; version: string; python: PythonFacts; venv: string }): string {
  const { env, version, python, venv } = facts;
  const digest = createHash("sha256")
    .update(JSON.stringify([banditRequirements(version), venv, python.executable]))
    .digest("hex")
    .slice(0, 16);
  const os = env.RUNNER_OS ?? process.platform;
  const cpu = env.RUNNER_ARCH ?? osArch();
  return `bandit-gate-env-v1-${os}-${cpu}-${python.implementation}${python.version}-bandit${version}-${digest}`;
}

/**
 * Fresh install, quickest way first. uv when it is on PATH (never downloaded). Else a venv
 * without its own pip (`ensurepip` was half of the old cost) filled by the runner's pip
 * (`pip --python`, pip 22.3+). Else, when that pip is missing or too old, the classic venv + pip.
 */
async function install(python: string, venv: string, requirements: string[], env: NodeJS.ProcessEnv, logger: Logger): Promise<ProvisionMethod> {
  const venvPython = join(venv, BIN, `python${EXE}`);
  const uv = await findExecutable("uv", env);
  if (uv) {
    try {
      await run(uv, ["venv", "--quiet", "--python", python, venv], "create a virtual environment with uv");
      await run(uv, ["pip", "install", "--quiet", "--python", venvPython, ...requirements], `install ${requirements.join(" ")} with uv`);
      return "uv";
    } catch (error) {
      logger.warning(`uv could not install Bandit (${(error as Error).message}); using pip instead`);
      await rm(venv, { recursive: true, force: true });
    }
  }
  await run(python, ["-m", "venv", "--without-pip", venv], `create a virtual environment with ${python}`);
  const pipArgs = ["install", "--quiet", "--disable-pip-version-check", "--no-input", "--no-compile", ...requirements];
  const outside = await tryRun(python, ["-m", "pip", "--python", venvPython, ...pipArgs]);
  if (outside.ok) return "pip --python";
  if (!/No module named pip|no such option: --python|unknown option|ensurepip/i.test(outside.output)) {
    throw new ConfigurationError(`could not install ${requirements.join(" ")} with pip (exit ${outside.code}): ${lastMeaningfulLine(outside.output)}`);
  }
  logger.debug(`${python} has no pip that installs into another environment (${lastMeaningfulLine(outside.output)}); giving the venv its own pip`);
  await run(venvPython, ["-m", "ensurepip", "--default-pip"], `add pip to the virtual environment`);
  await run(venvPython, ["-m", "pip", ...pipArgs], `install ${requirements.join(" ")} with pip`);
  return "venv + pip";
}

async function tryRun(program: string, args: string[]): Promise<{ ok: boolean; code: number; output: string }> {
  const result = await runCommand(program, args);
  return { ok: result.code === 0, code: result.code, output: `${result.stdout}\n${result.stderr}` };
}

async function run(program: string, args: string[], what: string): Promise<string> {
  try {
    const result = await runOutsideTree(program, args);
    if (result.code !== 0 && /ensurepip is not available|No module named venv/.test(result.stdout + result.stderr)) {
      // Debian and Ubuntu ship Python without venv; the tool's own advice is many lines long.
      throw new ConfigurationError(
        `${program} cannot create a virtual environment (its venv module is missing), which bandit-gate needs to install Bandit; install it (e.g. \`apt-get install python3-venv\`) or point --bandit at an existing Bandit`,
      );
    }
    if (result.code !== 0) {
      throw new ConfigurationError(`could not ${what} (exit ${result.code}): ${lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout)}`);
    }
    return result.stdout;
  } catch (error) {
    if (error instanceof CommandNotFoundError) {
      throw new ConfigurationError(
        `${program} was not found, and bandit-gate needs Python 3.10 or newer to run Bandit; install Python 3 (e.g. \`apt-get install python3 python3-venv\`) or point --bandit at an existing Bandit`,
      );
    }
    throw error;
  }
}

/** mkdir is atomic: whoever creates the directory holds the lock. Stale locks expire. */
async function acquireLock(lock: string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      await mkdir(lock);
      await writeFile(join(lock, "pid"), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > 10 * 60_000) {
        await rename(lock, `${lock}.stale-${process.pid}`).catch(() => undefined);
        await rm(`${lock}.stale-${process.pid}`, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new ConfigurationError(`another bandit-gate is still installing Bandit (lock ${lock}); remove it if no install is running`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
