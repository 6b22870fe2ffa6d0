import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { startSandbox, type Sandbox } from "../server/app";
import { freePort } from "./free-port";

export { expect };

export interface SandboxOptions {
  /** Serve the app on http://localhost:PORT and point it at the API on http://127.0.0.1:PORT: two origins. */
  crossOrigin: boolean;
  /** Whether the deployment pins the server (config.json); otherwise the app asks for an address. */
  pinned: boolean;
}

interface WorkerFixtures {
  sandboxOptions: SandboxOptions;
  sandbox: Sandbox & { apiUrl: string };
}

const distDir = fileURLToPath(new URL("../dist", import.meta.url));

/** One sandbox per worker, in memory, with the test control interface; a fresh seed for every test file. */
export const test = base.extend<object, WorkerFixtures>({
  sandboxOptions: [
    { crossOrigin: false, pinned: true },
    { scope: "worker", option: true },
  ],
  sandbox: [
    async ({ sandboxOptions }, use) => {
      const port = await freePort();
      const apiUrl = sandboxOptions.crossOrigin ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
      const sandbox = await startSandbox({ port, control: true, dataDir: null, distDir, algaUrl: sandboxOptions.pinned ? apiUrl : null });
      await use({ ...sandbox, apiUrl });
      await sandbox.close();
    },
    // Seeding the in-memory database takes seconds, more on a loaded machine: not part of any test's budget.
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ sandbox }, use) => use(`http://localhost:${sandbox.port}`),
});

test.beforeAll(async ({ sandbox }) => {
  const response = await fetch(`${sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
  expect(response.ok).toBe(true);
});

/** Signs the browser in to the sandbox's web side, as if the user had typed the password there. */
export async function signInToWeb(page: Page, apiUrl: string, email = "tech@example.com") {
  // The real limits (10 sign-ins and 30 refreshes a minute) are for people, not for a test suite.
  expect((await fetch(`${apiUrl}/__sandbox/rate-limits`, { method: "DELETE" })).ok).toBe(true);
  const response = await page.request.post(`${apiUrl}/__sandbox/session`, { data: { email } });
  expect(response.ok()).toBe(true);
}

/** The whole handoff: web session, the app's Sign in button, the callback, the list. */
export async function signIn(page: Page, apiUrl: string, email = "tech@example.com") {
  await signInToWeb(page, apiUrl, email);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/tickets$/);
  await expect(page.getByRole("list", { name: "Open tickets" }).getByRole("listitem").first()).toBeVisible();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

/** What the app keeps in IndexedDB under `key` (idb-keyval's default store), read in the page. */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (storedKey) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("keyval")) return resolve(undefined);
          const get = db.transaction("keyval").objectStore("keyval").get(storedKey);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
    key,
  );
}

/** Calls the Alga API directly with the signed-in user's key, to check what the server really has. */
export async function serverApi(page: Page, apiUrl: string, path: string, init: { method?: string; data?: unknown } = {}) {
  const session = (await readStored(page, "alga.session")) as { accessToken: string; user: { id: string } };
  const response = await page.request.fetch(`${apiUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { "x-api-key": session.accessToken },
    data: init.data,
  });
  return { status: response.status(), body: (await response.json()) as { data?: unknown; error?: unknown }, userId: session.user.id };
}

export async function setFaults(apiUrl: string, faults: Record<string, unknown> | null) {
  const response = await fetch(`${apiUrl}/__sandbox/faults`, {
    method: faults ? "POST" : "DELETE",
    headers: { "content-type": "application/json" },
    body: faults ? JSON.stringify(faults) : undefined,
  });
  expect(response.ok).toBe(true);
}

/** Opens the first ticket of the list and waits for it. */
export async function openFirstTicket(page: Page): Promise<string> {
  await page.getByRole("list", { name: "Open tickets" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** An access key for another user, through the web session, handoff and exchange, as a second device would get one. */
export async function apiKeyFor(apiUrl: string, email: string): Promise<string> {
  const session = await fetch(`${apiUrl}/__sandbox/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0]!;
  const handoff = await fetch(
    `${apiUrl}/auth/mobile/handoff?redirect=${encodeURIComponent("http://localhost/auth/callback")}&state=other-device`,
    {
      headers: { cookie },
      redirect: "manual",
    },
  );
  const ott = new URL(handoff.headers.get("location")!).searchParams.get("ott");
  const exchange = await fetch(`${apiUrl}/api/v1/mobile/auth/exchange`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ott, state: "other-device" }),
  });
  return ((await exchange.json()) as { accessToken: string }).accessToken;
}
