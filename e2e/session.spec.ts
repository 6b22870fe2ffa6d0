import type { Page } from "@playwright/test";
import { expect, openFirstTicket, readStored, setFaults, signIn, test } from "./fixtures";

interface StoredSession {
  accessToken: string;
  refreshToken: string;
}

const storedSession = (page: Page) => readStored(page, "alga.session") as Promise<StoredSession | undefined>;

function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open("keyval-store");
        open.onsuccess = () => {
          const request = open.result.transaction("keyval").objectStore("keyval").getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
        };
      }),
  );
}

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
  await page.waitForTimeout(2_500);
  await openFirstTicket(page);
  await expect.poll(async () => (await storedSession(page))?.accessToken).not.toBe(first.accessToken);
  const second = (await storedSession(page))!;
  expect(second.refreshToken).not.toBe(first.refreshToken);
  await expect(page.getByText(/session has ended/i)).toHaveCount(0);
});

test("a session revoked on the server ends with a clear reason and keeps the user's place", async ({ page, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  const ticketPath = new URL(await page.getByRole("list", { name: "Open tickets" }).getByRole("link").first().getAttribute("href") ?? "", page.url()).pathname;
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
  await page.waitForTimeout(1_500);
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
