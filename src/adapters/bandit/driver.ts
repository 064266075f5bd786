import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { killProcessGroup, removeOnInterrupt, trackChild, untrackChild } from "../lifetime.js";
import type { CommandResult } from "../process.js";
import { BANDIT_DRIVER_SCRIPT } from "./driver-script.js";
import { findExecutableSync } from "./metadata.js";

/**
 * Bandit's Python, started before it is needed and kept for the whole run.
 *
 * A Bandit start-up is mostly Python importing Bandit and loading its plugins: 150-250 ms, paid
 * by every `bandit` process, and on the critical path of a small push (the files are known only
 * after git's work). The driver pays it once, while git works, then runs Bandit's own `main()`
 * for each scan it is handed (driver-script.ts): the same arguments, the same exit code, the
 * same report file as a `bandit` process. Where Python can fork, each scan runs in a child of the
 * imported driver, so one import serves every core; elsewhere one driver per core is started.
 *
 * Only for a Bandit whose interpreter is known: a `bandit` console script (its `#!` line names
 * the Python) or `python -m bandit`. Anything else (a wrapper script), a driver that cannot
 * import Bandit, or a scan that ends without an answer (a crash, memory): that scan is run as a
 * process of its own, as without drivers, so a broken installation fails the way it always did
 * and never passes.
 */
export interface DriverRun {
  /** Bandit's arguments (after the program and its fixed prefix). */
  args: readonly string[];
  timeoutMs?: number;
}

export class BanditDrivers {
  private readonly drivers: Driver[] = [];
  private readonly waiting: Array<() => void> = [];
  private usable = true;
  private closed = false;
  /** A driver said it cannot fork: every scan then needs a driver of its own. */
  private forkless = process.platform === "win32";
  private cwd: string | undefined;
  private forgetCwd: (() => void) | undefined;

  private constructor(
    private readonly python: string,
    private readonly env: NodeJS.ProcessEnv,
    private size: number,
  ) {}

  /**
   * Drivers for `argv` (a Bandit command), or undefined when its interpreter cannot be known. The
   * ones `prestart` started are handed over when they run the same Python in the same environment.
   */
  static for(argv: readonly string[], env: NodeJS.ProcessEnv, size: number): BanditDrivers | undefined {
    const python = interpreterOf(argv, env);
    const early = prestarted;
    prestarted = undefined;
    if (early && python === early.python && sameEnvironment(env, early.env)) {
      early.size = Math.max(1, size);
      return early;
    }
    void early?.close();
    return python ? new BanditDrivers(python, env, Math.max(1, size)) : undefined;
  }

  /**
   * Start importing the Bandit of `argv` now, before the entry point has even loaded the rest of
   * the program, for the first `for` to take over. A guess: drivers nobody takes are closed then.
   */
  static prestart(argv: readonly string[], env: NodeJS.ProcessEnv): BanditDrivers | undefined {
    if (prestarted) return prestarted;
    const python = interpreterOf(argv, env);
    if (!python) return undefined;
    // A command that ends before taking them (a usage error, nothing to scan) leaves nothing
    // behind: every pool not closed by then is ended when the process exits (startDriver).
    prestarted = new BanditDrivers(python, env, 1).warm();
    return prestarted;
  }

  /** The Python the drivers run: two commands with the same one share them. */
  get interpreter(): string {
    return this.python;
  }

  /** Start importing Bandit now, so that it overlaps the caller's other work. */
  warm(): this {
    if (!this.closed && this.usable && this.live().length === 0) this.startDriver();
    return this;
  }

