import type { LaunchOptions } from "@playwright/test";
import { findChromium } from "../scripts/chromium";

/** The Chromium `scripts/chromium.ts` finds (`npm test` provides one first when there is none). */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: findChromium(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  };
}
