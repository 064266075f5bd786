import { describe, test } from "@jest/globals";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), "utf8");

/** The paths a `Layout` code block names: two spaces of indent per level, folders end in `/`. */
function treePaths(markdown: string): string[] {
  const section = markdown.split(/^## Layout$/m)[1];
  assert.ok(section, "docs/development.md has a '## Layout' section");
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, "the Layout section has a code block");
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of block.split("\n")) {
    const match = /^( *)(\S+)/.exec(line);
    if (!match) continue;
    const depth = (match[1] as string).length / 2;
    assert.ok(Number.isInteger(depth) && depth <= stack.length, `indentation of "${line}"`);
    stack.length = depth;
    const name = match[2] as string;
    paths.push(stack.join("") + name);
    if (name.endsWith("/")) stack.push(name);
  }
  return paths;
}

function foldersUnder(dir: string): string[] {
  return [...readdirSync(new URL(dir, root), { withFileTypes: true })]
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => [`${dir}${entry.name}/`, ...foldersUnder(`${dir}${entry.name}/`)]);
}

describe("the source tree in docs/development.md", () => {
  const paths = treePaths(read("docs/development.md"));

  test("names every folder of src/", () => {
    const named = new Set(paths);
    const missing = foldersUnder("src/").filter((folder) => !named.has(folder));
    assert.deepEqual(missing, [], "folders of src/ that docs/development.md's Layout does not show");
  });

  test("names nothing that is not there (a renamed or deleted file or folder makes it fail)", () => {
    assert.ok(paths.length > 20, "the tree was parsed");
    const stale = paths.filter((path) => !existsSync(new URL(path, root)));
    assert.deepEqual(stale, [], "paths in docs/development.md's Layout that do not exist");
  });
});

describe("the README", () => {
  const readme = read("README.md");

  test("keeps the quick start's two commands", () => {
    assert.match(readme, /^npm run demo +#/m);
    assert.match(readme, /^npm test +#/m);
  });

  test("links only to docs that exist", () => {
    const links = [...readme.matchAll(/\]\(((?:docs|examples)\/[^)#]+)/g)].map((m) => m[1] as string);
    assert.ok(links.length >= 5, "the README links to the docs");
    const broken = links.filter((link) => !existsSync(new URL(link, root)));
    assert.deepEqual(broken, []);
  });
});
