import { ConfigurationError } from "../../core/errors.js";
import type { Logger } from "../../core/logger.js";
import { planCodemods, type CodemodId } from "../../core/fix/codemods/catalog.js";
import { codemodModelName } from "../../core/fix/codemods/attribution.js";
import { paramstyleFor } from "../../core/fix/codemods/paramstyle.js";
import { NAME_PART_PATTERN, TOKEN_WORDS } from "../../core/fix/codemods/token-names.js";
import { codemodReply, refusalSummary, type CodemodOutcome } from "../../core/fix/codemods/reply.js";
import { lastMeaningfulLine, runCommand, CommandNotFoundError } from "../process.js";
import { PYTHON_CODEMOD_SCRIPT } from "../python/codemod-script.js";
import { PYTHON_PRUNE_IMPORTS_SCRIPT } from "../python/prune-imports-script.js";
import { LIBCST_VERSION } from "../python/libcst.js";
import { NoCandidate, type Generation, type GenerationRequest, type Generator } from "./generator.js";


export interface CodemodSettings {
  /** Codemods not to apply. */
  disabled: ReadonlySet<CodemodId>;
  /** The timeout requests-timeout adds, in seconds. */
  httpTimeoutSeconds: number;
  /** Whether a test command judges each candidate: codemods that change values only run then. */
  testsAvailable: boolean;
}

/** Finds the Python that runs the codemods (the one that runs Bandit) only when first needed. */
export type PythonLocator = () => Promise<string>;

/**
 * Deterministic rewrites with libcst: no model, no network, no key. Its reply has the shape of a
 * model's, so every codemod output meets exactly the same gates (validator, Bandit, tests).
 * One rewrite per function: asked again for the same function, it has nothing new to give.
 */
export class CodemodGenerator implements Generator {
  readonly kind = "codemod";
  readonly supportsTemperature = false;
  private readonly tried = new Set<string>();
  private python?: Promise<{ python: string } | { missing: string }>;

  constructor(
    private readonly locate: PythonLocator,
    private readonly settings: CodemodSettings,
  ) {}

  /** Whether libcst can be imported; the reason (with the pip command) when not. */
  async availability(): Promise<{ python: string } | { missing: string }> {
    this.python ??= this.probe();
    return this.python;
  }

  async countInputTokens(): Promise<number> {
    return 0;
  }

  async generate(request: GenerationRequest): Promise<Generation> {
    const task = request.task;
    if (!task) throw new NoCandidate("the codemod generator needs the function, not only a prompt");
    const key = `${task.path}\0${task.qualname}\0${task.source}`;
    if (this.tried.has(key)) throw new NoCandidate("the codemods were tried in an earlier round; they give the same rewrite every time");
    this.tried.add(key);
    const available = await this.availability();
    if ("missing" in available) throw new ConfigurationError(available.missing);

    const plan = planCodemods(task.findings, this.settings.disabled);
    if (plan.targets.length === 0) throw new NoCandidate(refusalSummary(plan.refused));
    const style = paramstyleFor(task.imports);
    const outcome = await this.run(available.python, {
      source: task.source,
      targets: plan.targets,
      imports: task.imports,
      paramstyle: "paramstyle" in style ? style.paramstyle : style.refused,
      timeout: this.settings.httpTimeoutSeconds,
      testsAvailable: this.settings.testsAvailable,
      tokenWords: TOKEN_WORDS,
      namePartPattern: NAME_PART_PATTERN,
    });
    if (outcome.error) throw new NoCandidate(outcome.error);
    const refused = [...plan.refused, ...outcome.refused];
    if (outcome.applied.length === 0 || outcome.source === null) throw new NoCandidate(refusalSummary(refused));
    return {
      text: codemodReply({ ...outcome, refused }),
      usage: { inputTokens: 0, outputTokens: 0 },
      model: codemodModelName(outcome.applied.map((a) => a.codemod)),
      stopReason: "end_turn",
    };
  }

