import { endOnInterrupt } from "../adapters/lifetime.js";
import { prestartBandit } from "../adapters/bandit/early.js";

endOnInterrupt();
// Bandit's Python, when the runner has one, imports Bandit while Node loads the rest of the
// Action (main.js, a chunk of several megabytes). The `bandit` input, as @actions/core reads it.
prestartBandit(process.env.INPUT_BANDIT?.trim() || undefined, process.env);
const { run } = await import("./main.js");

process.exitCode = await run();
