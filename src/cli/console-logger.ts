import type { Logger } from "../core/logger.js";

/** Progress on stderr, so stdout stays the report. */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly write: (text: string) => void,
    private readonly options: { quiet: boolean; debug: boolean },
  ) {}
  info(message: string): void {
    if (!this.options.quiet) this.write(`bandit-gate: ${message}\n`);
  }
  warning(message: string): void {
    this.write(`bandit-gate: warning: ${message}\n`);
  }
  error(message: string): void {
    this.write(`bandit-gate: error: ${message}\n`);
  }
  debug(message: string): void {
    if (this.options.debug) this.write(`bandit-gate: debug: ${message}\n`);
  }
}
