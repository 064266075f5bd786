/**
 * Text order by UTF-16 code unit: the same on every machine. `localeCompare` follows the
 * runtime's locale (and pays for its collator on first use), so a report's order, and with it
 * which of two equal findings pairs first, could differ between a laptop and a runner.
 */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
