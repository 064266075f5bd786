import type { Git } from "../adapters/git.js";
import type { ConfigSide, LoadedConfig } from "../adapters/bandit/config.js";
import { decideTestAsserts, whatConfigSaysAboutTests, type TestAssertDecision } from "../core/gate/test-asserts.js";

/**
 * Whether B101 in test files is judged, for the configuration the gate scans with and the tree it
 * came from. The tree is listed (for per-directory `.bandit` files) only when nothing else decided.
 */
export async function testAssertDecision(git: Git, config: LoadedConfig, side: ConfigSide, judgeTestAsserts: boolean): Promise<TestAssertDecision> {
  const text = { kind: config.config.kind, text: config.text, source: config.source };
  if (judgeTestAsserts || whatConfigSaysAboutTests(text)) return decideTestAsserts(text, { perDirectoryBandit: [] }, judgeTestAsserts);
  const files = side.kind === "commit" ? await git.listFiles(side.commit) : await git.listFiles();
  const perDirectoryBandit = files.filter((p) => p.endsWith("/.bandit"));
  return decideTestAsserts(text, { perDirectoryBandit }, judgeTestAsserts);
}
