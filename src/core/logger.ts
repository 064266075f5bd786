/** Where the application reports progress. The Action and the CLI each supply one. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}
