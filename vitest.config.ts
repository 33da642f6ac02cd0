import { defineConfig } from "vitest/config";

const ignored = ["**/node_modules/**", "**/build/**", "**/.data/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/src/**/*.test.ts", "api/src/**/*.test.ts", "web/app/**/*.test.ts"],
          exclude: [...ignored, "**/*.integration.test.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: ignored,
          globalSetup: ["tests/setup/test-databases.ts"],
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Starts private PostgreSQL and Redis servers and API processes: one file at a time.
        test: {
          name: "reliability",
          include: ["tests/reliability/**/*.test.ts"],
          exclude: ignored,
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: ignored,
          globalSetup: ["tests/setup/portal-stack.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
