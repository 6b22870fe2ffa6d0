import { expect, expectNoAxeViolations, resetSandbox, webSignIn, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

// A deployment that pins no server: the first screen asks for the Alga address.
test.use({ sandboxOptions: { crossOrigin: false, pinned: false } });

test("asks for the server address, explains each bad one and signs in with a good one", async ({ page, sandbox }) => {
  await webSignIn(page, sandbox.apiUrl);
  await page.goto("/");
  const address = page.getByRole("textbox", { name: "Alga PSA address" });
  const signIn = page.getByRole("button", { name: "Sign in" });
  // The screen, not the static shell the page shows until the app has started.
  await expect(address).toBeVisible();
  await expectNoAxeViolations(page);

  const attempts: [string, RegExp][] = [
    ["not a server", /not a complete address/],
    ["http://psa.example.com", /must start with https/],
    ["http://127.0.0.1:1", /Can't reach 127\.0\.0\.1:1/],
  ];
  for (const [typed, message] of attempts) {
    await address.fill(typed);
    await signIn.click();
    await expect(page.getByRole("alert")).toHaveText(message);
    // What the technician typed stays there to be corrected.
    await expect(address).toHaveValue(typed);
    await expect(address).toHaveAttribute("aria-invalid", "true");
  }

  await address.fill(`  http://localhost:${sandbox.port}/  `);
  await signIn.click();
  await expect(page).toHaveURL(/\/tickets$/);
  await expect(page.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();

  // The server is remembered for next time.
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("textbox", { name: "Alga PSA address" })).toHaveValue(`http://localhost:${sandbox.port}`);
});
