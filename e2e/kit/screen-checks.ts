import { test, type Page } from "@playwright/test";

/** Where a journey's screenshots go to be looked at: beside its results (test-results/), on any machine. */
export const shot = (name: string) => test.info().outputPath(name);

/**
 * Against the emulated phone's width: a mobile viewport widens itself to its content, so comparing with
 * `innerWidth` would follow the overflow and never fail.
 */
export const noSidewaysScroll = (page: Page) =>
  page.evaluate((width) => document.documentElement.scrollWidth <= width, page.viewportSize()!.width);
