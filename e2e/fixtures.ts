import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type Route, type TestInfo } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { Session as StoredSession } from "../src/auth/session-store";
import { deviceKeys, userKeys } from "../src/lib/storage-keys";
import { startSandbox, type Sandbox } from "../server/app";
import { readSeedSnapshot } from "../server/testing/seed-snapshot";
import { apiSignIn, webSignIn } from "./kit/api-sign-in";
import { freePort } from "./kit/free-port";
import { readStored } from "./kit/stored-in-page";
import { SEED_SNAPSHOT_ENV } from "./global-setup";

export { expect };
export { readStored, storedJson, storedKeys } from "./kit/stored-in-page";
export { webSignIn } from "./kit/api-sign-in";

export interface SandboxOptions {
  /** Serve the app on http://localhost:PORT and point it at the API on http://127.0.0.1:PORT: two origins. */
  crossOrigin: boolean;
  /** Whether the deployment pins the server (config.json); otherwise the app asks for an address. */
  pinned: boolean;
}

export type TestSandbox = Sandbox & { apiUrl: string };

interface WorkerFixtures {
  sandboxOptions: SandboxOptions;
  sandbox: TestSandbox;
}

interface TestFixtures {
  /**
   * `test.use({ signedIn: true })`: every test of the file starts signed in as tech@example.com, on the
   * ticket list, without driving the sign-in screens (`startSignedIn`).
   */
  signedIn: boolean;
  /** Automatic: a file that did not reset the sandbox itself gets a fresh seed before its first test. */
  freshSandboxForFile: void;
  /** Automatic: faults a test set are cleared after it, whatever its outcome. */
  faultsCleared: void;
}

/** Files this worker has reset the sandbox for. */
const resetFiles = new Set<string>();

/** A fresh seed for the file: `test.beforeAll(resetSandbox)` at the top of every spec file. */
export async function resetSandbox({ sandbox }: { sandbox: TestSandbox }, testInfo: TestInfo): Promise<void> {
  const response = await fetch(`${sandbox.apiUrl}/__sandbox/reset`, { method: "POST" });
  expect(response.ok).toBe(true);
  resetFiles.add(testInfo.file);
}

const distDir = fileURLToPath(new URL("../dist", import.meta.url));

/** One sandbox per worker, in memory, with the test control interface; a fresh seed for every test file. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  sandboxOptions: [
    { crossOrigin: false, pinned: true },
    { scope: "worker", option: true },
  ],
  sandbox: [
    async ({ sandboxOptions }, use) => {
      const port = await freePort();
      const apiUrl = sandboxOptions.crossOrigin ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;
      const snapshotFile = process.env[SEED_SNAPSHOT_ENV];
      const sandbox = await startSandbox({
        port,
        control: true,
        dataDir: null,
        distDir,
        algaUrl: sandboxOptions.pinned ? apiUrl : null,
        seedSnapshot: snapshotFile ? await readSeedSnapshot(snapshotFile) : undefined,
      });
      await use({ ...sandbox, apiUrl });
      await sandbox.close();
    },
    // A PGlite start is seconds of CPU; on a shared two-core machine at a load of 30 a fresh one took over
    // 120 s. Not part of any test's budget, and a stalled start still ends.
    { scope: "worker", timeout: 300_000 },
  ],
  baseURL: async ({ sandbox }, use) => use(`http://localhost:${sandbox.port}`),
  freshSandboxForFile: [
    async ({ sandbox }, use, testInfo) => {
      if (!resetFiles.has(testInfo.file)) await resetSandbox({ sandbox }, testInfo);
      await use();
    },
    { auto: true },
  ],
  faultsCleared: [
    async ({ sandbox }, use) => {
      await use();
      await setFaults(sandbox.apiUrl, null);
    },
    { auto: true },
  ],
  signedIn: [false, { option: true }],
  page: [
    async ({ page, signedIn, sandbox }, use) => {
      if (signedIn) await startSignedIn(page, sandbox.apiUrl);
      await use(page);
    },
    // Its own budget: the app's first load on a loaded machine is not the test's time.
    { scope: "test", timeout: 90_000 },
  ],
});

/** The whole handoff: web session, the app's Sign in button, the callback, the list. For journeys about sign-in. */
export async function signIn(page: Page, apiUrl: string, email = "tech@example.com") {
  await webSignIn(page, apiUrl, email);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expectTicketList(page);
}

/**
 * Signed in as after `signIn`, without its screens, for journeys about something else: the tokens come
 * from the same handoff and exchange, and the session is written where the app keeps it before the app
 * starts. The browser keeps a web session as after a real sign-in, so a later sign-in works alike.
 */
export async function startSignedIn(page: Page, apiUrl: string, email = "tech@example.com", listName = "Open tickets") {
  await webSignIn(page, apiUrl, email);
  const deviceId = randomUUID();
  const tokens = await apiSignIn(apiUrl, email, { platform: "web", deviceId });
  const session: StoredSession = {
    server: apiUrl,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAtMs: Date.now() + tokens.expiresInSec * 1000,
    tenantId: tokens.tenantId,
    user: tokens.user,
  };
  await writeStoredFromBlankPage(page, { [userKeys.session]: session, [deviceKeys.deviceId]: deviceId });
  await page.goto("/tickets");
  await expectTicketList(page, listName);
}

/**
 * A page of the app's origin on which the app does not run: the service worker leaves /__sandbox/
 * navigations to the network (navigation-denylist.ts), and this route answers them before any server.
 */
const BLANK_PAGE = "/__sandbox/e2e-blank";

/** Writes `records` into the app's IndexedDB store (idb-keyval's default) with the app not running. */
async function writeStoredFromBlankPage(page: Page, records: Record<string, unknown>) {
  const answerBlank = (route: Route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" });
  await page.route(`**${BLANK_PAGE}`, answerBlank);
  await page.goto(BLANK_PAGE);
  await page.unroute(`**${BLANK_PAGE}`, answerBlank);
  await page.evaluate(
    (entries) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        // As idb-keyval creates it on first use.
        open.onupgradeneeded = () => open.result.createObjectStore("keyval");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const transaction = open.result.transaction("keyval", "readwrite");
          for (const [key, value] of entries) transaction.objectStore("keyval").put(value, key);
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    Object.entries(records),
  );
}

/** The list after a sign-in: the app's first load (scripts, service worker, first page of tickets) can take long under load. */
async function expectTicketList(page: Page, listName = "Open tickets") {
  await expect(page).toHaveURL(/\/tickets$/, { timeout: 30_000 });
  await expect(page.getByRole("list", { name: listName }).getByRole("listitem").first()).toBeVisible({ timeout: 30_000 });
}

/**
 * Whether the app has finished loading the create form's lists after sign-in, by its own record (written once
 * it finished): until then it makes requests in the background, even with nothing on the screen changing.
 */
export const formListsLoaded = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith("alga.formListsRefresh:")));

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
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
  return (await apiSignIn(apiUrl, email)).accessToken;
}
