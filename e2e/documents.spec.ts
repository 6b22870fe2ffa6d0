import type { Page } from "@playwright/test";
import { exifPhoto } from "./exif-photo";
import { expect, expectNoAxeViolations, openFirstTicket, readStored, resetSandbox, serverApi, setFaults, test } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";
import { attach, documentList, documentsOf, ticketWithSeededDocuments } from "./ticket-documents";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// Photos are drawn, encoded and decoded in the browser: on a loaded machine that takes its time.
test.describe.configure({ timeout: 180_000 });

/** The bytes the server holds for a document, downloaded with the user's key. */
async function serverBytes(page: Page, apiUrl: string, ticketId: string, documentId: string): Promise<Buffer> {
  const session = (await readStored(page, "alga.session")) as { accessToken: string };
  const response = await page.request.get(`${apiUrl}/api/v1/tickets/${ticketId}/documents/${documentId}`, {
    headers: { "x-api-key": session.accessToken },
  });
  expect(response.status()).toBe(200);
  return response.body();
}

async function openDocuments(page: Page): Promise<string> {
  const ticketId = await openFirstTicket(page);
  await ticketPage(page).section("Documents").click();
  return ticketId;
}

const waitingUploads = (page: Page) => page.getByRole("region", { name: /Waiting to upload/ });

test("two photos arrive upright, smaller and without their location", async ({ page, sandbox }) => {
  const ticketId = await openDocuments(page);
  const photo = await exifPhoto(page);
  await attach(page, [
    { name: "rack-a.jpg", mimeType: "image/jpeg", buffer: photo },
    { name: "rack-b.jpg", mimeType: "image/jpeg", buffer: photo },
  ]);
  // Two 6-megapixel photos are decoded, turned, scaled and encoded before anything is queued. The line saying
  // "2 files will be attached (… → …)" goes once they are sent, which online can be at once: the sizes are checked below.
  await expect(documentList(page).getByRole("button", { name: "rack-a.jpg" })).toBeVisible({ timeout: 120_000 });
  await expect(documentList(page).getByRole("button", { name: "rack-b.jpg" })).toBeVisible();
  await expect(waitingUploads(page)).toBeHidden();

  const stored = (await documentsOf(page, sandbox.apiUrl, ticketId)).filter((document) => /^rack-[ab]\.jpg$/.test(document.document_name));
  expect(stored).toHaveLength(2);
  for (const document of stored) {
    const bytes = await serverBytes(page, sandbox.apiUrl, ticketId, document.document_id);
    expect(Number(document.file_size)).toBe(bytes.length);
    expect(bytes.length).toBeLessThan(photo.length / 2);
    expect(bytes.includes(Buffer.from("Exif\0\0", "binary"))).toBe(false);
    const shown = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/jpeg" }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const [red, green] = context.getImageData(bitmap.width - 20, 20, 1, 1).data;
      return { width: bitmap.width, height: bitmap.height, topRightIsRed: red! > 200 && green! < 80 };
    }, bytes.toString("base64"));
    // 3000×2000 stored, turned a quarter by EXIF: 2000×3000 upright, then within 2048 px.
    expect(shown).toEqual({ width: 1365, height: 2048, topRightIsRed: true });
  }
});

test("photos attached offline are sent once after the app was closed and opened online", async ({ page, context, sandbox }) => {
  const ticketId = await openDocuments(page);
  // The first ticket may hold documents already (an earlier journey of this file attached some).
  const already = (await documentsOf(page, sandbox.apiUrl, ticketId)).length;
  await expect(page.getByRole("tab", { name: /^Documents/ })).toHaveText(`Documents (${already})`);
  const photo = await exifPhoto(page, { width: 1200, height: 900 });
  await context.setOffline(true);
  await attach(page, [
    { name: "offline-1.jpg", mimeType: "image/jpeg", buffer: photo },
    { name: "offline-2.jpg", mimeType: "image/jpeg", buffer: photo },
  ]);
  await expect(waitingUploads(page)).toContainText("Waiting to upload (2");
  await expect(page.getByRole("tab", { name: /^Documents/ })).toHaveText(`Documents (${already + 2})`);
  await page.close();

  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(`/tickets/${ticketId}`);
  await ticketPage(reopened).section("Documents").click();
  await expect(documentList(reopened).getByRole("button", { name: "offline-2.jpg" })).toBeVisible({ timeout: 30_000 });
  await expect(waitingUploads(reopened)).toBeHidden({ timeout: 20_000 });
  const names = (await documentsOf(reopened, sandbox.apiUrl, ticketId)).map((document) => document.document_name);
  expect(names.filter((name) => name === "offline-1.jpg")).toHaveLength(1);
  expect(names.filter((name) => name === "offline-2.jpg")).toHaveLength(1);
});

test("a photo whose answer was lost after the server stored it is not uploaded twice", async ({ page, sandbox }) => {
  const ticketId = await openDocuments(page);
  const photo = await exifPhoto(page, { width: 800, height: 600 });
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await attach(page, [{ name: "lost-answer.jpg", mimeType: "image/jpeg", buffer: photo }]);
  await expect(documentList(page).getByRole("button", { name: "lost-answer.jpg" })).toBeVisible({ timeout: 30_000 });
  await expect(waitingUploads(page)).toBeHidden({ timeout: 20_000 });
  const names = (await documentsOf(page, sandbox.apiUrl, ticketId)).map((document) => document.document_name);
  expect(names.filter((name) => name === "lost-answer.jpg")).toHaveLength(1);
});