  /** The imports the codemods made unused, removed from the combined file (see Generator.pruneImports). */
  async pruneImports(before: string, after: string, functions: readonly string[]): Promise<{ text: string; removed: string[] }> {
    const available = await this.availability();
    if ("missing" in available || functions.length === 0) return { text: after, removed: [] };
    return this.script<{ text: string; removed: string[] }>(available.python, PYTHON_PRUNE_IMPORTS_SCRIPT, { before, after, functions });
  }

  private async probe(): Promise<{ python: string } | { missing: string }> {
    const python = await this.locate();
    try {
      const result = await runCommand(python, ["-I", "-c", "import libcst"]);
      if (result.code === 0) return { python };
    } catch (error) {
      if (!(error instanceof CommandNotFoundError)) throw error;
    }
    return {
      missing:
        `the codemods need libcst in the Python that runs Bandit (${python}), and it is not installed there; ` +
        `install it with \`${python} -m pip install libcst==${LIBCST_VERSION}\`, or use --generator model`,
    };
  }

  private async run(python: string, request: object): Promise<CodemodOutcome> {
    return this.script<CodemodOutcome>(python, PYTHON_CODEMOD_SCRIPT, request);
  }

  private async script<T>(python: string, script: string, request: object): Promise<T> {
    const result = await runCommand(python, ["-I", "-c", script], {
      input: JSON.stringify(request),
      env: { ...process.env, PYTHONIOENCODING: "utf-8" },
    });
    if (result.code === 5) throw new ConfigurationError(`${lastMeaningfulLine(result.stderr)}; install it with \`${python} -m pip install libcst==${LIBCST_VERSION}\``);
    if (result.code !== 0) throw new Error(`the codemod script (${python}) exited ${result.code}: ${lastMeaningfulLine(result.stderr) || "no message"}`);
    return JSON.parse(result.stdout) as T;
  }
}

/**
 * Codemods first, the model only for what they did not fix: a function's first round goes to
 * the codemods; when none applies (or on later rounds) the model is asked. Without libcst the
 * model does everything, with a note.
 */
export class CodemodThenModelGenerator implements Generator {
  readonly kind = "auto";
  private codemodsUsable?: boolean;

  private missing?: string;

  /** Without `fallback` (no API key) this is the codemods alone, declining what they cannot fix. */
  constructor(
    private readonly codemods: CodemodGenerator,
    private readonly fallback: Generator | undefined,
    private readonly logger: Logger,
  ) {}

  get supportsTemperature(): boolean {
    return this.fallback?.supportsTemperature ?? false;
  }

  get model(): string | undefined {
    return this.fallback?.model;
  }

  async countInputTokens(prompt: string): Promise<number> {
    // Counted for the model: a codemod round then costs nothing, and the budget stays an upper bound.
    return this.fallback ? this.fallback.countInputTokens(prompt) : 0;
  }

  async generate(request: GenerationRequest): Promise<Generation> {
    if (await this.usable()) {
      try {
        return await this.codemods.generate(request);
      } catch (error) {
        if (!(error instanceof NoCandidate) || !this.fallback) throw error;
        this.logger.info(`  ${error.message}; asking the model`);
      }
    }
    if (!this.fallback) throw new NoCandidate(`${this.missing ?? "the codemods cannot run"}; and no Anthropic API key is set for the model`);
    return this.fallback.generate(request);
  }

  async pruneImports(before: string, after: string, functions: readonly string[]): Promise<{ text: string; removed: string[] }> {
    if (!(await this.usable())) return { text: after, removed: [] };
    return this.codemods.pruneImports(before, after, functions);
  }

  private async usable(): Promise<boolean> {
    if (this.codemodsUsable === undefined) {
      const available = await this.codemods.availability();
      this.codemodsUsable = !("missing" in available);
      if ("missing" in available) {
        this.missing = available.missing;
        this.logger.warning(`${available.missing}; ${this.fallback ? "the model does every fix" : "nothing can be fixed without an API key"}`);
      }
    }
    return this.codemodsUsable;
  }
}
