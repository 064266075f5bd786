import { LIBCST_VERSION } from "../python/libcst.js";
import { mkdir, readdir, rm, stat, rename, writeFile, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { arch as osArch } from "node:os";
import { makeDirectories } from "../files/directories.js";
import { join, sep } from "node:path";
import { removeOnInterrupt } from "../lifetime.js";
import { ConfigurationError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { probeBandit, type BanditCommand } from "./run.js";
import { readInstalledBandit, findExecutable } from "./metadata.js";
import { packedProblem, sitePackages } from "./pack.js";
import { CommandNotFoundError, lastMeaningfulLine, runCommand, runOutsideTree } from "../process.js";

/**
 * Where a provisioned Bandit environment is kept between runs (the Action: GitHub's cache
 * service). `restore` returns whether something was put at `path`; neither method throws.
 */
export interface EnvironmentCache {
  restore(path: string, key: string): Promise<boolean>;
  /** This run built the environment under `key`: keep it (the Action saves it when the job's work is done). */
  installed(path: string, key: string): void;
  /** A restore may follow soon: load what it needs now (the Action: the cache client's code). */
  anticipate?(): void;
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
  return new BanditEnvironment(dir, version, logger, options).command();
}

/**
 * One pinned Bandit environment under `dir`, made ready in two steps so that the cheap one can
 * start early: `prepare()` finds it on disk or restores it from the cache (no install; the
 * Action starts it while git works), `command()` installs it when that found nothing.
 *
 * A restored environment is checked from its files only (no Python started): its first scan
 * proves it. The command it gives carries `replace`, which a failed first scan calls to install
 * Bandit afresh, once (see ProvingScanner).
 */
export class BanditEnvironment {
  readonly venv: string;
  private readonly python: string;
  private readonly env: NodeJS.ProcessEnv;
  private prepared: Promise<BanditCommand | undefined> | undefined;
  private installing: Promise<BanditCommand> | undefined;
  private facts: Promise<PythonFacts> | undefined;

  constructor(
    private readonly dir: string,
    private readonly version: string,
    private readonly logger: Logger,
    private readonly options: ProvisionOptions = {},
  ) {
    this.python = options.python ?? (WINDOWS ? "python" : "python3");
    this.env = options.env ?? process.env;
    this.venv = join(dir, `bandit-${version}`);
  }

  /**
   * A restore may follow: start what it needs first and does not depend on the search for
   * another Bandit (the base Python's facts for the key, the cache client), so that a restore
   * starts the moment the search comes back empty. Costs one short Python start when another
   * Bandit is found after all.
   */
  /** Whether a cache to restore from was given. */
  get restorable(): boolean {
    return this.options.cache !== undefined;
  }

  anticipate(): void {
    if (!this.options.cache) return;
    this.options.cache.anticipate?.();
    // Its failure (no Python) is said by the install that follows, if one does.
    void this.key().catch(() => undefined);
  }

  /** The environment already on disk (a self-hosted runner, the hook) or restored from the cache; undefined if neither. Never installs. */
  prepare(): Promise<BanditCommand | undefined> {
    this.prepared ??= this.findOrRestore();
    return this.prepared;
  }

  /** A working Bandit: prepared, else installed. */
  async command(): Promise<BanditCommand> {
    const ready = await this.prepare();
    if (ready) return ready;
    this.installing ??= this.withLock(async () => {
      const again = await checkEnvironment(this.venv, this.version);
      if (again.command) {
        this.options.onReady?.("present");
        return again.command;
      }
      return this.install();
    });
    return this.installing;
  }

  private async findOrRestore(): Promise<BanditCommand | undefined> {
    const ready = await checkEnvironment(this.venv, this.version);
    if (ready.command) {
      this.options.onReady?.("present");
      // Checked from its files only, like a restored one: its first scan proves it.
      return { ...ready.command, replace: (problem: string) => this.replace(this.venv, problem) };
    }
    const cache = this.options.cache;
    if (!cache) return undefined;
    return this.withLock(async () => {
      const again = await checkEnvironment(this.venv, this.version);
      if (again.command) {
        this.options.onReady?.("present");
        return { ...again.command, replace: (problem: string) => this.replace(this.venv, problem) };
      }
      const key = await this.key();
      await rm(this.venv, { recursive: true, force: true });
      if (!(await cache.restore(this.venv, key))) return undefined;
      const restored = await checkEnvironment(this.venv, this.version);
      if (!restored.command) {
        this.logger.warning(`The cached Bandit environment ${key} is unusable (${restored.problem}); ignoring it and installing Bandit ${this.version} afresh`);
        await rm(this.venv, { recursive: true, force: true });
        return undefined;
      }
      this.logger.info(`Bandit ${this.version}: environment restored from the cache (${key})`);
      this.options.onReady?.("restored");
      return { ...restored.command, replace: (problem: string) => this.replace(key, problem) };
    }).catch((error: unknown) => {
      // Python missing, the directory not writable: the install that follows says so plainly.
      this.logger.debug(`no cached Bandit environment (${(error as Error).message})`);
      return undefined;
    });
  }

  /** The environment found (`what`: its cache key or path) failed its first scan: remove it and install Bandit afresh, once. */
  private replace(what: string, problem: string): Promise<BanditCommand> {
    this.installing ??= (async () => {
      this.logger.warning(`The Bandit environment ${what} failed its first scan (${problem}); installing Bandit ${this.version} afresh and scanning again`);
      return this.withLock(async () => {
        await rm(this.venv, { recursive: true, force: true });
        return this.install();
      });
    })();
    return this.installing;
  }

  private key(): Promise<string> {
    this.facts ??= pythonFacts(this.python);
    return this.facts.then((python) => environmentKey({ env: this.env, version: this.version, python, venv: this.venv }));
  }

  private async install(): Promise<BanditCommand> {
    const { venv, version, logger } = this;
    // Without Python, one line saying so, not an announcement of an install that cannot happen.
    const key = await this.key();
    logger.info(`Bandit ${version} is not installed; installing it once into ${venv} (reused afterwards)`);
    // A venv's scripts name the venv's own path in their shebang, so it is built where it stays;
    // a half-built one from a crashed run is removed first and on failure.
    await rm(venv, { recursive: true, force: true });
    let method: ProvisionMethod;
    try {
      method = await install(this.python, venv, banditRequirements(version), this.env, logger);
    } catch (error) {
      await rm(venv, { recursive: true, force: true });
      throw error;
    }
    const installed = await checkEnvironment(venv, version);
    if (!installed.command) throw new ConfigurationError(`installed Bandit ${version} into ${venv}, but it does not run (${installed.problem}); delete ${venv} and try again`);
    logger.info(`Bandit ${version} installed with ${method}`);
    if (this.options.cache) {
      // Every file saved is a file every warm start downloads and unpacks.
      const removed = await pruneEnvironment(venv);
      logger.debug(`removed ${removed} test and documentation folders from ${venv} before caching it`);
      this.options.cache.installed(venv, key);
    }
    this.options.onReady?.(method);
    return installed.command;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    await makeDirectories(this.dir).catch((error: Error) => {
      throw new ConfigurationError(
        `cannot create ${this.dir} to install Bandit ${this.version} into (${error.message}); make it writable (for the hook: set BANDIT_GATE_CACHE_DIR) or point --bandit / BANDIT_GATE_BANDIT at an existing Bandit`,
      );
    });
    const lock = join(this.dir, `bandit-${this.version}.lock`);
    await acquireLock(lock);
    const keepLock = removeOnInterrupt(lock);
    try {
      return await work();
    } finally {
      await rm(lock, { recursive: true, force: true });
      keepLock();
    }
  }
}

/**
 * Is the environment at `venv` a usable Bandit `version`? Read from its files only, no Python
 * started (that cost a warm start tens of milliseconds): Bandit's metadata, its script's
 * interpreter line, the base interpreter `pyvenv.cfg` names, and the zip of its packed modules
 * when it was restored in its cached form (pack.ts). What files cannot show (a
 * corrupted module) the first scan shows, and a restored environment is then rebuilt.
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
  const base = await baseInterpreterProblem(venv, venvPython);
  if (base) return { problem: base };
  const packed = await packedProblem(venv, await sitePackages(venv));
  if (packed) return { problem: packed };
  return { command: found, problem: "" };
}

/** A venv's Python is a link to (or copy of) its base interpreter, which `pyvenv.cfg`'s `home` names. */
async function baseInterpreterProblem(venv: string, venvPython: string): Promise<string | undefined> {
  const config = await readFile(join(venv, "pyvenv.cfg"), "utf8").catch(() => undefined);
  if (config === undefined) return "it has no pyvenv.cfg";
  const home = /^home\s*=\s*(.+?)\s*$/m.exec(config)?.[1];
  if (!home || !(await stat(home).catch(() => undefined))?.isDirectory()) return `its base Python's directory ${home ?? "(none named)"} is gone`;
  // stat follows the link: a dangling one means the base interpreter moved or was removed.
  const python = await stat(venvPython).catch(() => undefined);
  if (!python?.isFile()) return `its Python ${venvPython} is missing or a dangling link`;
  if (!WINDOWS && (python.mode & 0o111) === 0) return `its Python ${venvPython} is not executable`;
  return undefined;
}

/**
 * Remove what no scan and no codemod loads from an installed environment: the dependencies'
 * own test suites (libcst ships 170-odd test modules) and `share/` (man pages). Packages
 * never import their `tests` folders; a package that did would fail its first scan, and a
 * restored environment that fails its first scan is installed afresh.
 */
export async function pruneEnvironment(venv: string): Promise<number> {
  const roots = WINDOWS ? [join(venv, "Lib", "site-packages")] : (await readdir(join(venv, "lib")).catch(() => [])).map((v) => join(venv, "lib", v, "site-packages"));
  let removed = 0;
  for (const root of roots) {
    const packages = await readdir(root, { withFileTypes: true }).catch(() => []);
    for (const entry of packages) {
      if (!entry.isDirectory() || entry.name.endsWith(".dist-info") || entry.name === "__pycache__") continue;
      const inner = await readdir(join(root, entry.name), { recursive: true, withFileTypes: true }).catch(() => []);
      const suites = inner.filter((d) => d.isDirectory() && (d.name === "tests" || d.name === "test")).map((d) => join(d.parentPath ?? d.path, d.name));
      // Outermost only: a suite's own tests/ folders go with it.
      for (const suite of suites.filter((s) => !suites.some((o) => o !== s && s.startsWith(`${o}${sep}`)))) {
        await rm(suite, { recursive: true, force: true });
        removed += 1;
      }
    }
  }
  if (await stat(join(venv, "share")).catch(() => undefined)) {
    await rm(join(venv, "share"), { recursive: true, force: true });
    removed += 1;
  }
  return removed;
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
  return `bandit-gate-env-v2-${os}-${cpu}-${python.implementation}${python.version}-bandit${version}-${digest}`;
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
