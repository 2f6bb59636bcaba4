import nextJest from "next/jest.js";

// next/jest compiles TypeScript and JSX with Next's own SWC, loads .env files
// and mocks CSS modules, so tests see the code the way `next build` does.
const createJestConfig = nextJest({ dir: "./" });

/** @type {import("jest").Config} */
const config = {
  testEnvironment: "jsdom",
  setupFilesAfterEnv: ["<rootDir>/jest.setup.ts"],
  moduleNameMapper: { "^@/(.*)$": "<rootDir>/src/$1" },
  // The build output holds a copy of package.json that would confuse jest.
  modulePathIgnorePatterns: ["<rootDir>/.next/"],
  collectCoverageFrom: [
    "src/**/*.{ts,tsx}",
    "!src/**/*.test.{ts,tsx}",
    "!src/lib/api-types.ts",
  ],
  coverageReporters: ["text-summary", "text"],
  coverageThreshold: { global: { lines: 80 } },
};

export default createJestConfig(config);
