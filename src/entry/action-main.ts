import { run } from "./action.js";

process.exitCode = await run();
