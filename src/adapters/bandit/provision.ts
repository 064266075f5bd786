import { LIBCST_VERSION } from "../python/libcst.js";
import { mkdir, rm, stat, rename, writeFile } from "node:fs/promises";
import { makeDirectories } from "../files/directories.js";
import { join } from "node:path";
import { removeOnInterrupt } from "../lifetime.js";
import { ConfigurationError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { probeBandit, type BanditCommand } from "./run.js";
import { CommandNotFoundError, lastMeaningfulLine, runOutsideTree } from "../process.js";

/**
 * Install a pinned Bandit into a private virtual environment under `dir` (the runner's temp
 * dir for the Action, the user's cache dir for the hook) and reuse it afterwards. System
 * Pythons on Ubuntu refuse `pip install` outside a venv (PEP 668), so a venv is the only
 * portable place. Concurrent first runs are serialised by a lock directory.
 */
export async function provisionBandit(
  dir: string,
  version: string,
  logger: Logger,
  python = process.platform === "win32" ? "python" : "python3",
): Promise<BanditCommand> {
  const venv = join(dir, `bandit-${version}`);
  const bandit = join(venv, process.platform === "win32" ? "Scripts/bandit.exe" : "bin/bandit");
  const ready = await probeBandit([bandit]);
  if (ready) return ready;

  await makeDirectories(dir).catch((error: Error) => {
    throw new ConfigurationError(
      `cannot create ${dir} to install Bandit ${version} into (${error.message}); make it writable (for the hook: set BANDIT_GATE_CACHE_DIR) or point --bandit / BANDIT_GATE_BANDIT at an existing Bandit`,
    );
  });
  const lock = join(dir, `bandit-${version}.lock`);
  await acquireLock(lock);
  const keepLock = removeOnInterrupt(lock);
  try {
    const again = await probeBandit([bandit]);
    if (again) return again;
    // Without Python, one line saying so, not an announcement of an install that cannot happen.
    await run(python, ["--version"], `run ${python}`);
    logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
    // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
    // a half-built one from a crashed run is removed first and on failure.
    await rm(venv, { recursive: true, force: true });
    try {
      await run(python, ["-m", "venv", venv], `create a virtual environment with ${python}`);
      const venvPython = join(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
      await run(
        venvPython,
        // libcst: the fix step's codemods run in the Python that runs Bandit.
        ["-m", "pip", "install", "--quiet", "--disable-pip-version-check", `bandit[toml]==${version}`, `libcst==${LIBCST_VERSION}`],
        `install bandit==${version} and libcst==${LIBCST_VERSION} with pip`,
      );
    } catch (error) {
      await rm(venv, { recursive: true, force: true });
      throw error;
    }
    const installed = await probeBandit([bandit]);
    if (!installed) throw new ConfigurationError(`installed Bandit ${version} into ${venv}, but it does not run; delete ${venv} and try again`);
    return installed;
  } finally {
    await rm(lock, { recursive: true, force: true });
    keepLock();
  }
}

async function run(program: string, args: string[], what: string): Promise<void> {
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

