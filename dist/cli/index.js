#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 6539:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m: () => (/* binding */ BanditDrivers)
});

// UNUSED EXPORTS: interpreterOf

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./build/adapters/lifetime.js
var lifetime = __nccwpck_require__(9350);
;// CONCATENATED MODULE: ./build/adapters/bandit/driver-script.js
/**
 * The Python side of Bandit's driver (driver.ts): started at the beginning of a gate run, with
 * Bandit's own interpreter and `-c`, from an empty directory of its own (its one argument). It
 * imports Bandit and loads its plugins (150-250 ms: most of a Bandit start-up) while the gate
 * does its git work, says so on fd 3, then runs Bandit's own command-line `main()` for each line
 * it reads on stdin (`{"id": N, "argv": [...]}`), exactly as the `bandit` script would with those
 * arguments. fd 3, not stdout: whatever a plugin prints cannot be taken for an answer.
 *
 * Where Python can fork (everywhere but Windows), each scan runs in a child forked from the
 * imported Bandit, so one import serves every core: the child writes its answer (exit code and
 * what Bandit printed) to a file and names it on fd 3; the driver tells its pid (a time limit
 * kills that scan alone) and, if the child ends without answering, how it ended. Every message
 * is one short line written at once, so lines of several processes never interleave. Without
 * fork, scans run one after another in the driver itself and are answered in full on fd 3.
 *
 * Each scan forgets the source lines Bandit read before (`linecache`): the same path may hold
 * other bytes now (a fix candidate). Bandit's logger is rebuilt by `main()` itself.
 *
 * A forking driver also runs the gate's own Python scripts (the statement reader) the same way,
 * so that they cost a fork instead of an interpreter's start-up: `{"id": N, "script": code,
 * "stdin": text}` answers like a scan, with what the script printed.
 */
const BANDIT_DRIVER_SCRIPT = String.raw `
import io, json, linecache, os, signal, sys, traceback

# The working directory is an empty one of ours; never import from wherever Python was started.
sys.path[:] = [p for p in sys.path if p not in ("", ".")]
ANSWERS = sys.argv[1]
REPLY = 3

def send(value):
    data = (json.dumps(value) + "\n").encode("utf-8")
    while data:
        data = data[os.write(REPLY, data):]

class Captured(io.StringIO):
    # Bandit closes the stream it wrote its report to; what was written must survive that.
    def close(self):
        pass

def scan(cli, job):
    out, err = Captured(), Captured()
    saved = (sys.stdout, sys.stderr, sys.argv, sys.stdin)
    sys.stdout, sys.stderr = out, err
    linecache.clearcache()
    code = 0
    try:
        if "script" in job:
            sys.argv, sys.stdin = ["-c"], io.StringIO(job.get("stdin", ""))
            exec(compile(job["script"], "<bandit-gate script>", "exec"), {"__name__": "__main__"})
        else:
            sys.argv = ["bandit"] + list(job["argv"])
            cli.main()
    except SystemExit as end:
        if end.code is None:
            code = 0
        elif isinstance(end.code, int):
            code = end.code
        else:
            err.write(str(end.code) + "\n")
            code = 1
    except BaseException:
        traceback.print_exc(file=err)
        code = 1
    finally:
        sys.stdout, sys.stderr, sys.argv, sys.stdin = saved
    return {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}

def main():
    try:
        from bandit.cli import main as cli
        from bandit.core import extension_loader  # noqa: F401  plugins, formatters and blacklists load here, once
    except BaseException as error:
        send({"ready": False, "error": "%s: %s" % (type(error).__name__, error)})
        return 1
    forking = hasattr(os, "fork") and hasattr(signal, "SIGCHLD") and hasattr(signal, "pthread_sigmask")
    children = {}

    def reap(signum, frame):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            ident = children.pop(pid, None)
            if ident is not None:
                send({"id": ident, "exited": os.waitstatus_to_exitcode(status)})

    if forking:
        signal.signal(signal.SIGCHLD, reap)
    send({"ready": True, "fork": forking})
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        ident = job["id"]
        if not forking:
            # A script is run only where it costs a fork; it never holds up the scans here.
            answer = scan(cli, job) if "argv" in job else {"code": 70, "stdout": "", "stderr": "this driver cannot fork\n"}
            answer["id"] = ident
            send(answer)
            continue
        # Blocked until the child is registered: one that ends at once is still reported.
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGCHLD})
        pid = os.fork()
        if pid == 0:
            status = 70
            try:
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})
                os.setpgid(0, 0)
                answer = scan(cli, job)
                path = os.path.join(ANSWERS, "answer-%d.json" % ident)
                with open(path, "w", encoding="utf-8") as handle:
                    json.dump(answer, handle)
                send({"id": ident, "file": path})
                status = 0
            finally:
                os._exit(status)
        try:
            os.setpgid(pid, pid)
        except OSError:
            pass
        children[pid] = ident
        send({"id": ident, "pid": pid})
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGCHLD})
    return 0

sys.exit(main())
`;

