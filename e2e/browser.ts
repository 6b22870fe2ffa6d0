import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium where it is installed (no browser download works on our machines), Playwright's
 * own browser elsewhere. CHROME_PATH overrides both.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const systemChromium = "/usr/bin/chromium";
  const executablePath = process.env.CHROME_PATH ?? (existsSync(systemChromium) ? systemChromium : undefined);
  return {
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  };
}
