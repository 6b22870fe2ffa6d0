import type { Page } from "@playwright/test";
import { expect, startSignedIn, test } from "./fixtures";
import { noSidewaysScroll, shot } from "./kit/screen-checks";

// The CSP forbids an injected stylesheet; the root's style property is what a zoom setting changes.
const largeText = (page: Page) => page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));

/** The list and Settings at 360×640, then at 200 % text: saved for looking at, and no sideways scroll. */
async function shootListAndSettings(page: Page, language: string, settingsName: string, settingsHeading: string) {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: shot(`${language}-list-360.png`) });
  expect(await noSidewaysScroll(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${language}-list-200.png`) });
  // The words fit: the filters button wraps its longer label inside the screen. (The top bar's icons alone
  // overflow at 360 px and 200 % in every language: a layout matter of the bar, not of the words.)
  const filters = (await page.locator(".ticket-list__filters-toggle").boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(360);

  await page.getByRole("link", { name: settingsName }).click();
  await expect(page.getByRole("heading", { name: settingsHeading })).toBeVisible();
  await page.evaluate(() => document.documentElement.style.removeProperty("font-size"));
  await page.screenshot({ path: shot(`${language}-settings-360.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
  await largeText(page);
  await page.screenshot({ path: shot(`${language}-settings-200.png`), fullPage: true });
  expect(await noSidewaysScroll(page)).toBe(true);
}

test.describe("a browser in German", () => {
  test.use({ locale: "de-DE" });

  test("the list, its filters and Settings speak German, with counts in German", async ({ page, sandbox }) => {
    await startSignedIn(page, sandbox.apiUrl, undefined, "Offene Tickets");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: "Tickets" })).toBeVisible();
    await expect(page.locator(".ticket-list__summary")).toHaveText(/^\d+ Tickets? · aktualisiert /);
    await expect(page.getByRole("group", { name: "Schnellfilter" }).getByRole("button", { name: "Meine Tickets" })).toBeVisible();

    await page.getByRole("button", { name: "Sortieren & filtern" }).click();
    const sheet = page.getByRole("dialog", { name: "Sortieren und filtern" });
    await expect(sheet.getByRole("combobox", { name: "Sortieren nach" })).toHaveValue("updated_at");
    await expect(sheet.getByRole("button", { name: /^\d+ Tickets? anzeigen$/ })).toBeVisible();
    await page.keyboard.press("Escape");

    await shootListAndSettings(page, "de", "Einstellungen", "Auf diesem Gerät");
    await expect(page.getByRole("combobox", { name: "Sprache" })).toHaveValue("auto");
    await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  });
});

test.describe("a browser in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("the list and Settings fit a phone in Polish, at 200 % text too", async ({ page, sandbox }) => {
    await startSignedIn(page, sandbox.apiUrl, undefined, "Otwarte zgłoszenia");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator(".ticket-list__summary")).toHaveText(/^\d+ zgłosze(nie|nia|ń) · zaktualizowano /);
    await shootListAndSettings(page, "pl", "Ustawienia", "Na tym urządzeniu");
  });
});

test("the language chosen in Settings applies at once, offline too, and stays on the device", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // In prompt mode the first load is not controlled: reload so the service worker answers offline.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Deutsch" });
  await expect(page.getByRole("heading", { name: "Auf diesem Gerät" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.getByRole("link", { name: "Zurück zu den Tickets" }).click();
  await expect(page.getByRole("list", { name: "Offene Tickets" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("list", { name: "Offene Tickets" })).toBeVisible();
  await context.setOffline(false);
});
