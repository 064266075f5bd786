import { rmSync } from "node:fs";

export default function globalTeardown() {
  const own = process.env.BANDIT_GATE_TEST_OWN_CACHE;
  if (own) rmSync(own, { recursive: true, force: true });
}
