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
export const BANDIT_DRIVER_SCRIPT = String.raw`
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
