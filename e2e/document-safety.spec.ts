import type { BrowserContext, Page } from "@playwright/test";
import { apiKeyFor, expect, openFirstTicket, resetSandbox, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });

// What a hostile document tries, whatever it is opened as: take the session, and say so.
const steal = `document.title = "STOLEN " + document.domain; alert(document.domain);`;
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload='${steal}'><script>${steal}</script><rect width="40" height="40" fill="teal"/></svg>`;
const html = `<!doctype html><title>notes</title><h1>Notes</h1><script>${steal}</script>`;

const hostile = [
  { name: "network-diagram.svg", type: "image/svg+xml", body: svg },
  { name: "notes.html", type: "text/html", body: html },
  // A "PDF" that is a page, and an "image" that is an SVG: the server keeps the declared type, unchecked (fieldkit §3.2).
  { name: "report.pdf", type: "application/pdf", body: html },
  { name: "diagram.png", type: "image/png", body: svg },
];

/** Opens `url` in a new tab, as "Open image in new tab" does: nothing may run there. */
async function expectInert(context: BrowserContext, url: string) {
  const tab = await context.newPage();
  const dialogs: string[] = [];
  tab.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // A blob the browser will not show as a page is downloaded instead: the tab stays empty.
  await Promise.race([tab.goto(url).catch(() => undefined), tab.waitForEvent("download")]);
  // A script in the document runs while it loads, so by the time the load is over it would have.
  expect({ title: await tab.title(), dialogs }, url).toEqual({ title: expect.not.stringContaining("STOLEN") as unknown, dialogs: [] });
  await tab.close();
}

async function downloadUrl(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  return (await download).url();
}

test("a document opened as a page, in any way, runs nothing", async ({ page, context, sandbox }) => {
  const first = page.getByRole("list", { name: "Open tickets" }).getByRole("link").first();
  const ticketId = (await first.getAttribute("href"))!.split("/").pop()!;
  // A colleague (or a client's e-mail) adds the documents to the technician's ticket.
  const key = await apiKeyFor(sandbox.apiUrl, "alex.rivera@example.com");
  for (const file of hostile) {
    const form = new FormData();
    form.append("file", new Blob([file.body], { type: file.type }), file.name);
    const uploaded = await fetch(`${sandbox.apiUrl}/api/v1/tickets/${ticketId}/documents`, {
      method: "POST",
      headers: { "x-api-key": key },
      body: form,
    });
    expect(uploaded.status).toBe(201);
  }
  await openFirstTicket(page);
  await ticketPage(page).section("Documents").click();
  const list = page.getByRole("list", { name: "Documents" });
  await expect(list.getByRole("listitem")).toHaveCount(hostile.length);

  // Every way to reach the bytes: the thumbnails, the viewer and each download.
  const thumbnails = page.locator(".document__thumbnail");
  await expect(thumbnails.first()).toHaveAttribute("src", /^blob:/);
  for (const url of await thumbnails.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src))) {
    await expectInert(context, url);
  }
  await list.getByRole("button", { name: "diagram.png", exact: true }).click();
  const viewed = page.getByRole("img", { name: "diagram.png" });
  await expect(viewed).toHaveAttribute("src", /^blob:/);
  await expectInert(context, (await viewed.getAttribute("src"))!);
  await page.keyboard.press("Escape");
  for (const name of ["network-diagram.svg", "notes.html", "report.pdf"]) await expectInert(context, await downloadUrl(page, name));
  expect(await page.title()).not.toContain("STOLEN");
});
