import { jest } from "@jest/globals";

// Integration tests start Bandit, git and pre-commit: minutes, not jest's default 5 seconds.
jest.setTimeout(600_000);
