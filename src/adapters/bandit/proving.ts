import { ScanError } from "../../core/errors.js";
import type { BanditResult } from "../../core/gate/finding.js";
import type { BanditCommand, Scanner } from "./run.js";

/**
 * Scans with a Bandit whose environment was restored from a cache and checked from its files
 * only. Its first scan is the proof: if that fails, the environment is installed afresh (once,
 * however many scans were running) and the failed scans run again on the new one. A failure
 * after that, or after any scan succeeded, is the scan's own: it is reported, never passed.
 */
export class ProvingScanner implements Scanner {
  private current: Scanner;
  private proven = false;
  private replacement: Promise<Scanner> | undefined;

  constructor(
    first: Scanner,
    private readonly command: BanditCommand & { replace: NonNullable<BanditCommand["replace"]> },
    private readonly scannerFor: (command: BanditCommand) => Scanner,
  ) {
    this.current = first;
  }

  get version(): string {
    return this.current.version;
  }

  get identity(): string | undefined {
    return this.current.identity;
  }

  async scan(root: string, files: readonly string[]): Promise<BanditResult> {
    const scanner = this.current;
    try {
      const result = await scanner.scan(root, files);
      if (!this.replacement) this.proven = true;
      return result;
    } catch (error) {
      if (!(error instanceof ScanError) || (this.proven && !this.replacement)) throw error;
      this.replacement ??= this.command.replace(error.message).then((fresh) => (this.current = this.scannerFor(fresh)));
      const fresh = await this.replacement;
      if (fresh === scanner) throw error;
      return fresh.scan(root, files);
    }
  }
}
