/** What the benchmarks share: the built app on an in-memory sandbox, a phone-sized browser, signing in. */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/browser";
import { webSignIn } from "../e2e/kit/api-sign-in";
import { readStored } from "../e2e/kit/stored-in-page";
import { startSandbox, type Sandbox, type SandboxOptions } from "../server/app";

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A sandbox serving the build (`dist/`) with its data in memory, its control routes on for signing in. */
export function startBenchSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, control: true, dataDir: null, ...options });
}

/** Signs the page in through the sandbox's sign-in handoff, as a technician does, and waits for the list. */
export async function signIn(page: Page, sandboxUrl: string): Promise<void> {
  await webSignIn(page, sandboxUrl);
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tickets/);
}

/** The signed-in session's access token, from the app's IndexedDB: the bench checks on the server what arrived. */
export async function accessToken(page: Page): Promise<string> {
  const session = (await readStored(page, "alga.session")) as { accessToken: string };
  return session.accessToken;
}

/** A phone-sized context on the sandbox, signed in. */
export async function signedInPhone(browser: Browser, sandboxUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: sandboxUrl, ...PHONE });
  const page = await context.newPage();
  await signIn(page, sandboxUrl);
  return { context, page };
}

/** Runs `bench` with a sandbox and a browser, and closes both however it ends. */
export async function withSandboxAndBrowser(
  options: SandboxOptions,
  bench: (sandbox: Sandbox, browser: Browser) => Promise<void>,
): Promise<void> {
  const sandbox = await startBenchSandbox(options);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    await bench(sandbox, browser);
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
