/** Where the application reports progress. The Action and the CLI each supply one. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

/** A logger that records messages: for callers that want them as data. */
export class MemoryLogger implements Logger {
  readonly lines: { level: "info" | "warning" | "error" | "debug"; message: string }[] = [];
  info(message: string): void {
    this.lines.push({ level: "info", message });
  }
  warning(message: string): void {
    this.lines.push({ level: "warning", message });
  }
  error(message: string): void {
    this.lines.push({ level: "error", message });
  }
  debug(message: string): void {
    this.lines.push({ level: "debug", message });
  }
}
