#!/usr/bin/env node
import { main } from "./main.js";
import { endOnInterrupt } from "../adapters/lifetime.js";

endOnInterrupt();

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: process.stdout.isTTY === true,
});
process.exitCode = code;
