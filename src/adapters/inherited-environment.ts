import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";

/**
 * Hide this process's inherited environment from the code it runs.
 *
 * A child gets an allow-listed environment (src/core/child-env.ts), but on Linux any process of
 * the same user can still read `/proc/<pid>/environ` of its ancestors: the environment this
 * process was *started* with, which in the Action holds `INPUT_ANTHROPIC-API-KEY`, the token
 * inputs and the runner's credentials. A hostile test file run by the fix step would find them
 * there. That file shows the memory the kernel placed the environment in at start-up; nothing
 * that changes `process.env` touches it.
 *
 * So every variable that is not passed to children anyway is first copied (`process.env[name] =
 * value` makes the C library keep a copy of its own, so this process and its libraries read the
 * same values as before) and then its original bytes are overwritten, through `/proc/self/mem`,
 * with `*`: `/proc/<pid>/environ` then shows the names and no values. Linux only; elsewhere, or
 * where the kernel refuses, nothing changes and the reason is returned for a warning.
 */
export function hideInheritedEnvironment(keep: (name: string) => boolean): { hidden: number } | { problem: string } {
  if (process.platform !== "linux") return { problem: `not on Linux (${process.platform})` };
  let fd: number | undefined;
  try {
    const [start, end] = environmentBounds(readFileSync("/proc/self/stat", "latin1"));
    if (!(end > start)) return { problem: "the kernel does not say where the environment is" };
    fd = openSync("/proc/self/mem", "r+");
    const block = Buffer.alloc(end - start);
    readSync(fd, block, 0, block.length, start);
    let hidden = 0;
    for (const entry of entriesOf(block)) {
      if (keep(entry.name)) continue;
      const value = process.env[entry.name];
      // The C library's own copy, so that reading the variable still gives its value.
      if (value !== undefined) process.env[entry.name] = value;
      const masked = Buffer.alloc(entry.valueEnd - entry.valueStart, "*");
      writeSync(fd, masked, 0, masked.length, start + entry.valueStart);
      hidden += 1;
    }
    return { hidden };
  } catch (error) {
    return { problem: (error as Error).message };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** `env_start` and `env_end` of `/proc/self/stat` (fields 50 and 51; the name, field 2, may hold spaces and parentheses). */
export function environmentBounds(stat: string): [number, number] {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state).
  return [Number(fields[50 - 3]), Number(fields[51 - 3])];
}

/** The `NAME=value` entries of an environment block, with where each value's bytes are. */
export function entriesOf(block: Buffer): Array<{ name: string; valueStart: number; valueEnd: number }> {
  const entries: Array<{ name: string; valueStart: number; valueEnd: number }> = [];
  for (let at = 0; at < block.length; ) {
    let end = block.indexOf(0, at);
    if (end === -1) end = block.length;
    const equals = block.indexOf(0x3d, at);
    if (equals > at && equals < end) entries.push({ name: block.subarray(at, equals).toString("utf8"), valueStart: equals + 1, valueEnd: end });
    at = end + 1;
  }
  return entries;
}
