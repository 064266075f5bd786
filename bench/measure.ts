import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

export interface Measurement {
  /** Whole-process wall time. */
  ms: number;
  /** Peak resident memory of the process itself (VmHWM), in MiB; 0 where /proc is unavailable. */
  peakMiB: number;
  code: number;
}

/**
 * Run a command to completion, measuring its wall time and its own peak RSS. VmHWM is a
 * high-water mark, so sampling it while the process lives catches the peak however short.
 */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    let peakKiB = 0;
    const sample = () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kib = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
        if (kib > peakKiB) peakKiB = kib;
      } catch {
        /* exited between samples */
      }
    };
    const timer = setInterval(sample, 10);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) {
        reject(new Error(`${command} ${args.slice(0, 3).join(" ")} exited ${code}: ${stderr.slice(-500)}`));
        return;
      }
      resolve({ ms, peakMiB: peakKiB / 1024, code: code ?? -1 });
    });
    sample();
  });
}

/** Run sequentially and add up (the floor is two Bandit runs one after the other). */
export async function measureSequence(steps: Array<() => Promise<Measurement>>): Promise<Measurement> {
  let ms = 0;
  let peakMiB = 0;
  for (const step of steps) {
    const m = await step();
    ms += m.ms;
    peakMiB = Math.max(peakMiB, m.peakMiB);
  }
  return { ms, peakMiB, code: 0 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
