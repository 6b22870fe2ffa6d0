import type { Page, Request } from "@playwright/test";
import { exifPhoto } from "./exif-photo";
import { expect, expectNoAxeViolations, resetSandbox, setFaults, startSignedIn, storedJson, test, type TestSandbox } from "./fixtures";
import { shot } from "./kit/screen-checks";
import { attach, documentList, shownPicture, ticketWithSeededDocuments } from "./ticket-documents";
import { ticketPage } from "./ticket-page";

test.beforeAll(resetSandbox);
// A photo is drawn, encoded and decoded in the browser, and the sandbox scales it twice: on a loaded machine that takes its time.
test.describe.configure({ timeout: 180_000 });

const isVariantRequest = (request: Request) => /\/documents\/[^/]+\/(thumbnail|preview)$/.test(new URL(request.url()).pathname);
const supportRow = (page: Page) => page.locator(".settings__support > div", { hasText: "Thumbnails and previews of photos in Documents" });

/** Signs in to the server `faults` make, on the ticket with seeded documents (rack-2-front.jpg, uploaded before any thumbnails). */
async function openSeededDocuments(page: Page, sandbox: TestSandbox, faults: Record<string, unknown>): Promise<string> {
  await setFaults(sandbox.apiUrl, faults);
  await startSignedIn(page, sandbox.apiUrl);
  const ticketId = await ticketWithSeededDocuments(page, sandbox.apiUrl);
  await page.goto(`/tickets/${ticketId}`);
  await ticketPage(page).section("Documents").click();
  return ticketId;
}

test("on a newer server a photo shows the server's thumbnail, offline after a reload too", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededDocuments(page, sandbox, { newerServer: true });
  await page.evaluate(() => navigator.serviceWorker.ready);
  await attach(page, [{ name: "patch-panel.jpg", mimeType: "image/jpeg", buffer: await exifPhoto(page, { width: 1200, height: 900 }) }]);
  await expect(documentList(page).getByRole("button", { name: "patch-panel.jpg" })).toBeVisible({ timeout: 60_000 });

  // 1200×900 turned upright is 900×1200; its thumbnail fits 200×200.
  await expect.poll(() => shownPicture(page, "patch-panel.jpg"), { timeout: 30_000 }).toEqual({ width: 150, height: 200 });
  // Uploaded before the server made thumbnails: no thumbnail, the type's icon, and no error.
  const older = documentList(page).locator("li", { has: page.getByRole("button", { name: "rack-2-front.jpg" }) });
  await expect(older.locator(".document__icon")).toHaveText("JPG");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.screenshot({ path: shot("documents-thumbnails.png") });
  await expectNoAxeViolations(page);

  // The viewer shows the 800×600 preview while the photo itself comes (slowly here), then the photo.
  await setFaults(sandbox.apiUrl, { latencyMs: { "GET /api/v1/tickets/*/documents/*": 3_000 } });
  await documentList(page).getByRole("button", { name: "patch-panel.jpg" }).click();
  const viewed = page.getByRole("dialog").getByRole("img", { name: "patch-panel.jpg" });
  const natural = () => viewed.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));
  await expect.poll(natural).toBe(450);
  await expect.poll(natural, { timeout: 30_000 }).toBe(900);
  await page.getByRole("dialog").getByRole("button", { name: "Close" }).click();

  // The list and the thumbnail are on the device before the connection goes.
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain("patch-panel.jpg");
  await context.setOffline(true);
  await page.goto(`/tickets/${ticketId}`);
  await ticketPage(page).section("Documents").click();
  await expect.poll(() => shownPicture(page, "patch-panel.jpg"), { timeout: 30_000 }).toEqual({ width: 150, height: 200 });
  await context.setOffline(false);

  await page.goto("/settings");
  await expect(supportRow(page)).toContainText("On");
});

test("on the default server only the first thumbnail is asked for, and photos show as before", async ({ page, sandbox }) => {
  const asked: string[] = [];
  page.on("request", (request) => isVariantRequest(request) && asked.push(request.url()));
  await openSeededDocuments(page, sandbox, {});
  await attach(page, [{ name: "older-server.jpg", mimeType: "image/jpeg", buffer: await exifPhoto(page, { width: 800, height: 600 }) }]);
  await expect(documentList(page).getByRole("button", { name: "older-server.jpg" })).toBeVisible({ timeout: 60_000 });

  // Both photos show the file itself, as they did before thumbnails (600×800 upright, and the seeded photo).
  await expect.poll(() => shownPicture(page, "older-server.jpg"), { timeout: 30_000 }).toEqual({ width: 600, height: 800 });
  await expect.poll(() => shownPicture(page, "rack-2-front.jpg"), { timeout: 30_000 }).not.toBeNull();
  expect(asked).toHaveLength(1);

  // Known for this server from now on: a second visit asks nothing.
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain("older-server.jpg");
  await page.reload();
  await ticketPage(page).section("Documents").click();
  await expect.poll(() => shownPicture(page, "older-server.jpg"), { timeout: 30_000 }).not.toBeNull();
  expect(asked).toHaveLength(1);

  await page.goto("/settings");
  await expect(supportRow(page)).toContainText("Off: this Alga server is too old for it");
  await supportRow(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("settings-thumbnails-older.png") });
  await expectNoAxeViolations(page);
});
