/**
 * Offline figures, measured side by side in one run of Chromium against the sandbox:
 * 1. cold start offline: when the app shell (the list's heading) and when the first saved ticket
 *    row appear after a reload with no network, as a ratio of the two;
 * 2. the largest outbox replayed: N comments written offline, then the time until all have reached
 *    the server once the network is back (and a check that each arrived exactly once).
 * A benchmark, not a test: it prints figures.
 */
import { chromium } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { chromiumLaunchOptions } from "../e2e/browser";
import { startSandbox } from "../server/app";

const RELOADS = 10;
const OUTBOX_SIZE = Number(process.env.OUTBOX_SIZE ?? 100);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sandbox = await startSandbox({ port: 0, control: true, dataDir: null, distDir: fileURLToPath(new URL("../dist", import.meta.url)) });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ baseURL: sandbox.url, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  // Records, in each page, when the shell and the first row first appear (ms since navigation start).
  await context.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    new MutationObserver(() => {
      if (!marks.shell && document.querySelector("h1")?.textContent === "Tickets") marks.shell = performance.now();
      if (!marks.row && document.querySelector(".virtual-list__item")) marks.row = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.request.post(`${sandbox.url}/__sandbox/session`, { data: { email: "tech@example.com" } });
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/tickets$/);
  await page.locator(".virtual-list__item").first().waitFor();
  await page.evaluate(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller);
  await page.waitForTimeout(1_500);

  await context.setOffline(true);
  const shell: number[] = [];
  const row: number[] = [];
  for (let run = 0; run < RELOADS; run++) {
    await page.reload();
    await page.locator(".virtual-list__item").first().waitFor();
    const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
    shell.push(marks.shell!);
    row.push(marks.row!);
  }
  console.log(
    `offline cold start over ${RELOADS} reloads: shell ${median(shell).toFixed(0)} ms, first saved row ${median(row).toFixed(0)} ms (median), ratio ${(median(row) / median(shell)).toFixed(2)}`,
  );

  // The outbox: comments written offline, replayed when the network returns.
  await page.locator(".virtual-list__item a").first().click();
  await page.getByRole("textbox", { name: "Comment" }).waitFor();
  const ticketId = new URL(page.url()).pathname.split("/").pop()!;
  const stamp = Date.now();
  for (let index = 0; index < OUTBOX_SIZE; index++) {
    await page.getByRole("textbox", { name: "Comment" }).fill(`Bench note ${stamp} #${index}`);
    await page.getByRole("button", { name: "Add internal note" }).click();
    // The composer empties once the outbox holds the note.
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>(".composer__text")?.value === "");
  }
  await page
    .getByRole("status")
    .filter({ hasText: `Offline · ${OUTBOX_SIZE} to send` })
    .waitFor();
  const started = Date.now();
  await context.setOffline(false);
  await page.getByRole("region", { name: /Not sent yet/ }).waitFor({ state: "hidden", timeout: 300_000 });
  const seconds = (Date.now() - started) / 1000;

  const session = (await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("keyval-store");
        open.onsuccess = () => {
          const get = open.result.transaction("keyval").objectStore("keyval").get("alga.session");
          get.onsuccess = () => resolve(get.result);
        };
      }),
  )) as { accessToken: string };
  const comments = (await (
    await fetch(`${sandbox.url}/api/v1/tickets/${ticketId}/comments`, { headers: { "x-api-key": session.accessToken } })
  ).json()) as { data: { comment_text: string }[] };
  const arrived = comments.data.filter((comment) => comment.comment_text.startsWith(`Bench note ${stamp} `));
  const distinct = new Set(arrived.map((comment) => comment.comment_text)).size;
  console.log(
    `outbox: ${OUTBOX_SIZE} comments replayed in ${seconds.toFixed(1)} s (${((seconds * 1000) / OUTBOX_SIZE).toFixed(0)} ms each); on the server: ${arrived.length} (${distinct} distinct)`,
  );
} finally {
  await browser.close();
  await sandbox.close();
}
