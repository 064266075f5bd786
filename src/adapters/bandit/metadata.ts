import { access, readdir, readFile, stat } from "node:fs/promises";
import { constants } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import type { BanditCommand } from "./run.js";

/**
 * Bandit's version read from its installation instead of by running `bandit --version` (a
 * Python start-up, on the critical path of every run). Only for the common, unambiguous case:
 * a `bandit` script whose shebang names the Python of a virtual environment that holds exactly
 * one `bandit-X.Y.Z.dist-info`. Anything else returns undefined and the caller asks Bandit.
 */
export async function readInstalledBandit(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<BanditCommand | undefined> {
  if (argv.length !== 1 || !argv[0]) return undefined;
  try {
    const script = await findExecutable(argv[0], env);
    if (!script) return undefined;
    const head = (await readFile(script)).subarray(0, 512).toString("utf8");
    const python = /^#!(\S+)/.exec(head)?.[1];
    if (!python || !python.startsWith("/")) return undefined;
    await access(python, constants.X_OK);
    const prefix = dirname(dirname(python));
    const cfg = await readFile(join(prefix, "pyvenv.cfg"), "utf8");
    const pythonVersion = /^\s*version(?:_info)?\s*=\s*(\d+\.\d+)/m.exec(cfg)?.[1];
    if (!pythonVersion) return undefined;
    const versions: string[] = [];
    for (const lib of await readdir(join(prefix, "lib"))) {
      if (!/^python\d+\.\d+$/.test(lib)) continue;
      const site = join(prefix, "lib", lib, "site-packages");
      for (const entry of await readdir(site).catch(() => [] as string[])) {
        const match = /^bandit-(\d+\.\d+\.\d+[^-]*)\.dist-info$/.exec(entry);
        if (match?.[1]) versions.push(match[1]);
      }
    }
    if (versions.length !== 1) return undefined;
    const version = versions[0] as string;
    return { argv: [...argv], version, details: `bandit ${version}; python ${pythonVersion}` };
  } catch {
    return undefined;
  }
}

export async function findExecutable(program: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const candidates = program.includes("/") ? [resolve(program)] : (env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  return undefined;
}
