import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { NO_TIMER, PhaseRecorder, renderTimingsMarkdown, renderTimingsText } from "../../src/core/timings.js";

/** A clock the test moves by hand: times are exact, not whatever the machine's load makes them. */
function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe("PhaseRecorder", () => {
  test("times each phase with the clock it is given, sums repeats, and lists phases in run order", async () => {
    const clock = manualClock();
    const timer = new PhaseRecorder(clock.now);
    await timer.time("compare", async () => clock.advance(5));
    await timer.time("git: merge-base", async () => clock.advance(120));
    await timer.time("fix rounds", async () => clock.advance(1000));
    await timer.time("fix rounds", async () => clock.advance(500));
    timer.count("scan cache hits", 3);
    timer.count("scan cache hits", 2);
    assert.deepEqual(timer.timings(), [
      { phase: "git: merge-base", ms: 120, runs: 1 },
      { phase: "compare", ms: 5, runs: 1 },
      { phase: "fix rounds", ms: 1500, runs: 2 },
    ]);
    assert.deepEqual(timer.counts(), [["scan cache hits", 5]]);
  });

  test("a phase that throws is still timed, and the error goes on unchanged", async () => {
    const clock = manualClock();
    const timer = new PhaseRecorder(clock.now);
    const failure = new Error("git fetch failed");
    await assert.rejects(
      timer.time("git: deepening", async () => {
        clock.advance(40);
        throw failure;
      }),
      (error) => error === failure,
    );
    assert.deepEqual(timer.timings(), [{ phase: "git: deepening", ms: 40, runs: 1 }]);
  });

  test("the no-op timer runs the work and returns its value", async () => {
    assert.equal(await NO_TIMER.time("compare", async () => 42), 42);
  });
});

describe("rendering the timings", () => {
  const timings = [
    { phase: "provision" as const, ms: 8450, runs: 1 },
    { phase: "scan: head" as const, ms: 612.4, runs: 1 },
    { phase: "fix rounds" as const, ms: 2000, runs: 3 },
  ];

  test("the job summary gets a collapsed table with the total, repeats and counters", () => {
    const markdown = renderTimingsMarkdown(timings, [["scan cache hits", 4]], 9300);
    assert.match(markdown, /^<details><summary>Time by phase \(total 9\.30 s\)<\/summary>/);
    assert.match(markdown, /\| provision \| 8\.45 s \| \|/);
    assert.match(markdown, /\| scan: head \| 612 ms \| \|/);
    assert.match(markdown, /\| fix rounds \| 2\.00 s \| 3 runs \|/);
    assert.match(markdown, /scan cache hits: 4\./);
    assert.match(markdown, /run at once/, "says that the scans overlap, so nobody adds them up");
  });

  test("nothing recorded renders nothing (no empty table in the summary)", () => {
    assert.equal(renderTimingsMarkdown([], [], 12), "");
  });

  test("the CLI's text aligns phases and ends with a newline", () => {
    const text = renderTimingsText(timings, [["scan cache hits", 4]], 9300);
    const lines = text.trimEnd().split("\n");
    assert.match(lines[0] ?? "", /^time by phase \(total 9\.30 s;/);
    assert.deepEqual(lines.slice(1, 4).map((l) => l.indexOf(" s") > 0 || l.includes(" ms")), [true, true, true]);
    assert.equal(new Set(lines.slice(1, 4).map((l) => l.search(/\d/))).size <= 3, true);
    assert.match(text, /fix rounds .*\(3 runs\)/);
    assert.match(text, /scan cache hits: 4\n$/);
  });
});
