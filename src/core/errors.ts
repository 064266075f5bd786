/**
 * The failures the entry points turn into exit codes. Exit codes are decided in one place
 * (exitCodeFor) and nowhere else.
 */

/** The user's to fix: a bad flag, a missing ref, a broken config file, a missing tool. Exit 2. */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** Bandit could not scan one or more files, or could not run at all. Exit 3. */
export class ScanError extends Error {
  override name = "ScanError";
}

export const EXIT = {
  ok: 0,
  regressions: 1,
  configuration: 2,
  scan: 3,
  /** A bug of ours: anything not classified above. */
  internal: 4,
} as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof ConfigurationError) return EXIT.configuration;
  if (error instanceof ScanError) return EXIT.scan;
  return EXIT.internal;
}
