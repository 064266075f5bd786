// jest runs every test: two projects, `unit` (the pure core, no mocks) and `int` (real Bandit, real
// git in temp directories, local HTTP servers). TypeScript is compiled by ts-jest as ES modules,
// so Node must run with --experimental-vm-modules: `npm test` does that (see package.json).
const typescript = {
  transform: {
    "^.+\\.ts$": ["ts-jest", { useESM: true, tsconfig: "tsconfig.json", diagnostics: false }],
  },
  extensionsToTreatAsEsm: [".ts"],
  // Sources import each other as `./x.js` (Node's ESM rule); jest finds the `.ts` file.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  testEnvironment: "node",
};

/** @type {import('jest').Config} */
export default {
  globalSetup: "<rootDir>/test/helpers/global-setup.mjs",
  globalTeardown: "<rootDir>/test/helpers/global-teardown.mjs",
  maxWorkers: 2,
  coverageProvider: "v8",
  collectCoverageFrom: ["src/**/*.ts"],
  coverageReporters: ["text-summary", "lcov"],
  projects: [
    { ...typescript, displayName: "unit", testMatch: ["<rootDir>/test/unit/**/*.unit.test.ts"] },
    {
      ...typescript,
      displayName: "int",
      testMatch: ["<rootDir>/test/int/**/*.int.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/helpers/int-timeout.ts"],
    },
  ],
};