// EXTERNAL MODULE: ./build/adapters/bandit/metadata.js
var metadata = __nccwpck_require__(2559);
;// CONCATENATED MODULE: ./build/adapters/bandit/driver.js







class BanditDrivers {
    python;
    env;
    size;
    drivers = [];
    waiting = [];
    usable = true;
    closed = false;
    /** A driver said it cannot fork: every scan then needs a driver of its own. */
    forkless = process.platform === "win32";
    cwd;
    forgetCwd;
    constructor(python, env, size) {
        this.python = python;
        this.env = env;
        this.size = size;
    }
    /**
     * Drivers for `argv` (a Bandit command), or undefined when its interpreter cannot be known. The
     * ones `prestart` started are handed over when they run the same Python in the same environment.
     */
    static for(argv, env, size) {
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
    static prestart(argv, env) {
        if (prestarted)
            return prestarted;
        const python = interpreterOf(argv, env);
        if (!python)
            return undefined;
        // A command that ends before taking them (a usage error, nothing to scan) leaves nothing
        // behind: every pool not closed by then is ended when the process exits (startDriver).
        prestarted = new BanditDrivers(python, env, 1).warm();
        return prestarted;
    }
    /** The Python the drivers run: two commands with the same one share them. */
    get interpreter() {
        return this.python;
    }
    /** Start importing Bandit now, so that it overlaps the caller's other work. */
    warm() {
        if (!this.closed && this.usable && this.live().length === 0)
            this.startDriver();
        return this;
    }
    /**
     * Run Bandit with `args` on a driver; undefined when no driver can (the caller then starts a
     * `bandit` process itself). Resolves like `runCommand`: never throws for Bandit's exit code.
     */
    async run(job) {
        const driver = await this.slot();
        if (!driver)
            return undefined;
        try {
            const outcome = await driver.run(job);
            if (outcome === "unavailable") {
                // It never became ready (it cannot import Bandit): no driver will; scans go to processes.
                if (!driver.wasReady)
                    this.usable = false;
                return undefined;
            }
            return outcome;
        }
        finally {
            this.wake();
        }
    }
    /**
     * End the drivers and whatever scan they still run, and remove their directory; resolves when
     * they are gone. Idempotent. The caller need not wait: a driver never keeps this process alive.
     */
    async close() {
        this.closed = true;
        unclosed.delete(this);
        this.wake();
        await Promise.all(this.drivers.splice(0).map((d) => d.end()));
        if (this.cwd) {
            (0,external_node_fs_.rmSync)(this.cwd, { recursive: true, force: true });
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
    script(code, stdin) {
        if (this.closed || !this.usable || this.forkless)
            return undefined;
        return this.live().find((d) => d.forks)?.script(code, stdin);
    }
    /** End the drivers at once and remove their directory, synchronously (the process is exiting). */
    abandon() {
        this.closed = true;
        for (const driver of this.drivers.splice(0))
            driver.kill();
        if (this.cwd) {
            (0,external_node_fs_.rmSync)(this.cwd, { recursive: true, force: true });
            this.forgetCwd?.();
            this.cwd = undefined;
        }
    }
    /** The drivers' and their running scans' process ids (diagnostics and tests). */
    processIds() {
        return this.drivers.flatMap((d) => d.processIds());
    }
    live() {
        return this.drivers.filter((d) => d.alive);
    }
    /** A driver with room for one more scan: a free one, a new one if allowed, else the next to free up. */
    async slot() {
        for (;;) {
            if (this.closed || !this.usable)
                return undefined;
            const live = this.live();
            const free = live.find((d) => d.hasRoom());
            if (free)
                return free;
            if (live.length < (this.forkless ? this.size : 1))
                return this.startDriver();
            await new Promise((resolve) => this.waiting.push(resolve));
        }
    }
    wake() {
        for (const waiter of this.waiting.splice(0))
            waiter();
    }
    startDriver() {
        if (!this.cwd) {
            // An empty directory of ours: Python must import nothing from where it was started.
            this.cwd = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), "bandit-gate-driver-"));
            this.forgetCwd = (0,lifetime/* removeOnInterrupt */.vY)(this.cwd);
            endAtExit(this);
        }
        const driver = new Driver(this.python, this.env, this.cwd, () => this.size, (forks) => {
            if (!forks)
                this.forkless = true;
            this.wake();
        });
        this.drivers.push(driver);
        return driver;
    }
}
class Driver {
    cwd;
    size;
    child;
    handles;
    pending = new Map();
    buffered = "";
    exited = false;
    nextId = 1;
    inFlight = 0;
    /** Scans and scripts under way: while there are any, the driver keeps this process alive. */
    busyCount = 0;
    ending = false;
    gone;
    readyAnswer;
    settleReady;
    ready;
    wasReady = false;
    /** Ready, and runs each job in a child of its own. */
    forks = false;
    constructor(python, env, cwd, size, onReady) {
        this.cwd = cwd;
        this.size = size;
        this.child = (0,external_node_child_process_.spawn)(python, ["-c", BANDIT_DRIVER_SCRIPT, cwd], {
            cwd,
            env,
            stdio: ["pipe", "ignore", "ignore", "pipe"],
            // Its own process group: an interrupt ends it and whatever it started.
            detached: true,
        });
        const pid = this.child.pid;
        if (pid !== undefined)
            (0,lifetime/* trackChild */.yH)(pid);
        const replies = this.child.stdio[3];
        const input = this.child.stdin;
        input?.on("error", () => {
            /* it died; the exit handler answers whoever waits */
        });
        this.handles = [this.child, input, replies];
        // An idle driver never keeps the gate's process alive (its stdin closing ends it); one with a scan in hand does.
        this.hold(false);
        replies?.setEncoding("utf8");
        replies?.on("data", (text) => this.receive(text));
        this.readyAnswer = new Promise((resolve) => (this.settleReady = resolve));
        this.gone = new Promise((resolve) => {
            const finish = () => {
                if (this.exited)
                    return;
                this.exited = true;
                if (pid !== undefined)
                    (0,lifetime/* untrackChild */.$b)(pid);
                this.settleReady?.(undefined);
                // Scans it forked die with it: none of them can answer any more.
                for (const [id, job] of this.pending)
                    this.settle(id, job, undefined, true);
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
    get alive() {
        return !this.exited;
    }
    hasRoom() {
        // Scans at once: the pool's size once it said it forks, one until then (or for good, if it cannot).
        return this.inFlight < (this.forks ? this.size() : 1);
    }
    processIds() {
        if (this.exited)
            return [];
        const scans = [...this.pending.values()].map((p) => p.pid).filter((pid) => pid !== undefined);
        return this.child.pid === undefined ? scans : [this.child.pid, ...scans];
    }
    async run(job) {
        this.inFlight += 1;
        this.busy(1);
        try {
            return await this.runHeld(job);
        }
        finally {
            this.inFlight -= 1;
            this.busy(-1);
        }
    }
    /** A script in a forked child (BanditDrivers.script): undefined if it ended without an answer. */
    async script(code, stdin) {
        this.busy(1);
        try {
            if (this.exited)
                return undefined;
            const id = this.nextId++;
            const answer = new Promise((resolve) => this.pending.set(id, { resolve }));
            this.child.stdin?.write(`${JSON.stringify({ id, script: code, stdin })}\n`);
            const reply = await answer;
            if (!reply || typeof reply.code !== "number")
                return undefined;
            return { code: reply.code, stdout: reply.stdout ?? "", stderr: reply.stderr ?? "" };
        }
        finally {
            this.busy(-1);
        }
    }
    busy(delta) {
        this.busyCount += delta;
        if (delta > 0 && this.busyCount === delta)
            this.hold(true);
        else if (delta < 0 && this.busyCount === 0 && !this.ending)
            this.hold(false);
    }
    async runHeld(job) {
        if (!(await this.ready) || this.exited)
            return "unavailable";
        const id = this.nextId++;
        const answer = new Promise((resolve) => this.pending.set(id, { resolve }));
        let timedOut = false;
        const timer = job.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                const pending = this.pending.get(id);
                // The scan's own process group when it has one; else the driver, and every scan with it.
                if (pending?.pid !== undefined)
                    (0,lifetime/* killProcessGroup */.$X)(pending.pid);
                else
                    this.kill();
                if (pending)
                    this.settle(id, pending, undefined, false);
            }, job.timeoutMs);
        this.child.stdin?.write(`${JSON.stringify({ id, argv: job.args })}\n`);
        const reply = await answer;
        if (timer)
            clearTimeout(timer);
        if (timedOut) {
            return { code: 124, timedOut: true, stdout: "", stderr: `\nbandit: killed after ${Math.round((job.timeoutMs ?? 0) / 1000)} s (time limit)\n` };
        }
        // Ended without an answer (a crash in Bandit, memory): the caller runs it as a process, which fails as it would.
        if (!reply || typeof reply.code !== "number")
            return "unavailable";
        return { code: reply.code, stdout: reply.stdout ?? "", stderr: reply.stderr ?? "" };
    }
    /** End it and every scan it forked, and wait until it is gone. */
    async end() {
        for (const [id, job] of this.pending)
            this.settle(id, job, undefined, true);
        if (this.exited)
            return;
        // Whoever waits for it to go keeps this process alive until it has.
        this.ending = true;
        this.hold(true);
        this.kill();
        await this.gone;
    }
    hold(busy) {
        for (const handle of this.handles) {
            if (busy)
                handle?.ref?.();
            else
                handle?.unref?.();
        }
    }
    kill() {
        const pid = this.child.pid;
        if (pid !== undefined)
            (0,lifetime/* killProcessGroup */.$X)(pid);
        else
            this.child.kill("SIGKILL");
    }
    settle(id, job, answer, killScan) {
        this.pending.delete(id);
        if (job.pid !== undefined) {
            if (killScan)
                (0,lifetime/* killProcessGroup */.$X)(job.pid);
            (0,lifetime/* untrackChild */.$b)(job.pid);
        }
        job.resolve(answer);
    }
    receive(text) {
        this.buffered += text;
        let newline;
        while ((newline = this.buffered.indexOf("\n")) >= 0) {
            const line = this.buffered.slice(0, newline);
            this.buffered = this.buffered.slice(newline + 1);
            let message;
            try {
                message = JSON.parse(line);
            }
            catch {
                continue;
            }
            this.handle(message);
        }
    }
    handle(message) {
        if (message.ready !== undefined) {
            this.settleReady?.(message);
            this.settleReady = undefined;
            return;
        }
        const id = message.id;
        const job = id === undefined ? undefined : this.pending.get(id);
        if (id === undefined || !job)
            return; // answered, timed out or ended already
        if (message.pid !== undefined) {
            job.pid = message.pid;
            (0,lifetime/* trackChild */.yH)(message.pid);
        }
        else if (message.file !== undefined) {
            this.settle(id, job, readAnswer(message.file, this.cwd), false);
        }
        else if (message.exited !== undefined) {
            this.settle(id, job, undefined, false);
        }
        else if (message.code !== undefined) {
            this.settle(id, job, message, false);
        }
    }
}
/** A forked scan's answer, from the file it wrote in the drivers' directory (and nowhere else). */
function readAnswer(file, dir) {
    if ((0,external_node_path_.dirname)(file) !== dir)
        return undefined;
    try {
        const text = (0,external_node_fs_.readFileSync)(file, "utf8");
        (0,external_node_fs_.rmSync)(file, { force: true });
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Drivers `prestart` started, until `for` takes them over. */
let prestarted;
/**
 * Pools with a driver started and not closed yet. Whatever way the process ends (a return before
 * `close` has finished, an error, `process.exit`), they are ended and their directories removed,
 * with one listener for them all.
 */
const unclosed = new Set();
let exitListener = false;
function endAtExit(pool) {
    unclosed.add(pool);
    if (exitListener)
        return;
    exitListener = true;
    process.once("exit", () => {
        for (const open of unclosed)
            open.abandon();
        unclosed.clear();
    });
}
function sameEnvironment(a, b) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
/**
 * The Python that runs a Bandit command: `python -m bandit` names it; a console script names it
 * on its `#!` line (as pip and uv write them: an absolute path to a Python, nothing else).
 */
function interpreterOf(argv, env = process.env) {
    const [named, ...rest] = argv;
    if (!named)
        return undefined;
    if (rest.length === 2 && rest[0] === "-m" && rest[1] === "bandit")
        return named;
    if (rest.length > 0)
        return undefined;
    // A bare name is what the spawn would find on PATH; a relative path is not one we can trust.
    const program = named.includes("/") ? named : (0,metadata/* findExecutableSync */.L9)(named, env);
    if (!program || !(0,external_node_path_.isAbsolute)(program))
        return undefined;
    let head;
    try {
        const fd = (0,external_node_fs_.openSync)(program, "r");
        try {
            const bytes = Buffer.alloc(4096);
            head = bytes.subarray(0, (0,external_node_fs_.readSync)(fd, bytes, 0, bytes.length, 0)).toString("latin1");
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return undefined;
    }
    const shebang = /^#!(\/\S+)[ \t]*\r?\n/.exec(head);
    if (!shebang?.[1] || !/python[0-9.]*$/.test(shebang[1]))
        return undefined;
    // A console script of Bandit's own entry point, not some other program named bandit.
    if (!/from bandit\.cli\.main import main/.test(head))
        return undefined;
    return shebang[1];
}


/***/ }),

/***/ 8803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ prestartBanditForCli)
/* harmony export */ });
/* unused harmony export prestartBandit */
/* harmony import */ var _driver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6539);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7288);
/* harmony import */ var _core_child_env_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6462);



