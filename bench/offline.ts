/**
 * The outbox at 100 and at 1 000 queued changes, against the sandbox in Chromium: N comments written
 * offline in the ticket screen's composer (driven inside the page, so the figure is the app's time,
 * not the test driver's), then the time until all have reached the server once the network is back,
 * and a check that each arrived exactly once. A benchmark, not a test: it prints figures.
 * OUTBOX_SIZES=100,1000 (the default) picks the sizes.
 */
import type { Page } from "@playwright/test";
import { recordFigures } from "./figures";
import { accessToken, signedInPhone, withSandboxAndBrowser } from "./phone";

const SIZES = (process.env.OUTBOX_SIZES ?? "100,1000").split(",").map(Number);

/** Types and adds `count` internal notes, one after the other as a fast user would; resolves with the time taken. */
function queueComments(page: Page, count: number, stamp: number): Promise<number> {
  return page.evaluate(
    async ({ count, stamp }) => {
      // (No named functions in here: the bundler would wrap them in a helper the page does not have.)
      const textarea = document.querySelector<HTMLTextAreaElement>(".composer__text")!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      const started = performance.now();
      for (let index = 0; index < count; index++) {
        setValue.call(textarea, `Bench note ${stamp} #${index}`);
        textarea.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        textarea.form!.requestSubmit();
        // The composer empties once the outbox holds the note.
        while (textarea.value !== "") await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return performance.now() - started;
    },
    { count, stamp },
  );
}

const figures: Record<number, { queueSeconds: number; replaySeconds: number; arrived: number; distinct: number }> = {};
await withSandboxAndBrowser({}, async (sandbox, browser) => {
  const { context, page } = await signedInPhone(browser, sandbox.url);
  await page.locator(".virtual-list__item").first().waitFor();

  for (const [round, size] of SIZES.entries()) {
    // A ticket of its own for each size, so the counts on the server are this round's.
    await page.goto("/tickets");
    await page.locator(".virtual-list__item a").nth(round).click();
    await page.getByRole("textbox", { name: "Comment" }).waitFor();
    const ticketId = new URL(page.url()).pathname.split("/").pop()!;
    await context.setOffline(true);
    const stamp = Date.now();
    const queueMs = await queueComments(page, size, stamp);
    await page
      .getByRole("status")
      .filter({ hasText: `Offline · ${size} to send` })
      .waitFor();

    const started = Date.now();
    await context.setOffline(false);
    await page.getByRole("region", { name: /Not sent yet/ }).waitFor({ state: "hidden", timeout: 600_000 });
    const replayMs = Date.now() - started;

    const response = await fetch(`${sandbox.url}/api/v1/tickets/${ticketId}/comments`, {
      headers: { "x-api-key": await accessToken(page) },
    });
    const comments = ((await response.json()) as { data: { comment_text: string }[] }).data;
    const arrived = comments.filter((comment) => comment.comment_text.startsWith(`Bench note ${stamp} `));
    figures[size] = {
      queueSeconds: queueMs / 1000,
      replaySeconds: replayMs / 1000,
      arrived: arrived.length,
      distinct: new Set(arrived.map((comment) => comment.comment_text)).size,
    };
    console.log(
      `outbox ${size}: queued offline in ${(queueMs / 1000).toFixed(1)} s (${(queueMs / size).toFixed(0)} ms each), ` +
        `replayed in ${(replayMs / 1000).toFixed(1)} s (${(replayMs / size).toFixed(0)} ms each); ` +
        `on the server: ${arrived.length} (${figures[size].distinct} distinct)`,
    );
  }
  recordFigures("offline", figures);
});
