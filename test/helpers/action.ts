import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { BANDIT, GIT_ENV } from "./repo.js";

export const ACTION_ENTRY = resolve("dist/action/index.js");

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Contents of the files that outputs point at, read before the runner's temp dir goes. */
  files: Record<string, string>;
}

/**
 * Run the built Action like a runner does: event payload file, INPUT_* variables, command files.
 * Asynchronous, so that HTTP servers of the same test process can answer it.
 */
export async function runAction(workspace: string, eventName: string, payload: object, inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), "bandit-gate-runner-"));
  try {
    const eventPath = join(runner, "event.json");
    const outputPath = join(runner, "output");
    const summaryPath = join(runner, "summary.md");
    writeFileSync(eventPath, JSON.stringify(payload));
    writeFileSync(outputPath, "");
    writeFileSync(summaryPath, "");
    // The runner passes every input declared in action.yml, with its default when not given.
    const declared = (parse(readFileSync(resolve("action.yml"), "utf8")) as { inputs: Record<string, { default?: string }> }).inputs;
    const inputEnv: Record<string, string> = {};
    for (const [name, spec] of Object.entries(declared)) inputEnv[`INPUT_${name.toUpperCase()}`] = String(spec.default ?? "");
    for (const [name, value] of Object.entries(inputs)) {
      if (!(name in declared)) throw new Error(`input ${name} is not declared in action.yml`);
      inputEnv[`INPUT_${name.toUpperCase()}`] = value;
    }
    const result = await run(process.execPath, [ACTION_ENTRY], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...GIT_ENV,
        BANDIT_GATE_BANDIT: BANDIT,
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputPath,
        GITHUB_STEP_SUMMARY: summaryPath,
        RUNNER_TEMP: join(runner, "temp"),
        ...(eventName === "push" ? { GITHUB_REF: (payload as { ref?: string }).ref ?? "" } : {}),
        ...inputEnv,
        ...env,
      },
    });
    const outputs = parseOutputs(readFileSync(outputPath, "utf8"));
    const files: Record<string, string> = {};
    for (const [name, value] of Object.entries(outputs)) {
      if (value.startsWith("/") && existsSync(value)) files[name] = readFileSync(value, "utf8");
    }
    return {
      code: result.status ?? -1,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs,
      summary: readFileSync(summaryPath, "utf8"),
      files,
    };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString("utf8")));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString("utf8")));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i] ?? "");
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] as string);
    outputs[name] = value.join("\n");
  }
  return outputs;
}
