import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, closeSync, constants, mkdtempSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, isAbsolute, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { removeOnInterrupt, trackChild, untrackChild } from "../lifetime.js";
import type { CommandResult } from "../process.js";
import { BANDIT_DRIVER_SCRIPT } from "./driver-script.js";

/**
 * Bandit's Python, started before it is needed and kept for the whole run.
 *
 * A Bandit start-up is mostly Python importing Bandit and loading its plugins: 150-250 ms, paid
 * by every `bandit` process, twice per side on two cores, and on the critical path of a small
 * push (the files are known only after git's work). A driver pays it once, while git works,
 * and then runs Bandit's own `main()` for each scan it is handed (driver-script.ts): the same
 * arguments, the same exit code, the same report file as a `bandit` process.
 *
 * Only for a Bandit whose interpreter is known: a `bandit` console script (its `#!` line names
 * the Python) or `python -m bandit`. Anything else (a wrapper script), a driver that cannot
 * import Bandit, or one that dies during a scan: that scan is run as a process of its own, as
 * without drivers, so a broken installation fails the way it always did and never passes.
 */
export interface DriverRun {
  /** Bandit's arguments (after the program and its fixed prefix). */
  args: readonly string[];
  timeoutMs?: number;
}

export class BanditDrivers {
  private readonly idle: Driver[] = [];
  private readonly live = new Set<Driver>();
  private readonly queue: Array<(driver: Driver | undefined) => void> = [];
  private running = 0;
  private usable = true;
  private closed = false;
  private cwd: string | undefined;
  private forgetCwd: (() => void) | undefined;

  private constructor(
    private readonly python: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly size: number,
  ) {}

  /** Drivers for `argv` (a Bandit command), or undefined when its interpreter cannot be known. */
  static for(argv: readonly string[], env: NodeJS.ProcessEnv, size: number): BanditDrivers | undefined {
    const python = interpreterOf(argv, env);
    return python ? new BanditDrivers(python, env, Math.max(1, size)) : undefined;
  }

  /** The Python the drivers run: two commands with the same one share them. */
  get interpreter(): string {
    return this.python;
  }

  /** Start every driver now, so that Bandit's import overlaps the caller's other work. */
  warm(): this {
    while (!this.closed && this.usable && this.running + this.idle.length < this.size) this.idle.push(this.startDriver());
    return this;
  }

  /**
   * Run Bandit with `args` on a driver; undefined when no driver can (the caller then starts a
   * `bandit` process itself). Resolves like `runCommand`: never throws for Bandit's exit code.
   */
  async run(job: DriverRun): Promise<CommandResult | undefined> {
    const driver = await this.acquire();
    if (!driver) return undefined;
    try {
      const outcome = await driver.run(job);
      if (outcome === "unavailable") {
        // It never became ready (it cannot import Bandit): no driver will; scans go to processes.
        if (!driver.wasReady) this.usable = false;
        return undefined;
      }
      return outcome;
    } finally {
      this.release(driver);
    }
  }

  /**
   * End every driver and remove their directory; resolves when they are gone. Idempotent. The
   * caller need not wait: an ended driver holds nothing, and never keeps this process alive.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const waiter of this.queue.splice(0)) waiter(undefined);
    const all = this.idle.splice(0);
    await Promise.all(all.map((d) => d.end()));
    if (this.running === 0) this.removeCwd();
  }

  private acquire(): Promise<Driver | undefined> {
    if (this.closed || !this.usable) return Promise.resolve(undefined);
    const ready = this.idle.pop();
    if (ready) {
      this.running++;
      return Promise.resolve(ready);
    }
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve(this.startDriver());
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(driver: Driver): void {
    const next = this.queue.shift();
    const reusable = driver.alive && this.usable && !this.closed;
    if (next) {
      // Handed straight on (still counted as running); a dead driver is replaced.
      if (!this.usable || this.closed) {
        this.running--;
        next(undefined);
      } else next(reusable ? driver : this.startDriver());
      if (!reusable) void driver.end();
      return;
    }
    this.running--;
    if (reusable) this.idle.push(driver);
    else void driver.end();
    if (this.closed && this.running === 0) this.removeCwd();
  }

  private startDriver(): Driver {
    if (!this.cwd) {
      // An empty directory of ours: Python must import nothing from where it was started.
      this.cwd = mkdtempSync(join(tmpdir(), "bandit-gate-driver-"));
      this.forgetCwd = removeOnInterrupt(this.cwd);
    }
    const driver = new Driver(this.python, this.env, this.cwd, () => this.live.delete(driver));
    this.live.add(driver);
    return driver;
  }

  /** The drivers' process ids while they run (diagnostics and tests). */
  processIds(): number[] {
    return [...this.live].map((d) => d.pid).filter((pid): pid is number => pid !== undefined);
  }

  private removeCwd(): void {
    if (!this.cwd) return;
    rmSync(this.cwd, { recursive: true, force: true });
    this.forgetCwd?.();
    this.cwd = undefined;
  }
}

interface Handle {
  ref?: () => void;
  unref?: () => void;
}

interface Answer {
  ready?: boolean;
  error?: string;
  code?: number;
  stdout?: string;
  stderr?: string;
}

