#!/usr/bin/env node
// Writes the README's inputs and outputs tables from action.yml, between marker comments, so the
// tables cannot drift from what the Action declares. `--check` writes nothing and exits 1 when the
// README differs from what would be written (CI runs it), naming the command that fixes it.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const root = fileURLToPath(new URL("../", import.meta.url));
const readmePath = `${root}README.md`;

/** A table cell: one line, pipes and angle brackets escaped, so a description cannot break the table. */
const cell = (text) => String(text ?? "").replace(/\s+/g, " ").trim().replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const code = (text) => (text === "" ? "" : `\`${cell(text)}\``);

export function tables(actionYaml) {
  const action = parse(actionYaml);
  const inputs = [
    "| input | default | meaning |",
    "| --- | --- | --- |",
    ...Object.entries(action.inputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${code(spec.default ?? "")} | ${cell(spec.description)} |`),
  ];
  const outputs = [
    "| output | meaning |",
    "| --- | --- |",
    ...Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
  ];
  return { inputs: inputs.join("\n"), outputs: outputs.join("\n") };
}

export function render(readme, generated) {
  let out = readme;
  for (const [name, table] of Object.entries(generated)) {
    const start = `<!-- action-${name}: generated from action.yml by scripts/docs-tables.mjs; do not edit -->`;
    const end = `<!-- end action-${name} -->`;
    const from = out.indexOf(start);
    const to = out.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md has no "${start}" ... "${end}" markers`);
    out = `${out.slice(0, from + start.length)}\n${table}\n${out.slice(to)}`;
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  const readme = readFileSync(readmePath, "utf8");
  let wanted;
  try {
    wanted = render(readme, tables(readFileSync(`${root}action.yml`, "utf8")));
  } catch (error) {
    console.error(`docs-tables: ${error.message}`);
    process.exit(1);
  }
  if (wanted === readme) {
    if (!check) console.log("docs-tables: README.md already matches action.yml");
  } else if (check) {
    console.error("docs-tables: README.md's inputs/outputs tables differ from action.yml: run `node scripts/docs-tables.mjs` and commit README.md");
    process.exit(1);
  } else {
    writeFileSync(readmePath, wanted);
    console.log("docs-tables: README.md's inputs/outputs tables rewritten from action.yml");
  }
}
