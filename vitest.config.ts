import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify("test"), __APP_BUILD__: JSON.stringify("test") },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: ["src/**/*.test.ts"],
          // node starts in a fraction of jsdom's time; a test that needs a DOM besides the component tests
          // (DOMPurify, localStorage, the address bar, window's events) says so in its first line:
          // "// @vitest-environment jsdom". Without it, it fails at once with "window is not defined".
          environment: "node",
          setupFiles: ["src/testing/setup.ts"],
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: "app-dom",
          include: ["src/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["src/testing/setup.ts"],
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: "sandbox",
          include: ["server/**/*.test.ts", "deploy/**/*.test.ts"],
          environment: "node",
          // One seeded database per run, restored by every test sandbox (server/testing/seed-snapshot.ts).
          globalSetup: ["server/testing/global-setup.ts"],
          testTimeout: 20000,
          // A sandbox start in beforeAll is a PGlite restore, seconds of CPU that block the worker's event loop:
          // at a load of 30 on the 2 cores one took over 60 s. A stalled start still ends.
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
