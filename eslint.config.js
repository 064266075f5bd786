import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "test/fixtures/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [] }],
    },
  },
  {
    // The core is pure: plain data in, plain data out.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:fs", "fs", "node:fs/*", "fs/*", "node:child_process", "child_process", "@actions/*", "node:process", "process"], message: "src/core is pure: do I/O in an adapter." },
            { group: ["**/adapters/**", "**/app/**", "**/action/**", "**/cli/**"], message: "src/core must not depend on outer layers." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "src/core is pure: take settings as arguments." }],
    },
  },
);