/**
 * For the entry points, before they load the rest of the program: start importing the Bandit a
 * run will most likely use (the configured command, else BANDIT_GATE_BANDIT, else `bandit` on
 * PATH), so that Python's start-up overlaps Node's. A guess only: the run's own search decides,
 * and drivers it does not take are closed (driver.ts `prestart`).
 */
function prestartBandit(configured, env) {
    const command = [configured, env.BANDIT_GATE_BANDIT].find((value) => value?.trim());
    _driver_js__WEBPACK_IMPORTED_MODULE_0__/* .BanditDrivers */ .m.prestart(command ? (0,_process_js__WEBPACK_IMPORTED_MODULE_1__/* .splitCommand */ .GW)(command) : ["bandit"], (0,_core_child_env_js__WEBPACK_IMPORTED_MODULE_2__/* .childEnvironment */ .Qc)(env));
}
/** The commands that scan with Bandit. */
const SCANNING = new Set(["check", "hook", "baseline", "fix"]);
/** The CLI's guess, from its arguments alone: a scanning command, and its `--bandit` if given. */
function prestartBanditForCli(argv, env) {
    const [command, ...rest] = argv;
    if (!command || !SCANNING.has(command))
        return;
    let flag;
    for (let i = 0; i < rest.length; i += 1) {
        const word = rest[i];
        if (word === "--")
            break;
        if (word === "--help" || word === "-h")
            return;
        if (word === "--bandit")
            flag = rest[i + 1];
        else if (word.startsWith("--bandit="))
            flag = word.slice("--bandit=".length);
    }
    prestartBandit(flag, env);
}