class Driver {
  private readonly child: ChildProcess;
  private readonly handles: ReadonlyArray<Handle | null>;
  private readonly answers: Answer[] = [];
  private waiting: ((answer: Answer | undefined) => void) | undefined;
  private buffered = "";
  private exited = false;
  private readonly gone: Promise<void>;
  readonly ready: Promise<boolean>;
  wasReady = false;

  constructor(python: string, env: NodeJS.ProcessEnv, cwd: string, onExit: () => void) {
    this.child = spawn(python, ["-c", BANDIT_DRIVER_SCRIPT], {
      cwd,
      env,
      stdio: ["pipe", "ignore", "ignore", "pipe"],
      // Its own process group: a time limit or an interrupt ends it and whatever it started.
      detached: true,
    });
    const pid = this.child.pid;
    if (pid !== undefined) trackChild(pid);
    const replies = this.child.stdio[3] as Readable | null;
    const input = this.child.stdin as Writable | null;
    input?.on("error", () => {
      /* it died; the exit handler answers whoever waits */
    });
    this.handles = [this.child, input as unknown as Handle | null, replies as unknown as Handle | null];
    // An idle driver never keeps the gate's process alive (its stdin closing ends it); one with a scan in hand does.
    this.hold(false);
    replies?.setEncoding("utf8");
    replies?.on("data", (text: string) => this.receive(text));
    this.gone = new Promise((resolve) => {
      const finish = () => {
        if (this.exited) return;
        this.exited = true;
        if (pid !== undefined) untrackChild(pid);
        onExit();
        this.deliver(undefined);
        resolve();
      };
      this.child.on("error", finish);
      this.child.on("close", finish);
    });
    this.ready = this.next().then((answer) => (this.wasReady = answer?.ready === true));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  async run(job: DriverRun): Promise<CommandResult | "unavailable"> {
    this.hold(true);
    try {
      return await this.runHeld(job);
    } finally {
      this.hold(false);
    }
  }

  private hold(busy: boolean): void {
    for (const handle of this.handles) {
      if (busy) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  private async runHeld(job: DriverRun): Promise<CommandResult | "unavailable"> {
    if (!(await this.ready) || this.exited) return "unavailable";
    const answer = this.next();
    let timedOut = false;
    const timer =
      job.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            this.kill();
          }, job.timeoutMs);
    this.child.stdin?.write(`${JSON.stringify({ argv: job.args })}\n`);
    const reply = await answer;
    if (timer) clearTimeout(timer);
    if (timedOut) {
      return { code: 124, timedOut: true, stdout: "", stderr: `\nbandit: killed after ${Math.round((job.timeoutMs ?? 0) / 1000)} s (time limit)\n` };
    }
    // Died during the scan (a crash in Bandit, memory): the caller runs it as a process, which fails as it would.
    if (!reply || typeof reply.code !== "number") return "unavailable";
    return { code: reply.code, stdout: reply.stdout ?? "", stderr: reply.stderr ?? "" };
  }

  /** End it (it holds nothing worth a clean exit: its Python's shutdown would only cost CPU) and wait until it is gone. */
  async end(): Promise<void> {
    if (this.exited) return;
    // Whoever waits for it to go keeps this process alive until it has.
    this.hold(true);
    this.kill();
    await this.gone;
  }

  private kill(): void {
    const pid = this.child.pid;
    try {
      if (pid !== undefined) process.kill(-pid, "SIGKILL");
    } catch {
      this.child.kill("SIGKILL");
    }
  }

  private next(): Promise<Answer | undefined> {
    const queued = this.answers.shift();
    if (queued) return Promise.resolve(queued);
    if (this.exited) return Promise.resolve(undefined);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  private receive(text: string): void {
    this.buffered += text;
    let newline: number;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      let answer: Answer;
      try {
        answer = JSON.parse(line) as Answer;
      } catch {
        continue;
      }
      this.deliver(answer);
    }
  }

  private deliver(answer: Answer | undefined): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) waiting(answer);
    else if (answer) this.answers.push(answer);
  }
}

/**
 * The Python that runs a Bandit command: `python -m bandit` names it; a console script names it
 * on its `#!` line (as pip and uv write them: an absolute path to a Python, nothing else).
 */
export function interpreterOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  const [named, ...rest] = argv;
  if (!named) return undefined;
  if (rest.length === 2 && rest[0] === "-m" && rest[1] === "bandit") return named;
  if (rest.length > 0) return undefined;
  // A bare name is what the spawn would find on PATH; a relative path is not one we can trust.
  const program = named.includes("/") ? named : onPath(named, env);
  if (!program || !isAbsolute(program)) return undefined;
  let head: string;
  try {
    const fd = openSync(program, "r");
    try {
      const bytes = Buffer.alloc(4096);
      head = bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString("latin1");
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  const shebang = /^#!(\/\S+)[ \t]*\r?\n/.exec(head);
  if (!shebang?.[1] || !/python[0-9.]*$/.test(shebang[1])) return undefined;
  // A console script of Bandit's own entry point, not some other program named bandit.
  if (!/from bandit\.cli\.main import main/.test(head)) return undefined;
  return shebang[1];
}

/** `name` as a spawn would find it through the environment's PATH; undefined if not there. */
function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}
