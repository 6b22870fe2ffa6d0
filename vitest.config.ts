import { configDefaults, defineConfig } from "vitest/config";

/**
 * App tests that need a DOM besides the component tests (*.test.tsx): DOMPurify, the address bar,
 * localStorage, focus, and the session module, which listens on window. Everything else in src/ runs in
 * node, which starts in a fraction of jsdom's time; a new test that needs a DOM fails there at once
 * ("document is not defined") and belongs in this list.
 */
const domTests = [
  "src/auth/callback-params.test.ts",
  "src/auth/handoff.test.ts",
  "src/auth/refresh.test.ts",
  "src/config/runtime-config.test.ts",
  "src/tickets/focus-when-shown.test.ts",
  "src/tickets/detail/sanitize-html.test.ts",
  "src/tickets/detail/sanitize-html.corpus.test.ts",
];

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify("test"), __APP_BUILD__: JSON.stringify("test") },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          include: ["src/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...domTests],
          environment: "node",
          setupFiles: ["src/testing/setup.ts"],
          testTimeout: 20000,
        },
      },
      {
        extends: true,
        test: {
          name: "app-dom",
          include: ["src/**/*.test.tsx", ...domTests],
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