/***/ }),

/***/ 2559:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ findExecutableSync),
/* harmony export */   Pr: () => (/* binding */ installationDigest),
/* harmony export */   VL: () => (/* binding */ readInstalledBandit),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6760);




/**
 * Bandit's version read from its installation instead of by running `bandit --version` (a
 * Python start-up, on the critical path of every run). Only for the common, unambiguous case:
 * a `bandit` script whose shebang names the Python of a virtual environment that holds exactly
 * one `bandit-X.Y.Z.dist-info`. Anything else returns undefined and the caller asks Bandit.
 */
async function readInstalledBandit(argv, env = process.env) {
    if (argv.length !== 1 || !argv[0])
        return undefined;
    try {
        const script = await findExecutable(argv[0], env);
        if (!script)
            return undefined;
        const head = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(script)).subarray(0, 512).toString("utf8");
        const python = /^#!(\S+)/.exec(head)?.[1];
        if (!python || !python.startsWith("/"))
            return undefined;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(python, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
        const prefix = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(python));
        const cfg = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(prefix, "pyvenv.cfg"), "utf8");
        const pythonVersion = /^\s*version(?:_info)?\s*=\s*(\d+\.\d+)/m.exec(cfg)?.[1];
        if (!pythonVersion)
            return undefined;
        const versions = [];
        const sites = [];
        for (const lib of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(prefix, "lib"))) {
            if (!/^python\d+\.\d+$/.test(lib))
                continue;
            const site = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(prefix, "lib", lib, "site-packages");
            sites.push(site);
            for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(site).catch(() => [])) {
                const match = /^bandit-(\d+\.\d+\.\d+[^-]*)\.dist-info$/.exec(entry);
                if (match?.[1])
                    versions.push(match[1]);
            }
        }
        if (versions.length !== 1)
            return undefined;
        const version = versions[0];
        const installation = await installationDigest(sites);
        return { argv: [...argv], version, details: `bandit ${version}; python ${pythonVersion}`, installation };
    }
    catch {
        return undefined;
    }
}
/**
 * What the scan cache knows this Bandit installation by, beyond its `--version` banner: every
 * installed distribution (name and version, from the dist-info and egg-info directories), every
 * entry point registered in a `bandit*` group (plugins, blacklists, formatters: what Bandit
 * loads through stevedore), and Bandit's own RECORD (its installed files' hashes). Two installs
 * with the same banner but another plugin set, another dependency or a rebuilt Bandit differ.
 */
