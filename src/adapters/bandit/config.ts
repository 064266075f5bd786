import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BanditConfig } from "./run.js";
import type { Git } from "../git.js";

/** The Bandit configuration of one revision, copied out so it applies to both sides alike. */
export interface LoadedConfig {
  config: BanditConfig;
  /** Names the configuration in cache keys and stored baselines. */
  digest: string;
  /** Where it came from, for messages. */
  source: string;
  /** The configuration file's text ("" for Bandit's defaults), for decisions that read it. */
  text: string;
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
    return writeConfig("pyproject", "pyproject.toml", pyproject, `pyproject.toml${where}`);
  }
  const ini = await read(".bandit");
  if (ini) return writeConfig("ini", ".bandit", ini, `.bandit${where}`);
  return { config: { kind: "none" }, digest: digestOf("none", Buffer.alloc(0)), source: "Bandit's defaults", text: "", dispose: async () => {} };
}

async function writeConfig(kind: "pyproject" | "ini", name: string, content: Buffer, source: string): Promise<LoadedConfig> {
  const dir = await mkdtemp(join(tmpdir(), "bandit-gate-config-"));
  const file = join(dir, name);
  await writeFile(file, content);
  return {
    config: { kind, file },
    digest: digestOf(kind, content),
    source,
    text: content.toString("utf8"),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

function digestOf(kind: string, content: Buffer): string {
  return createHash("sha256").update(kind).update("\0").update(content).digest("hex").slice(0, 16);
}