  /**
   * Run Bandit with `args` on a driver; undefined when no driver can (the caller then starts a
   * `bandit` process itself). Resolves like `runCommand`: never throws for Bandit's exit code.
   */
  async run(job: DriverRun): Promise<CommandResult | undefined> {
    const driver = await this.slot();
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
      this.wake();
    }
  }

  /**
   * End the drivers and whatever scan they still run, and remove their directory; resolves when
   * they are gone. Idempotent. The caller need not wait: a driver never keeps this process alive.
   */
  async close(): Promise<void> {
    this.closed = true;
    unclosed.delete(this);
    this.wake();
    await Promise.all(this.drivers.splice(0).map((d) => d.end()));
    if (this.cwd) {
      rmSync(this.cwd, { recursive: true, force: true });
      this.forgetCwd?.();
      this.cwd = undefined;
    }
  }

  /**
   * Run one of the gate's own Python scripts (`code`, reading `stdin`) in a child forked from a
   * driver that is ready now: a fork instead of an interpreter's start-up. Undefined when none is
   * ready and forking (the caller starts Python itself rather than wait for one); resolves
   * undefined when the child ended without an answer. Never takes a scan's place.
   */
  script(code: string, stdin: string): Promise<CommandResult | undefined> | undefined {
    if (this.closed || !this.usable || this.forkless) return undefined;
    return this.live().find((d) => d.forks)?.script(code, stdin);
  }

  /** End the drivers at once and remove their directory, synchronously (the process is exiting). */
  abandon(): void {
    this.closed = true;
    for (const driver of this.drivers.splice(0)) driver.kill();
    if (this.cwd) {
      rmSync(this.cwd, { recursive: true, force: true });
      this.forgetCwd?.();
      this.cwd = undefined;
    }
  }

  /** The drivers' and their running scans' process ids (diagnostics and tests). */
  processIds(): number[] {
    return this.drivers.flatMap((d) => d.processIds());
  }

  private live(): Driver[] {
    return this.drivers.filter((d) => d.alive);
  }

  /** A driver with room for one more scan: a free one, a new one if allowed, else the next to free up. */
  private async slot(): Promise<Driver | undefined> {
    for (;;) {
      if (this.closed || !this.usable) return undefined;
      const live = this.live();
      const free = live.find((d) => d.hasRoom());
      if (free) return free;
      if (live.length < (this.forkless ? this.size : 1)) return this.startDriver();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private wake(): void {
    for (const waiter of this.waiting.splice(0)) waiter();
  }

  private startDriver(): Driver {
    if (!this.cwd) {
      // An empty directory of ours: Python must import nothing from where it was started.
      this.cwd = mkdtempSync(join(tmpdir(), "bandit-gate-driver-"));
      this.forgetCwd = removeOnInterrupt(this.cwd);
      endAtExit(this);
    }
    const driver = new Driver(this.python, this.env, this.cwd, () => this.size, (forks) => {
      if (!forks) this.forkless = true;
      this.wake();
    });
    this.drivers.push(driver);
    return driver;
  }
}

interface Handle {
  ref?: () => void;
  unref?: () => void;
}

interface Message {
  ready?: boolean;
  fork?: boolean;
  error?: string;
  id?: number;
  pid?: number;
  file?: string;
  exited?: number;
  code?: number;
  stdout?: string;
  stderr?: string;
}

interface Pending {
  resolve: (answer: Message | undefined) => void;
  pid?: number;
}

class Driver {
  private readonly child: ChildProcess;
  private readonly handles: ReadonlyArray<Handle | null>;
  private readonly pending = new Map<number, Pending>();
  private buffered = "";
  private exited = false;
  private nextId = 1;
  private inFlight = 0;
  /** Scans and scripts under way: while there are any, the driver keeps this process alive. */
  private busyCount = 0;
  private ending = false;
  private readonly gone: Promise<void>;
  private readonly readyAnswer: Promise<Message | undefined>;
  private settleReady: ((message: Message | undefined) => void) | undefined;
  readonly ready: Promise<boolean>;
  wasReady = false;
  /** Ready, and runs each job in a child of its own. */
  forks = false;

  constructor(
    python: string,
    env: NodeJS.ProcessEnv,
    private readonly cwd: string,
    private readonly size: () => number,
    onReady: (forks: boolean) => void,
  ) {
    this.child = spawn(python, ["-c", BANDIT_DRIVER_SCRIPT, cwd], {
      cwd,
      env,
      stdio: ["pipe", "ignore", "ignore", "pipe"],
      // Its own process group: an interrupt ends it and whatever it started.
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
    this.readyAnswer = new Promise((resolve) => (this.settleReady = resolve));
    this.gone = new Promise((resolve) => {
      const finish = () => {
        if (this.exited) return;
        this.exited = true;
        if (pid !== undefined) untrackChild(pid);
        this.settleReady?.(undefined);
        // Scans it forked die with it: none of them can answer any more.
        for (const [id, job] of this.pending) this.settle(id, job, undefined, true);
        resolve();
      };
      this.child.on("error", finish);
      this.child.on("exit", finish);
    });
    this.ready = this.readyAnswer.then((answer) => {
      this.wasReady = answer?.ready === true;
      this.forks = this.wasReady && answer?.fork === true;
      onReady(answer?.fork === true);
      return this.wasReady;
    });
  }

  get alive(): boolean {
    return !this.exited;
  }

  hasRoom(): boolean {
    // Scans at once: the pool's size once it said it forks, one until then (or for good, if it cannot).
    return this.inFlight < (this.forks ? this.size() : 1);
  }

  processIds(): number[] {
    if (this.exited) return [];
    const scans = [...this.pending.values()].map((p) => p.pid).filter((pid): pid is number => pid !== undefined);
    return this.child.pid === undefined ? scans : [this.child.pid, ...scans];
  }

  async run(job: DriverRun): Promise<CommandResult | "unavailable"> {
    this.inFlight += 1;
    this.busy(1);
    try {
      return await this.runHeld(job);
    } finally {
      this.inFlight -= 1;
      this.busy(-1);
    }
  }

  /** A script in a forked child (BanditDrivers.script): undefined if it ended without an answer. */
  async script(code: string, stdin: string): Promise<CommandResult | undefined> {
    this.busy(1);
    try {
      if (this.exited) return undefined;
      const id = this.nextId++;
      const answer = new Promise<Message | undefined>((resolve) => this.pending.set(id, { resolve }));
      this.child.stdin?.write(`${JSON.stringify({ id, script: code, stdin })}\n`);
      const reply = await answer;
      if (!reply || typeof reply.code !== "number") return undefined;
      return { code: reply.code, stdout: reply.stdout ?? "", stderr: reply.stderr ?? "" };
    } finally {
      this.busy(-1);
    }
  }

  private busy(delta: number): void {
    this.busyCount += delta;
    if (delta > 0 && this.busyCount === delta) this.hold(true);
    else if (delta < 0 && this.busyCount === 0 && !this.ending) this.hold(false);
  }

  private async runHeld(job: DriverRun): Promise<CommandResult | "unavailable"> {
    if (!(await this.ready) || this.exited) return "unavailable";
    const id = this.nextId++;
    const answer = new Promise<Message | undefined>((resolve) => this.pending.set(id, { resolve }));
    let timedOut = false;
    const timer =
      job.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            const pending = this.pending.get(id);
            // The scan's own process group when it has one; else the driver, and every scan with it.
            if (pending?.pid !== undefined) killProcessGroup(pending.pid);
            else this.kill();
            if (pending) this.settle(id, pending, undefined, false);
          }, job.timeoutMs);
    this.child.stdin?.write(`${JSON.stringify({ id, argv: job.args })}\n`);
    const reply = await answer;
    if (timer) clearTimeout(timer);
    if (timedOut) {
      return { code: 124, timedOut: true, stdout: "", stderr: `\nbandit: killed after ${Math.round((job.timeoutMs ?? 0) / 1000)} s (time limit)\n` };
    }
    // Ended without an answer (a crash in Bandit, memory): the caller runs it as a process, which fails as it would.
    if (!reply || typeof reply.code !== "number") return "unavailable";
    return { code: reply.code, stdout: reply.stdout ?? "", stderr: reply.stderr ?? "" };
  }

  /** End it and every scan it forked, and wait until it is gone. */
  async end(): Promise<void> {
    for (const [id, job] of this.pending) this.settle(id, job, undefined, true);
    if (this.exited) return;
    // Whoever waits for it to go keeps this process alive until it has.
    this.ending = true;
    this.hold(true);
    this.kill();
    await this.gone;
  }

  private hold(busy: boolean): void {
    for (const handle of this.handles) {
      if (busy) handle?.ref?.();
      else handle?.unref?.();
    }
  }

  kill(): void {
    const pid = this.child.pid;
    if (pid !== undefined) killProcessGroup(pid);
    else this.child.kill("SIGKILL");
  }

  private settle(id: number, job: Pending, answer: Message | undefined, killScan: boolean): void {
    this.pending.delete(id);
    if (job.pid !== undefined) {
      if (killScan) killProcessGroup(job.pid);
      untrackChild(job.pid);
    }
    job.resolve(answer);
  }

  private receive(text: string): void {
    this.buffered += text;
    let newline: number;
    while ((newline = this.buffered.indexOf("\n")) >= 0) {
      const line = this.buffered.slice(0, newline);
      this.buffered = this.buffered.slice(newline + 1);
      let message: Message;
      try {
        message = JSON.parse(line) as Message;
      } catch {
        continue;
      }
      this.handle(message);
    }
  }

  private handle(message: Message): void {
    if (message.ready !== undefined) {
      this.settleReady?.(message);
      this.settleReady = undefined;
      return;
    }
    const id = message.id;
    const job = id === undefined ? undefined : this.pending.get(id);
    if (id === undefined || !job) return; // answered, timed out or ended already
    if (message.pid !== undefined) {
      job.pid = message.pid;
      trackChild(message.pid);
    } else if (message.file !== undefined) {
      this.settle(id, job, readAnswer(message.file, this.cwd), false);
    } else if (message.exited !== undefined) {
      this.settle(id, job, undefined, false);
    } else if (message.code !== undefined) {
      this.settle(id, job, message, false);
    }
  }
}

/** A forked scan's answer, from the file it wrote in the drivers' directory (and nowhere else). */
function readAnswer(file: string, dir: string): Message | undefined {
  if (dirname(file) !== dir) return undefined;
  try {
    const text = readFileSync(file, "utf8");
    rmSync(file, { force: true });
    return JSON.parse(text) as Message;
  } catch {
    return undefined;
  }
}

/** Drivers `prestart` started, until `for` takes them over. */
let prestarted: BanditDrivers | undefined;

/**
 * Pools with a driver started and not closed yet. Whatever way the process ends (a return before
 * `close` has finished, an error, `process.exit`), they are ended and their directories removed,
 * with one listener for them all.
 */
const unclosed = new Set<BanditDrivers>();
let exitListener = false;

function endAtExit(pool: BanditDrivers): void {
  unclosed.add(pool);
  if (exitListener) return;
  exitListener = true;
  process.once("exit", () => {
    for (const open of unclosed) open.abandon();
    unclosed.clear();
  });
}

function sameEnvironment(a: NodeJS.ProcessEnv, b: NodeJS.ProcessEnv): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
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
  const program = named.includes("/") ? named : findExecutableSync(named, env);
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
