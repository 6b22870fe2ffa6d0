import { expect, expectNoAxeViolations, readStored, resetSandbox, webSignIn, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test("a new technician signs in through the handoff and sees the tickets", async ({ page, sandbox }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Sign in" }).click();

  // The sandbox's own sign-in page, as the real server's web sign-in.
  await expect(page).toHaveURL(new RegExp(`^${sandbox.apiUrl}/auth/msp/signin`));
  await page.getByLabel("Email").fill("tech@example.com");
  await page.getByLabel("Password").fill("alga-demo");
  await page.getByRole("button", { name: /sign in/i }).click();

  await expect(page).toHaveURL(/\/tickets$/);
  const list = page.getByRole("list", { name: "Open tickets" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  // A screenful of tickets (the list renders only the rows on screen, and a few beyond).
  expect(await list.getByRole("listitem").count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByText(/TIC\d+/).first()).toBeVisible();

  // The one-time token is gone from the address bar and from the history.
  expect(await page.evaluate(() => location.href)).not.toMatch(/ott=|state=/);
  await page.goBack();
  expect(page.url()).not.toMatch(/ott=/);
  await page.goForward();

  const session = (await readStored(page, "alga.session")) as { accessToken: string; user: { email: string } } | undefined;
  expect(session?.user.email).toBe("tech@example.com");
  expect(session?.accessToken).toMatch(/^[0-9a-f]{64}$/);
  await expectNoAxeViolations(page);
});

test("a wrong state in the callback shows a clear error and stores no token", async ({ page, sandbox }) => {
  await webSignIn(page, sandbox.apiUrl);
  // The server issues a token for a state this app never made, as a forged sign-in link would carry.
  await page.route("**/auth/mobile/handoff?**", (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("state", "forged-state");
    return route.continue({ url: url.toString() });
  });
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByText("Sign-in did not complete")).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("security check failed");
  expect(page.url()).not.toMatch(/ott=/);
  expect(await readStored(page, "alga.session")).toBeUndefined();

  await page.getByRole("link", { name: "Sign in again" }).click();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await page.goto("/tickets");
  await expect(page).toHaveURL(/\/signin\?returnTo=%2Ftickets/);
});

test("a client-portal user is told the app is for technicians", async ({ page, sandbox }) => {
  await webSignIn(page, sandbox.apiUrl, "client@example.com");
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("client-portal account");
  expect(await readStored(page, "alga.session")).toBeUndefined();
});
