import { expect, expectNoAxeViolations, webSignIn, startSignedIn, test } from "./fixtures";
import { noSidewaysScroll } from "./kit/screen-checks";

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("sign-in, the list (with the filter sheet open) and settings have no axe violations", async ({ page, sandbox }) => {
      await webSignIn(page, sandbox.apiUrl);
      await page.goto("/signin");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expectNoAxeViolations(page);

      await startSignedIn(page, sandbox.apiUrl);
      await page.getByRole("button", { name: "My tickets" }).click();
      await expect(page.getByRole("button", { name: "My tickets" })).toHaveAttribute("aria-pressed", "true");
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Sort & filter" }).click();
      await expect(page.getByRole("dialog", { name: "Sort and filter" })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");

      await page.getByRole("link", { name: "Settings" }).click();
      await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test("at 320 px and at 200 % text the list and settings fit the width", async ({ page, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await noSidewaysScroll(page)).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  // The CSP forbids an injected stylesheet; the root's style property is what a zoom setting changes.
  await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
  await expect(page.getByRole("searchbox", { name: "Search tickets" })).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
  const search = (await page.getByRole("searchbox", { name: "Search tickets" }).boundingBox())!;
  expect(search.width).toBeGreaterThan(200);

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "On this device" })).toBeVisible();
  await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%"));
  expect(await noSidewaysScroll(page)).toBe(true);
});
