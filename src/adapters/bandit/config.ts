import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { makeTemporaryDirectory, removeTemporaryDirectory } from "../lifetime.js";
import { parse as parseToml } from "smol-toml";
import type { BanditConfig } from "./run.js";
import type { Git } from "../git.js";
import { ConfigurationError } from "../../core/errors.js";
import { messages } from "../../core/messages.js";

/** The Bandit configuration of one revision, copied out so it applies to both sides alike. */
export interface LoadedConfig {
  config: BanditConfig;
  /** Names the configuration in cache keys and stored baselines. */
  digest: string;
  /** Where it came from, for messages. */
  source: string;
  /** The configuration file's text ("" for Bandit's defaults), for decisions that read it. */
  text: string;
  /**
   * Its `exclude_dirs`: the gate applies them to repository paths itself (Bandit is given
   * absolute paths), and a file they do not exclude must get a result from Bandit.
   */
  excludes: string[];
  dispose(): Promise<void>;
}

export type ConfigSide = { kind: "commit"; commit: string } | { kind: "index" } | { kind: "worktree" };

/**
 * `pyproject.toml` with a `[tool.bandit]` table wins, else `.bandit` (passed with --ini).
 * Read from one revision (the baseline's, for the gate), so that a branch cannot loosen its own
 * check by editing the configuration it is judged with.
 */
export async function loadBanditConfig(git: Git, side: ConfigSide): Promise<LoadedConfig> {
  const read = async (name: string): Promise<Buffer | undefined> => {
    if (side.kind === "worktree") return readFile(join(git.root, name)).catch(() => undefined);
    const spec = side.kind === "index" ? `:${name}` : `${side.commit}:${name}`;
    return (await git.readObjects([spec])).get(spec)?.content;
  };
  const where = side.kind === "commit" ? ` at ${side.commit.slice(0, 12)}` : side.kind === "index" ? " (staged)" : "";
  const pyproject = await read("pyproject.toml");
  if (pyproject && /^\s*\[tool\.bandit(\.[^\]]*)?\]/m.test(pyproject.toString("utf8"))) {
    return pyprojectConfig(pyproject, `pyproject.toml${where}`);
  }
  const ini = await read(".bandit");
  if (ini) return writeConfig("ini", ".bandit", ini, `.bandit${where}`);
  return { config: { kind: "none" }, digest: digestOf("none", Buffer.alloc(0)), source: "Bandit's defaults", text: "", excludes: [], dispose: async () => {} };
}

/** `[tool.bandit]` as Bandit reads it; its path-dependent parts are applied per scan (bandit-paths.ts). */
function pyprojectConfig(content: Buffer, source: string): LoadedConfig {
  let table: unknown;
  try {
    const doc = parseToml(content.toString("utf8")) as { tool?: { bandit?: unknown } };
    table = doc.tool?.bandit ?? {};
  } catch (error) {
    throw new ConfigurationError(messages.badBanditConfig(source, `not valid TOML (${(error as Error).message.split("\n")[0]})`));
  }
  if (typeof table !== "object" || table === null || Array.isArray(table)) {
    throw new ConfigurationError(messages.badBanditConfig(source, "[tool.bandit] is not a table"));
  }
  const settings = JSON.parse(JSON.stringify(table)) as Record<string, unknown>;
  const excludes = settings.exclude_dirs ?? [];
  if (!Array.isArray(excludes) || excludes.some((e) => typeof e !== "string")) {
    throw new ConfigurationError(messages.badBanditConfig(source, "exclude_dirs must be a list of strings"));
  }
  return {
    config: { kind: "pyproject", settings },
    digest: digestOf("pyproject", content),
    source,
    text: content.toString("utf8"),
    excludes: excludes as string[],
    dispose: async () => {},
  };
}

async function writeConfig(kind: "ini", name: string, content: Buffer, source: string): Promise<LoadedConfig> {
  const dir = await makeTemporaryDirectory("bandit-gate-config-");
  const file = join(dir, name);
  await writeFile(file, content);
  return {
    config: { kind, file },
    digest: digestOf(kind, content),
    source,
    text: content.toString("utf8"),
    excludes: [],
    dispose: () => removeTemporaryDirectory(dir),
  };
}

function digestOf(kind: string, content: Buffer): string {
  return createHash("sha256").update(kind).update("\0").update(content).digest("hex").slice(0, 16);
}
