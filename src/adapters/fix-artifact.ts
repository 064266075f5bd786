import { cp, mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigurationError } from "../core/errors.js";

/** The artifact that carries a fix from the propose job to the publish job. */
export const FIX_ARTIFACT_NAME = "bandit-gate-fix";

/**
 * Where a proposal goes between the two jobs: GitHub's artifact service, or a directory (the
 * `fix-artifact-dir` input: a workflow that moves it with actions/upload-artifact itself, and the
 * tests). `put` takes a directory of files; `get` returns a directory holding them, or
 * undefined when there is no proposal (the propose job found nothing to fix).
 */
export interface ProposalStore {
  readonly where: string;
  put(dir: string): Promise<void>;
  get(): Promise<string | undefined>;
}

export class DirectoryProposalStore implements ProposalStore {
  constructor(private readonly dir: string) {}

  get where(): string {
    return this.dir;
  }

  async put(dir: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await cp(dir, this.dir, { recursive: true });
  }

  async get(): Promise<string | undefined> {
    const entries = await readdir(this.dir).catch(() => []);
    return entries.length > 0 ? this.dir : undefined;
  }
}

/** The artifact service of the current workflow run, through @actions/artifact. */
export class ActionsArtifactProposalStore implements ProposalStore {
  readonly where = `artifact ${FIX_ARTIFACT_NAME}`;

  async put(dir: string): Promise<void> {
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const files = (await readdir(dir)).map((name) => join(dir, name));
    await new DefaultArtifactClient().uploadArtifact(FIX_ARTIFACT_NAME, files, dir, { retentionDays: 1 }).catch(explain);
  }

  async get(): Promise<string | undefined> {
    const { DefaultArtifactClient, ArtifactNotFoundError } = await import("@actions/artifact");
    const client = new DefaultArtifactClient();
    let found;
    try {
      found = await client.getArtifact(FIX_ARTIFACT_NAME);
    } catch (error) {
      if (error instanceof ArtifactNotFoundError) return undefined;
      return explain(error);
    }
    const { artifact } = found;
    const dir = await mkdtemp(join(tmpdir(), "bandit-gate-proposal-"));
    await client.downloadArtifact(artifact.id, { path: dir });
    return dir;
  }
}

function explain(error: unknown): never {
  if (error instanceof Error && error.name === "GHESNotSupportedError") {
    throw new ConfigurationError(
      "GitHub Enterprise Server has no artifact service for @actions/artifact: set fix-artifact-dir in both jobs and move that directory with actions/upload-artifact and actions/download-artifact (docs/fix.md)",
    );
  }
  throw error;
}
