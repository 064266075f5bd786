import { CodemodGenerator, CodemodThenModelGenerator, type PythonLocator } from "../adapters/generators/codemod.js";
import type { Generator } from "../adapters/generators/generator.js";
import type { Logger } from "../core/logger.js";
import type { FixSettings, GeneratorSetting } from "./fix-settings.js";

export interface GeneratorWiring {
  /** Whether a model API key is at hand: `auto` without one runs the codemods alone. */
  hasApiKey: boolean;
  /** Builds the model generator (only called when it will be used). */
  model: (() => Generator) | undefined;
  logger: Logger;
  /** The Python that runs Bandit (where libcst is provisioned). */
  locatePython: PythonLocator;
}

/** The codemod, model or auto generator, the same for the CLI and the Action. */
export function makeCodemodAwareGenerator(
  setting: Exclude<GeneratorSetting, { kind: "replay" }>,
  settings: Pick<FixSettings, "codemods" | "loop">,
  wiring: GeneratorWiring,
): Generator {
  const codemods = () =>
    new CodemodGenerator(wiring.locatePython, {
      disabled: new Set(settings.codemods.disabled),
      httpTimeoutSeconds: settings.codemods.httpTimeoutSeconds,
      testsAvailable: settings.loop.testCommand !== undefined,
    });
  if (setting.kind === "anthropic") return (wiring.model as () => Generator)();
  if (setting.kind === "codemod") return codemods();
  if (!wiring.hasApiKey || !wiring.model) {
    wiring.logger.info("no Anthropic API key: fixing with the codemods alone (set ANTHROPIC_API_KEY to let the model try what they leave)");
    return new CodemodThenModelGenerator(codemods(), undefined, wiring.logger);
  }
  return new CodemodThenModelGenerator(codemods(), wiring.model(), wiring.logger);
}