async function installationDigest(sites) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256");
    for (const site of [...sites].sort()) {
        const entries = [...(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(site).catch(() => []))].filter((e) => /\.(dist|egg)-info$/.test(e)).sort();
        for (const entry of entries) {
            hash.update(`dist ${entry}\n`);
            const points = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(site, entry, "entry_points.txt"), "utf8").catch(() => "");
            for (const section of banditSections(points))
                hash.update(`entry-points ${entry}\n${section}\n`);
            if (/^bandit-/.test(entry))
                hash.update(`record\n${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(site, entry, "RECORD"), "utf8").catch(() => "")}\n`);
        }
    }
    return hash.digest("hex").slice(0, 16);
}
/** The `[bandit...]` groups of an entry_points.txt, lines trimmed and sorted within each group. */
function banditSections(text) {
    const out = [];
    let current;
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            if (current)
                out.push(current.sort().join("\n"));
            current = header[1]?.trim().startsWith("bandit") ? [line] : undefined;
        }
        else if (current && line !== "" && !line.startsWith("#"))
            current.push(line);
    }
    if (current)
        out.push(current.sort().join("\n"));
    return out;
}
/** `program` as a spawn would find it: a path as given, a bare name through the environment's PATH; undefined if none is an executable file. */
function findExecutableSync(program, env) {
    const candidates = program.includes("/") ? [(0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(program)] : (env.PATH ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter).filter(Boolean).map((dir) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, program));
    for (const candidate of candidates) {
        try {
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(candidate).isFile())
                continue;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.accessSync)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK);
            return candidate;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
