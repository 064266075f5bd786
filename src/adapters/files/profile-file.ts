import { readFile, writeFile } from "node:fs/promises";
import { makeDirectories } from "./directories.js";
import { dirname } from "node:path";
import { ConfigurationError } from "../../core/errors.js";
import { ProfileFileError, defaultProfile, parseProfileYaml, renderProfileYaml, type SecurityProfile } from "../../core/fix/profile.js";

/** Read the profile; a missing file means the defaults. A broken file is the user's to fix, never replaced. */
export async function loadProfileFile(path: string): Promise<{ profile: SecurityProfile; existed: boolean }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profile: defaultProfile(), existed: false };
    throw new ConfigurationError(`cannot read the security profile ${path}: ${(error as Error).message}`);
  }
  try {
    return { profile: parseProfileYaml(text), existed: true };
  } catch (error) {
    if (error instanceof ProfileFileError) {
      throw new ConfigurationError(
        `the security profile ${path} is invalid: ${error.problems.map((p) => `${path}:${p.line}: ${p.message}`).join("; ")}. Fix it, or delete it to start again from the defaults.`,
      );
    }
    throw error;
  }
}

export async function saveProfileFile(path: string, profile: SecurityProfile): Promise<void> {
  try {
    await makeDirectories(dirname(path));
    await writeFile(path, renderProfileYaml(profile));
  } catch (error) {
    throw new ConfigurationError(`cannot write the security profile ${path}: ${(error as Error).message}; check --profile`);
  }
}
