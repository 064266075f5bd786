import { run } from "./main.js";
import { endOnInterrupt } from "../adapters/lifetime.js";

endOnInterrupt();

process.exitCode = await run();
