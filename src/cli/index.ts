#!/usr/bin/env node
import { endOnInterrupt } from "../adapters/lifetime.js";
import { prestartBanditForCli } from "../adapters/bandit/early.js";

endOnInterrupt();
// Bandit's Python starts importing while Node loads the rest of the program (main.js, a chunk).
prestartBanditForCli(process.argv.slice(2), process.env);
const { main } = await import("./main.js");

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;
