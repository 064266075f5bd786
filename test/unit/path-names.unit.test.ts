import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { quoteGitPath, unreadablePathReason } from "../../src/core/gate/paths.js";

describe("naming a path git cannot hand over", () => {
  test("quoted as git quotes it, with the reason", () => {
    const latin1 = Uint8Array.from([...Buffer.from("caf"), 0xe9, ...Buffer.from(".py")]);
    assert.equal(quoteGitPath(latin1), '"caf\\351.py"');
    assert.equal(unreadablePathReason(latin1), "its name is not valid UTF-8");
    assert.equal(quoteGitPath(Buffer.from("a\nb.py")), '"a\\nb.py"');
    assert.equal(unreadablePathReason(Buffer.from("a\nb.py")), "its name contains a newline");
    // A terminal escape in a name is shown escaped, never sent to the terminal.
    assert.equal(quoteGitPath(Buffer.from("x\u001b[2Jy.py")), '"x\\033[2Jy.py"');
    assert.equal(quoteGitPath(Buffer.from("app/ok.py")), "app/ok.py");
    assert.equal(quoteGitPath(Buffer.from('q"u\\o.py')), '"q\\"u\\\\o.py"');
    assert.equal(unreadablePathReason(Buffer.from("q\\o.py")), "its name contains a backslash");
    assert.equal(unreadablePathReason(Buffer.from("café.py")), undefined);
  });
});