async function findExecutable(program, env) {
    return findExecutableSync(program, env);
}


/***/ }),

/***/ 9350:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ killProcessGroup),
/* harmony export */   $b: () => (/* binding */ untrackChild),
/* harmony export */   LN: () => (/* binding */ makeTemporaryDirectory),
/* harmony export */   ez: () => (/* binding */ endOnInterrupt),
/* harmony export */   rc: () => (/* binding */ removeTemporaryDirectory),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt),
/* harmony export */   yH: () => (/* binding */ trackChild)
/* harmony export */ });
/* unused harmony export releaseEverything */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);





/**
 * What this process started and created that must not outlive it: child processes (each the
 * leader of its own process group, so a shell and what it started go together) and temporary
 * directories (copies of source files, generated configurations). The entry points call
 * `endOnInterrupt()`, so that Ctrl-C or a cancelled job kills the children and removes the
 * copies; the working tree and the index are never written, so there is nothing to restore.
 */
const children = new Set();
const temporary = new Set();
function trackChild(pid) {
    children.add(pid);
}
function untrackChild(pid) {
    children.delete(pid);
}
/**
 * A new directory under the system temp dir, removed on an interrupt unless removed before. Its
 * name is chosen and tracked before it is made: an interrupt that lands while it is being made
 * still removes it (with `mkdtemp` the name is only known once it exists).
 */
async function makeTemporaryDirectory(prefix) {
    for (;;) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `${prefix}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(6).toString("base64url")}`);
        temporary.add(dir);
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { mode: 0o700 });
            return dir;
        }
        catch (error) {
            temporary.delete(dir);
            if (error.code !== "EEXIST")
                throw error;
        }
    }
}
async function removeTemporaryDirectory(dir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    temporary.delete(dir);
}
/** Something (a lock) to remove if the process is interrupted before it removes it itself. */
function removeOnInterrupt(path) {
    temporary.add(path);
    return () => temporary.delete(path);
}
/** SIGKILL a child's process group (children are started as group leaders), else the child alone; one already gone is fine. */
function killProcessGroup(pid) {
    try {
        process.kill(-pid, "SIGKILL");
    }
    catch {
        try {
            process.kill(pid, "SIGKILL");
        }
        catch {
            /* already gone */
        }
    }
}
/** Kill every child's process group and remove every temporary directory, synchronously. */
function releaseEverything() {
    for (const pid of children)
        killProcessGroup(pid);
    children.clear();
    for (const dir of temporary)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
    temporary.clear();
}
/** On SIGINT or SIGTERM: release everything, then exit as a shell reports the signal (130, 143). */
function endOnInterrupt() {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
        process.once(signal, () => {
            releaseEverything();
            process.exit(128 + node_os__WEBPACK_IMPORTED_MODULE_3__.constants.signals[signal]);
        });
    }
}


