import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/browser";

const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  // On the shared 2-core machine at a load of 20-30 journeys that pass alone ran out of 45 s in a plain
  // fetch or an axe scan (accessibility, conflict): the budget is for a loaded machine, not a quiet one.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Each worker runs its own sandbox (server + in-memory database) on its own port: 2 cores, 2 workers.
  workers: 2,
  retries: ci ? 1 : 0,
  forbidOnly: ci,
  reporter: ci ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    // A phone: the app is used standing in a server room far more than at a desk.
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    serviceWorkers: "allow",
    launchOptions: chromiumLaunchOptions(),
    // Recording a trace (DOM snapshots and screenshots at every step) took a journey from 6.7-7.0 s to
    // 11.9-14.1 s on this 2-core machine: only a retry records one (CI retries once); locally, `--trace on`.
    trace: "on-first-retry",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium-phone" }],
});
