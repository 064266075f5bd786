/**
 * The Python side of a Bandit driver (driver.ts): started once per core at the beginning of a
 * gate run, with Bandit's own interpreter and `-c`, from an empty directory of its own. It
 * imports Bandit and loads its plugins (about 150 ms: most of a Bandit start-up) while the gate
 * does its git work, says so on fd 3, then runs Bandit's own command-line `main()` once per line
 * it reads on stdin (`{"argv": [...]}`), exactly as the `bandit` script would with those
 * arguments, and answers each on fd 3 with the exit code and what Bandit printed. fd 3, not
 * stdout: whatever a plugin prints cannot be taken for an answer.
 *
 * Between runs it forgets the source lines Bandit read (`linecache`): the same path may hold
 * other bytes in the next run (a fix candidate). Bandit's logger is rebuilt by `main()` itself.
 */
export const BANDIT_DRIVER_SCRIPT = String.raw`
import io, json, linecache, os, sys, traceback

# The working directory is an empty one of ours; never import from wherever Python was started.
sys.path[:] = [p for p in sys.path if p not in ("", ".")]

class Captured(io.StringIO):
    # Bandit closes the stream it wrote its report to; what was written must survive that.
    def close(self):
        pass

def main():
    reply = os.fdopen(3, "w", encoding="utf-8")
    def answer(value):
        reply.write(json.dumps(value) + "\n")
        reply.flush()
    try:
        from bandit.cli import main as cli
        from bandit.core import extension_loader  # noqa: F401  plugins, formatters and blacklists load here, once
    except BaseException as error:
        answer({"ready": False, "error": "%s: %s" % (type(error).__name__, error)})
        return 1
    answer({"ready": True})
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        out, err = Captured(), Captured()
        saved = (sys.stdout, sys.stderr, sys.argv)
        sys.stdout, sys.stderr, sys.argv = out, err, ["bandit"] + list(job["argv"])
        linecache.clearcache()
        code = 0
        try:
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
            sys.stdout, sys.stderr, sys.argv = saved
        answer({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
    return 0

sys.exit(main())
`;
