import type { Page } from "@playwright/test";
import {
  expect,
  formListsLoaded,
  openFirstTicket,
  readStored,
  resetSandbox,
  setFaults,
  signIn,
  webSignIn,
  storedJson,
  storedKeys,
  test,
} from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

interface StoredSession {
  accessToken: string;
  refreshToken: string;
  expiresAtMs: number;
}

const storedSession = (page: Page) => readStored(page, "alga.session") as Promise<StoredSession | undefined>;

test.beforeEach(async ({ sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
});

test("a returning technician lands on the list without signing in again", async ({ page, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  await page.reload();
  await expect(page).toHaveURL(/\/tickets$/);
  await expect(page.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in" })).toHaveCount(0);
});

test("an expired access token is refreshed once and the screen still loads", async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, { accessTtlSec: 2 });
  await signIn(page, sandbox.apiUrl);
  const first = (await storedSession(page))!;
  await expect.poll(() => Date.now() > first.expiresAtMs, { timeout: 10_000 }).toBe(true);
  await openFirstTicket(page);
  await expect.poll(async () => (await storedSession(page))?.accessToken).not.toBe(first.accessToken);
  const second = (await storedSession(page))!;
  expect(second.refreshToken).not.toBe(first.refreshToken);
  await expect(page.getByText(/session has ended/i)).toHaveCount(0);
});

test("a session revoked on the server ends with a clear reason and keeps the user's place", async ({ page, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  const ticketPath = new URL(
    (await page.getByRole("list", { name: "Open tickets" }).getByRole("link").first().getAttribute("href")) ?? "",
    page.url(),
  ).pathname;
  // Revoked while the app loads in the background, the session ends on the list, not at the ticket below.
  await expect.poll(() => formListsLoaded(page)).toBe(true);
  const { refreshToken } = (await storedSession(page))!;
  const revoke = await page.request.post(`${sandbox.apiUrl}/api/v1/mobile/auth/revoke`, { data: { refreshToken } });
  expect(await revoke.json()).toEqual({ ok: true });

  await page.goto(ticketPath);
  await expect(page.getByRole("status").filter({ hasText: "Your session has ended" })).toBeVisible();
  expect(decodeURIComponent(page.url())).toContain(`returnTo=${ticketPath}`);
  expect(await storedSession(page)).toBeUndefined();
});

test("signing out revokes the session and leaves no trace of the user on the device", async ({ page, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  await openFirstTicket(page);
  await page.getByRole("textbox", { name: "Comment" }).fill("half-typed draft");
  await expect.poll(() => storedJson(page, "alga.draft:")).toContain("half-typed draft");
  const { refreshToken } = (await storedSession(page))!;
  expect((await storedKeys(page)).some((key) => key.startsWith("alga.queryCache:"))).toBe(true);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("status").filter({ hasText: "You signed out." })).toBeVisible();

  expect(await storedKeys(page)).toEqual(["alga.deviceId"]);
  const cacheNames = await page.evaluate(() => caches.keys());
  expect(cacheNames.every((name) => name.includes("precache"))).toBe(true);
  const refresh = await page.request.post(`${sandbox.apiUrl}/api/v1/mobile/auth/refresh`, { data: { refreshToken } });
  expect(refresh.status()).toBe(401);
});

test("a browser restart keeps the technician signed in", async ({ page, context, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  await page.close();
  const again = await context.newPage();
  await again.goto("/");
  await expect(again).toHaveURL(/\/tickets$/);
  await expect(again.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();
});

test("two tabs never send the same refresh token, and neither is signed out", async ({ page, context, sandbox }) => {
  await setFaults(sandbox.apiUrl, { accessTtlSec: 3 });
  await signIn(page, sandbox.apiUrl);
  const second = await context.newPage();
  await second.goto("/tickets");
  await expect(second.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();

  const sent: string[] = [];
  context.on("request", (request) => {
    if (request.url().endsWith("/api/v1/mobile/auth/refresh")) sent.push((request.postDataJSON() as { refreshToken: string }).refreshToken);
  });
  const { expiresAtMs } = (await storedSession(page))!;
  await expect.poll(() => Date.now() > expiresAtMs, { timeout: 10_000 }).toBe(true);
  await Promise.all([page, second].map((tab) => tab.getByRole("button", { name: "Refresh tickets" }).click()));
  for (const tab of [page, second]) {
    await expect(tab.getByRole("list", { name: "Open tickets" }).getByRole("link").first()).toBeVisible();
    await expect(tab.getByText(/session has ended/i)).toHaveCount(0);
  }
  expect(sent.length).toBeGreaterThan(0);
  expect(new Set(sent).size).toBe(sent.length);
});

test("too many sign-ins in a minute shows the server's rate limit in plain words", async ({ page, sandbox }) => {
  await webSignIn(page, sandbox.apiUrl);
  const redirect = encodeURIComponent(`http://localhost:${sandbox.port}/auth/callback`);
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.request.get(`${sandbox.apiUrl}/auth/mobile/handoff?redirect=${redirect}&state=burst-${attempt}`, { maxRedirects: 0 });
  }
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Too many sign-in attempts");
  expect(await storedSession(page)).toBeUndefined();
});

test("a sign-in link that was already used is refused with a clear message", async ({ page, sandbox }) => {
  let usedCallback = "";
  page.on("request", (request) => {
    if (request.url().includes("/auth/callback?ott=")) usedCallback = request.url();
  });
  await signIn(page, sandbox.apiUrl);
  const usedOtt = new URL(usedCallback).searchParams.get("ott")!;
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();

  // The server hands back the old one-time token for the new sign-in, as a replayed link would.
  await webSignIn(page, sandbox.apiUrl);
  await page.route("**/auth/mobile/handoff?**", (route) => {
    const state = new URL(route.request().url()).searchParams.get("state")!;
    return route.fulfill({
      status: 302,
      headers: { location: `http://localhost:${sandbox.port}/auth/callback?ott=${usedOtt}&state=${encodeURIComponent(state)}` },
    });
  });
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("expired or was already used");
  expect(await storedSession(page)).toBeUndefined();
});