/***/ }),

/***/ 7288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ splitCommand),
/* harmony export */   HF: () => (/* binding */ lastMeaningfulLine),
/* harmony export */   bb: () => (/* binding */ runOutsideTree),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   v$: () => (/* binding */ CommandNotFoundError)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var _lifetime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9350);


/** The program could not be started at all (not installed, not executable). */
class CommandNotFoundError extends Error {
    command;
    reason;
    name = "CommandNotFoundError";
    constructor(command, reason) {
        super(`${command}: ${reason.message}`);
        this.command = command;
        this.reason = reason;
    }
}
/** Run a program without a shell and collect its output. Never throws for a non-zero exit. */
function runCommand(command, args, options = {}) {
    return new Promise((resolve, reject) => {
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
                cwd: options.cwd,
                env: options.env ?? process.env,
                stdio: ["pipe", "pipe", "pipe"],
                // Its own process group, so a time limit or an interrupt can end a shell and what it started.
                detached: true,
            });
        }
        catch (error) {
            // Some failures to start (a path through a file: ENOTDIR) are thrown, not emitted.
            reject(isNotFound(error) ? new CommandNotFoundError(command, error) : error);
            return;
        }
        const pid = child.pid;
        if (pid !== undefined)
            (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_1__/* .trackChild */ .yH)(pid);
        const out = [];
        const err = [];
        let timedOut = false;
        const timer = options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                if (child.pid)
                    (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_1__/* .killProcessGroup */ .$X)(child.pid);
                else
                    child.kill("SIGKILL");
            }, options.timeoutMs);
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        child.on("error", (error) => {
            if (isNotFound(error))
                reject(new CommandNotFoundError(command, error));
            else
                reject(error);
        });
        child.stdin.on("error", () => {
            /* the program may exit before reading its input; its exit code tells the story */
        });
        child.on("close", (code, signal) => {
            if (pid !== undefined)
                (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_1__/* .untrackChild */ .$b)(pid);
            if (timer)
                clearTimeout(timer);
            if (timedOut)
                err.push(Buffer.from(`\n${command}: killed after ${Math.round((options.timeoutMs ?? 0) / 1000)} s (time limit)\n`));
            const stdoutBuffer = Buffer.concat(out);
            resolve({
                code: timedOut ? 124 : (code ?? (signal ? 128 : 1)),
                ...(timedOut ? { timedOut } : {}),
                stdout: options.binary ? stdoutBuffer.toString("latin1") : stdoutBuffer.toString("utf8"),
                stdoutBuffer,
                stderr: Buffer.concat(err).toString("utf8"),
            });
        });
        child.stdin.end(options.input ?? "");
    });
}
/**
 * Run a program from a fresh, empty directory of its own. For Python tools (Bandit, pip, our
 * helpers): Python puts the working directory on the import path (`-m`, an empty PYTHONPATH
 * entry), so started from inside a judged tree it would import that tree's modules.
 */
async function runOutsideTree(command, args, options = {}) {
    const dir = await (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_1__/* .makeTemporaryDirectory */ .LN)("bandit-gate-cwd-");
    try {
        return await runCommand(command, args, { ...options, cwd: dir });
    }
    finally {
        await (0,_lifetime_js__WEBPACK_IMPORTED_MODULE_1__/* .removeTemporaryDirectory */ .rc)(dir);
    }
}
function isNotFound(error) {
    return error.code === "ENOENT" || error.code === "EACCES" || error.code === "ENOTDIR";
}
/** The last meaningful line a failed tool printed: what a user needs in one line. */
function lastMeaningfulLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== "" && !/^(Traceback|File ")/.test(l));
    return lines[lines.length - 1] ?? "";
}
/** Split a command given as one string (`python3 -m bandit`), honouring simple quotes. */
function splitCommand(text) {
    const words = [];
    const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
    let match;
    while ((match = pattern.exec(text)) !== null)
        words.push(match[1] ?? match[2] ?? match[3] ?? "");
    return words;
}


