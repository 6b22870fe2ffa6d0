import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import { aptInstall, findExecutable } from "./system-tools";

/**
 * The Chromium the e2e journeys run in: CHROME_PATH, else a system Chromium on PATH, else
 * Playwright's own browser. Undefined when there is none.
 */
export function findChromium(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return findExecutable(["chromium", "chromium-browser"]) ?? playwrightChromium();
}

function playwrightChromium(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

/** Finds Chromium or provides it: Playwright's download, then (root with apt) Debian's package. */
export function ensureChromium(): string | undefined {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  const found = findChromium();
  if (found) return found;
  console.log("No Chromium found: trying `playwright install chromium`…");
  const cli = createRequire(import.meta.url).resolve("@playwright/test/cli");
  // Where downloads are blocked this fails after a while; it must not hold the test run for long.
  spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit", timeout: 180_000 });
  return playwrightChromium() ?? (aptInstall("chromium") ? findExecutable(["chromium"], ["/usr/bin/chromium"]) : undefined);
}
