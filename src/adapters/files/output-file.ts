import { writeFile } from "node:fs/promises";
import { makeDirectories } from "./directories.js";
import { dirname } from "node:path";
import { ConfigurationError } from "../../core/errors.js";

/** Write a report, patch or record where the user asked, creating folders; a failure names the setting. */
export async function writeOutputFile(path: string, text: string, setting: string): Promise<void> {
  try {
    await makeDirectories(dirname(path));
    await writeFile(path, text);
  } catch (error) {
    throw new ConfigurationError(`cannot write ${path}: ${(error as Error).message}; check ${setting}`);
  }
}
