import type { Locator, Page } from "@playwright/test";
import { expect, startSignedIn, test } from "./fixtures";
import { noSidewaysScroll, shot } from "./kit/screen-checks";
import de from "../src/i18n/catalogues/de";
import pl from "../src/i18n/catalogues/pl";
import type { Catalogue } from "../src/i18n/catalogue-types";

// Every screen and sheet in the two languages with the longest words, on a phone, at 360×640 and at 200 %
// text (issue 27): saved for looking at, never wider than the phone, no sheet cut off at its edge. The words
// come from the catalogues themselves, so a changed translation does not break the journey.

// The CSP forbids an injected stylesheet; the root's style property is what a zoom setting changes.
const setText = (page: Page, size: "100%" | "200%") =>
  page.evaluate((size) => document.documentElement.style.setProperty("font-size", size), size);

// An open sheet is a modal dialog: content wider than it is cut off at its edge, without the page scrolling.
const sheetFits = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll("dialog[open]")].every((sheet) => sheet.scrollWidth <= sheet.clientWidth));

/** What does not fit, for the failure message: the elements that reach past the phone's right edge. */
const overflow = (page: Page) =>
  page.evaluate(
    (width) =>
      [...document.querySelectorAll("body *")]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && element.getBoundingClientRect().width > 0)
        // Inside a strip that scrolls or clips on its own (the ticket's tabs), it is that strip's business.
        .filter((element) => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== "visible") return false;
          }
          return true;
        })
        .slice(0, 5)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} → ${Math.round(element.getBoundingClientRect().right)}`,
        ),
    page.viewportSize()!.width,
  );

/** The screen at both text sizes; `fullPage` for a screen to look at whole (a list or a sheet is shot as seen), `shown` scrolled to. */
async function shootBoth(
  page: Page,
  language: string,
  name: string,
  { fullPage = false, shown }: { fullPage?: boolean; shown?: Locator } = {},
) {
  for (const size of ["100%", "200%"] as const) {
    await setText(page, size);
    // A tab's panel sits below the ticket's title: at 200 % text it starts below the fold.
    await shown?.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`${language}-${name}-${size === "100%" ? 360 : 200}.png`), fullPage });
    const fits = (await noSidewaysScroll(page)) && (await sheetFits(page));
    expect(fits, `${language} ${name} at ${size}: ${JSON.stringify(await overflow(page))}`).toBe(true);
  }
  await setText(page, "100%");
}

async function closeSheet(page: Page, sheet: Locator) {
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
}

for (const [language, locale, words] of [
  ["de", "de-DE", de],
  ["pl", "pl-PL", pl],
] as [string, string, Catalogue][]) {
  test.describe(`a phone in ${locale}`, () => {
    test.use({ locale, viewport: { width: 360, height: 640 } });

    test("every screen and sheet fits at 360×640 and at 200 % text", async ({ page, sandbox }) => {
      test.setTimeout(300_000);
      await startSignedIn(page, sandbox.apiUrl, undefined, words.list.labelOpen);
      await shootBoth(page, language, "list");

      await page.getByRole("button", { name: words.list.sortAndFilter }).click();
      const filters = page.getByRole("dialog", { name: words.list.sheetTitle });
      await expect(filters).toBeVisible();
      await shootBoth(page, language, "filters");
      await closeSheet(page, filters);

      await page.getByRole("list", { name: words.list.labelOpen }).getByRole("link").first().click();
      for (const tab of ["conversation", "details", "time", "checklist", "documents"]) {
        await page.locator(`#tab-${tab}`).click();
        await expect(page.locator(`#panel-${tab}`)).toBeVisible();
        await shootBoth(page, language, `ticket-${tab}`, { shown: page.locator(`#panel-${tab}`) });
      }
      await page.locator("#tab-conversation").click();

      await page.getByRole("button", { name: new RegExp(`^${words.ticket.status}:`) }).click();
      const status = page.getByRole("dialog", { name: words.ticket.sheetStatus });
      await expect(status.getByRole("button").first()).toBeVisible();
      await shootBoth(page, language, "status");
      await closeSheet(page, status);

      await page.getByRole("button", { name: words.ticket.logTime, exact: true }).click();
      const logTime = page.getByRole("dialog", { name: words.ticket.sheetTime });
      await expect(logTime.getByRole("form")).toBeVisible();
      await shootBoth(page, language, "log-time");
      await closeSheet(page, logTime);

      await page.getByRole("button", { name: words.ticket.moreActions }).click();
      const more = page.getByRole("dialog", { name: words.ticket.moreActions });
      await expect(more.getByRole("button", { name: words.ticket.resolve })).toBeVisible();
      await shootBoth(page, language, "more");
      await more.getByRole("button", { name: words.ticket.resolve }).click();
      const resolve = page.getByRole("dialog", { name: words.ticket.sheetResolve });
      await expect(resolve.getByRole("form", { name: words.ticket.resolveTicket })).toBeVisible();
      await shootBoth(page, language, "resolve");
      await closeSheet(page, resolve);

      for (const [path, heading, name] of [
        ["/tickets/new", words.new.title, "new-ticket"],
        ["/for-me", words.forMe.title, "for-me"],
        ["/time", words.time.myTime, "my-time"],
        ["/settings", words.settings.title, "settings"],
      ] as const) {
        // Inside the app (the router follows popstate): no reload per screen, and none racing the last one's navigation.
        await page.evaluate((path) => {
          history.pushState(null, "", path);
          dispatchEvent(new PopStateEvent("popstate"));
        }, path);
        await expect(page.getByRole("heading", { name: heading, exact: true }).first()).toBeVisible();
        await shootBoth(page, language, name, { fullPage: true });
      }
    });
  });
}