/***/ }),

/***/ 9713:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _adapters_lifetime_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9350);
/* harmony import */ var _adapters_bandit_early_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8803);


(0,_adapters_lifetime_js__WEBPACK_IMPORTED_MODULE_0__/* .endOnInterrupt */ .ez)();
// Bandit's Python starts importing while Node loads the rest of the program (main.js, a chunk).
(0,_adapters_bandit_early_js__WEBPACK_IMPORTED_MODULE_1__/* .prestartBanditForCli */ .b)(process.argv.slice(2), process.env);
const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(907), __nccwpck_require__.e(18)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8018));
const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ checkPassedNames),
/* harmony export */   QU: () => (/* binding */ maskSecrets),
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   Ur: () => (/* binding */ isAllowListedName)
/* harmony export */ });
/* unused harmony export isDeniedName */
/**
 * The environment a child process gets: Bandit, the Python helpers and, above all, the user's
 * test command, which runs the branch's own tests with model-written code spliced in. In the
 * Action the parent's environment holds the write token and the API key (`INPUT_*`,
 * `GITHUB_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, the OIDC request variables), so children get an
 * allow-list, never a copy.
 */
/** Names passed through as they are. */
const ALLOWED_NAMES = new Set([
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "SHELL",
    "TMPDIR",
    "TEMP",
    "TMP",
    "TZ",
    "TERM",
    "LANG",
    "LANGUAGE",
    "CI",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "CONDA_DEFAULT_ENV",
    "PYENV_ROOT",
    "PYENV_VERSION",
    "SYSTEMROOT",
]);
/** Prefixes passed through: locale and Python's own settings. */
const ALLOWED_PREFIXES = ["LC_", "PYTHON"];
/**
 * Never passed, even when the user lists them: the runner's inputs (the token and the API key
 * arrive as `INPUT_GITHUB-TOKEN` and `INPUT_ANTHROPIC-API-KEY`), the runner's own credentials,
 * and the two well-known credential variables.
 */
const DENIED_PREFIXES = ["INPUT_", "ACTIONS_"];
const DENIED_NAMES = new Set(["GITHUB_TOKEN", "GH_TOKEN", "ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"]);
/** Passed to every child by name (PATH, HOME, locale, Python's settings...): nothing secret by design. */
function isAllowListedName(name) {
    const upper = name.toUpperCase();
    return !isDeniedName(name) && (ALLOWED_NAMES.has(upper) || ALLOWED_PREFIXES.some((p) => upper.startsWith(p)));
}
function isDeniedName(name) {
    const upper = name.toUpperCase();
    return DENIED_NAMES.has(upper) || DENIED_PREFIXES.some((p) => upper.startsWith(p));
}
/** Problems with the names a user asked to pass (`test-env`): one message per refused name. */
function checkPassedNames(names, option = "test-env") {
    const problems = [];
    for (const name of names) {
        if (isDeniedName(name))
            problems.push(`${option}: ${name} is never passed to child processes (it holds, or may hold, the Action's credentials)`);
        else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
            problems.push(`${option}: "${name}" is not an environment variable name`);
    }
    return problems;
}
/** Shorter values ("true", "1", an empty input) are not credentials; masking them would garble text. */
const MIN_SECRET_LENGTH = 8;
/** The allow-listed copy of `parent` for a child process. */
function childEnvironment(parent, options = {}) {
    const extra = new Set((options.pass ?? []).filter((n) => !isDeniedName(n)));
    const secrets = (options.secrets ?? []).filter((s) => s.trim().length >= MIN_SECRET_LENGTH);
    const out = {};
    for (const [name, value] of Object.entries(parent)) {
        if (value === undefined || isDeniedName(name))
            continue;
        const upper = name.toUpperCase();
        const allowed = ALLOWED_NAMES.has(upper) || ALLOWED_PREFIXES.some((p) => upper.startsWith(p)) || extra.has(name);
        if (!allowed)
            continue;
        if (secrets.some((s) => value.includes(s)))
            continue;
        out[name] = value;
    }
    return out;
}
/** Every occurrence of a known secret value replaced by `***` (logs, records, test output). */
function maskSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.trim().length < MIN_SECRET_LENGTH)
            continue;
        out = out.split(secret).join("***");
    }
    return out;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9713);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
