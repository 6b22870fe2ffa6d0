import type { Page } from "@playwright/test";
import { expect, resetSandbox, startSignedIn, storedJson, test } from "./fixtures";
import { shot } from "./kit/screen-checks";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);
// The page's own requests, not the service worker's: the entry's request is blocked below.
test.use({ serviceWorkers: "block" });

/** The app's entry never arrives: what shows is painted by the boot module alone, from the device. */
const blockEntry = (page: Page) => page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());

/** The boot module has read the device and painted, or decided to paint nothing. */
const bootDone = (page: Page) => page.waitForFunction(() => performance.getEntriesByName("alga:boot-done").length > 0);

test("a start paints the list saved on the device before the app's code has run", async ({ page, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  const list = page.getByRole("list", { name: "Open tickets" });
  const firstTitle = (await list.getByRole("link").first().locator(".ticket-row__title").textContent())!;
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain(firstTitle);
  // The list keeps where it starts once what is above it has its final size (the summary comes after the rows).
  await expect
    .poll(() =>
      page.evaluate(() => {
        const top = document.querySelector("main .virtual-list")!.getBoundingClientRect().top + scrollY;
        return Number(localStorage.getItem("alga.listTop")) === top;
      }),
    )
    .toBe(true);
  const reactTop = (await list.locator(".ticket-row__title").first().boundingBox())!.y;
  await page.screenshot({ path: shot(`react.png`) });

  await blockEntry(page);
  await page.reload();
  await bootDone(page);
  const painted = page.locator("#static-shell .ticket-row__title");
  await expect(painted.first()).toHaveText(firstTitle);
  await page.screenshot({ path: shot(`device-rows.png`) });
  // Where React puts the same row: taking over moves nothing.
  expect((await painted.first().boundingBox())!.y).toBe(reactTop);

  await page.unrouteAll();
  await page.reload();
  await expect(list.locator(".ticket-row__title").first()).toHaveText(firstTitle);
  await expect(page.locator("#static-shell")).toHaveCount(0);
  await page.screenshot({ path: shot(`after-react.png`) });
});

test("after sign-out nothing of the user is painted at start", async ({ page, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  const list = page.getByRole("list", { name: "Open tickets" });
  const firstTitle = (await list.getByRole("link").first().locator(".ticket-row__title").textContent())!;
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain(firstTitle);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();

  await blockEntry(page);
  await page.goto("/tickets");
  await bootDone(page);
  await expect(page.locator(".ticket-row")).toHaveCount(0);
  await expect(page.getByText(firstTitle)).toHaveCount(0);
});

test.describe("a device in Polish", () => {
  test.use({ locale: "pl-PL" });

  test("the start speaks the language the app last spoke, on any screen", async ({ page, sandbox }) => {
    await startSignedIn(page, sandbox.apiUrl, undefined, "Otwarte zgłoszenia");
    await blockEntry(page);
    await page.goto("/settings");
    await bootDone(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.locator("#static-shell .top-bar__title")).toHaveText("Zgłoszenia");
    await expect(page.getByRole("status", { name: "Wczytywanie zgłoszeń…" })).toBeVisible();
  });
});
