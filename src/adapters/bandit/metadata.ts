import { createHash } from "node:crypto";
import { access, readdir, readFile } from "node:fs/promises";
import { accessSync, constants, statSync } from "node:fs";
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
    const sites: string[] = [];
    for (const lib of await readdir(join(prefix, "lib"))) {
      if (!/^python\d+\.\d+$/.test(lib)) continue;
      const site = join(prefix, "lib", lib, "site-packages");
      sites.push(site);
      for (const entry of await readdir(site).catch(() => [] as string[])) {
        const match = /^bandit-(\d+\.\d+\.\d+[^-]*)\.dist-info$/.exec(entry);
        if (match?.[1]) versions.push(match[1]);
      }
    }
    if (versions.length !== 1) return undefined;
    const version = versions[0] as string;
    const installation = await installationDigest(sites);
    return { argv: [...argv], version, details: `bandit ${version}; python ${pythonVersion}`, installation };
  } catch {
    return undefined;
  }
}

/**
 * What the scan cache knows this Bandit installation by, beyond its `--version` banner: every
 * installed distribution (name and version, from the dist-info and egg-info directories), every
 * entry point registered in a `bandit*` group (plugins, blacklists, formatters: what Bandit
 * loads through stevedore), and Bandit's own RECORD (its installed files' hashes). Two installs
 * with the same banner but another plugin set, another dependency or a rebuilt Bandit differ.
 */
export async function installationDigest(sites: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const site of [...sites].sort()) {
    const entries = [...(await readdir(site).catch(() => [] as string[]))].filter((e) => /\.(dist|egg)-info$/.test(e)).sort();
    for (const entry of entries) {
      hash.update(`dist ${entry}\n`);
      const points = await readFile(join(site, entry, "entry_points.txt"), "utf8").catch(() => "");
      for (const section of banditSections(points)) hash.update(`entry-points ${entry}\n${section}\n`);
      if (/^bandit-/.test(entry)) hash.update(`record\n${await readFile(join(site, entry, "RECORD"), "utf8").catch(() => "")}\n`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/** The `[bandit...]` groups of an entry_points.txt, lines trimmed and sorted within each group. */
function banditSections(text: string): string[] {
  const out: string[] = [];
  let current: string[] | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      if (current) out.push(current.sort().join("\n"));
      current = header[1]?.trim().startsWith("bandit") ? [line] : undefined;
    } else if (current && line !== "" && !line.startsWith("#")) current.push(line);
  }
  if (current) out.push(current.sort().join("\n"));
  return out;
}

/** `program` as a spawn would find it: a path as given, a bare name through the environment's PATH; undefined if none is an executable file. */
export function findExecutableSync(program: string, env: NodeJS.ProcessEnv): string | undefined {
  const candidates = program.includes("/") ? [resolve(program)] : (env.PATH ?? "").split(delimiter).filter(Boolean).map((dir) => join(dir, program));
  for (const candidate of candidates) {
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export async function findExecutable(program: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return findExecutableSync(program, env);
}
