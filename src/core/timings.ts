/**
 * How long each phase of a run took. The entry points pass a recorder in (like the logger) and
 * print it: the job summary's table, the CLI's `--verbose`. Never part of the JSON report, whose
 * fields are the verdict and must not change between two runs over the same commits.
 */
export type Phase =
  | "provision"
  | "git: merge-base"
  | "git: deepening"
  | "git: diff"
  | "git: read files"
  | "scan: head"
  | "scan: baseline"
  | "statements"
  | "compare"
  | "git: blame"
  | "report"
  | "fix rounds";

/** Counts shown next to the times. */
export type Counter = "scan cache hits" | "files scanned" | "statement cache hits" | "files parsed" | "fix rounds";

export interface PhaseTimer {
  /** Time `work` under `phase`; a phase run more than once is summed. */
  time<T>(phase: Phase, work: () => Promise<T>): Promise<T>;
  count(counter: Counter, n: number): void;
}

/** For callers that do not time anything (tests of other things, the fix step's own rescans). */
export const NO_TIMER: PhaseTimer = {
  time: (_phase, work) => work(),
  count: () => undefined,
};

export interface PhaseTiming {
  phase: Phase;
  ms: number;
  /** How many times the phase ran (fix rounds, deepening steps). */
  runs: number;
}

/** The order phases happen in, for the table. */
const ORDER: readonly Phase[] = ["git: merge-base", "git: deepening", "git: diff", "git: read files", "provision", "scan: head", "scan: baseline", "statements", "compare", "git: blame", "report", "fix rounds"];

/** Records phases with the clock it is given (the entry points give `performance.now`). */
export class PhaseRecorder implements PhaseTimer {
  private readonly phases = new Map<Phase, PhaseTiming>();
  private readonly counters = new Map<Counter, number>();

  constructor(private readonly now: () => number) {}

  async time<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      const entry = this.phases.get(phase) ?? { phase, ms: 0, runs: 0 };
      entry.ms += this.now() - start;
      entry.runs += 1;
      this.phases.set(phase, entry);
    }
  }

  count(counter: Counter, n: number): void {
    this.counters.set(counter, (this.counters.get(counter) ?? 0) + n);
  }

  timings(): PhaseTiming[] {
    return ORDER.flatMap((phase) => {
      const entry = this.phases.get(phase);
      return entry ? [{ ...entry }] : [];
    });
  }

  counts(): Array<[Counter, number]> {
    return [...this.counters];
  }
}

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

/** Head and baseline are scanned at the same time, and deepening is part of merge-base: say so. */
const OVERLAP_NOTE = "Scans of head and baseline run at once; deepening is part of merge-base.";

export function renderTimingsMarkdown(timings: readonly PhaseTiming[], counts: ReadonlyArray<[Counter, number]>, totalMs: number): string {
  if (timings.length === 0) return "";
  const rows = timings.map((t) => `| ${t.phase} | ${seconds(t.ms)} |${t.runs > 1 ? ` ${t.runs} runs` : ""} |`);
  const countLine = counts.length > 0 ? `\n${counts.map(([name, n]) => `${name}: ${n}`).join(", ")}.` : "";
  return `<details><summary>Time by phase (total ${seconds(totalMs)})</summary>\n\n| phase | time | |\n| --- | ---: | --- |\n${rows.join("\n")}\n\n${OVERLAP_NOTE}${countLine}\n\n</details>\n`;
}

export function renderTimingsText(timings: readonly PhaseTiming[], counts: ReadonlyArray<[Counter, number]>, totalMs: number): string {
  const width = Math.max(0, ...timings.map((t) => t.phase.length));
  const lines = timings.map((t) => `  ${t.phase.padEnd(width)}  ${seconds(t.ms).padStart(8)}${t.runs > 1 ? `  (${t.runs} runs)` : ""}`);
  const countLine = counts.map(([name, n]) => `  ${name}: ${n}`);
  return [`time by phase (total ${seconds(totalMs)}; ${OVERLAP_NOTE.toLowerCase()})`, ...lines, ...countLine].join("\n") + "\n";
}