test("a program is refused with the reason before anything is queued; the rest is attached", async ({ page, sandbox }) => {
  const ticketId = await openDocuments(page);
  await attach(page, [
    { name: "setup.exe", mimeType: "application/x-msdownload", buffer: Buffer.from("MZ not really a program") },
    { name: "readings.txt", mimeType: "text/plain", buffer: Buffer.from("PSU 1: 230 V\n") },
  ]);
  await expect(page.getByRole("alert")).toContainText("setup.exe is a program");
  await expect(documentList(page).getByRole("button", { name: "readings.txt" })).toBeVisible({ timeout: 30_000 });
  const names = (await documentsOf(page, sandbox.apiUrl, ticketId)).map((document) => document.document_name);
  expect(names).toContain("readings.txt");
  expect(names).not.toContain("setup.exe");
  await expectNoAxeViolations(page);
});

test("a photo opens full screen and zooms; a PDF downloads under its name", async ({ page, sandbox }) => {
  const ticketId = await ticketWithSeededDocuments(page, sandbox.apiUrl);
  await page.goto(`/tickets/${ticketId}`);
  await ticketPage(page).section("Documents").click();
  await expect(documentList(page).locator("img.document__thumbnail").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await documentList(page).getByRole("button", { name: "rack-2-front.jpg" }).click();
  const viewer = page.getByRole("dialog", { name: "Photo rack-2-front.jpg" });
  const image = viewer.getByRole("img", { name: "rack-2-front.jpg" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);
  await viewer.getByRole("button", { name: "Zoom in" }).click();
  await expect(viewer).toContainText("150 %");
  await image.dblclick();
  await expect(viewer).toContainText("100 %");
  await viewer.getByRole("button", { name: "Close" }).click();
  await expect(viewer).toBeHidden();

  const download = page.waitForEvent("download");
  await documentList(page).getByRole("button", { name: "Service report.pdf" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Service report.pdf");
  const stream = await file.createReadStream();
  const first = (await stream.toArray())[0] as Buffer;
  expect(first.subarray(0, 4).toString()).toBe("%PDF");
});

test.describe("on a tablet, by keyboard", () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: false });

  test("the documents and the photo viewer work with keys alone", async ({ page, sandbox }) => {
    const ticketId = await ticketWithSeededDocuments(page, sandbox.apiUrl);
    await page.goto(`/tickets/${ticketId}`);
    const tabs = page.getByRole("tablist", { name: "Ticket sections" });
    await tabs.getByRole("tab").first().focus();
    for (
      let step = 0;
      step < 4 && !(await page.getByRole("tab", { name: /^Documents/ }).getAttribute("aria-selected"))?.includes("true");
      step++
    ) {
      await page.keyboard.press("ArrowRight");
    }
    await expect(page.getByRole("tab", { name: /^Documents/ })).toHaveAttribute("aria-selected", "true");
    const photo = documentList(page).getByRole("button", { name: "rack-2-front.jpg" });
    for (let step = 0; step < 6 && !(await photo.evaluate((element) => element === document.activeElement)); step++) {
      await page.keyboard.press("Tab");
    }
    await expect(photo).toBeFocused();
    await page.keyboard.press("Enter");
    const viewer = page.getByRole("dialog", { name: "Photo rack-2-front.jpg" });
    await expect(viewer.getByRole("img")).toBeVisible();
    await page.keyboard.press("+");
    await expect(viewer).toContainText("150 %");
    await page.keyboard.press("0");
    await expect(viewer).toContainText("100 %");
    await page.keyboard.press("Escape");
    await expect(viewer).toBeHidden();
    await expect(photo).toBeFocused();
  });
});

test("a photo waiting offline shows its thumbnail, not 'no files yet', and 'will be attached' goes once it is sent", async ({
  page,
  context,
  sandbox,
}) => {
  const { userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/tickets?limit=1");
  const mine = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets?assigned_to=${userId}&limit=20&fields=mobile_list`)).body.data as {
    ticket_id: string;
  }[];
  let ticketId = "";
  for (const { ticket_id } of mine) {
    if ((await documentsOf(page, sandbox.apiUrl, ticket_id)).length === 0) {
      ticketId = ticket_id;
      break;
    }
  }
  expect(ticketId).not.toBe("");
  await page.goto(`/tickets/${ticketId}`);
  await ticketPage(page).section("Documents").click();
  const none = page.getByText("No photos or files on this ticket yet.");
  await expect(none).toBeVisible();

  await context.setOffline(true);
  await attach(page, [{ name: "site-photo.jpg", mimeType: "image/jpeg", buffer: await exifPhoto(page, { width: 1200, height: 900 }) }]);
  await expect(waitingUploads(page)).toContainText("site-photo.jpg");
  await expect(waitingUploads(page).getByRole("img", { name: "Photo site-photo.jpg" })).toBeVisible();
  await expect
    .poll(() =>
      waitingUploads(page)
        .getByRole("img")
        .evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0),
    )
    .toBe(true);
  await expect(none).toBeHidden();
  await page.screenshot({ path: shot("photo-waiting-offline.png") });

  await context.setOffline(false);
  await expect(documentList(page).getByRole("button", { name: "site-photo.jpg" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("will be attached")).toBeHidden();
  await page.screenshot({ path: shot("photo-sent.png") });
});
