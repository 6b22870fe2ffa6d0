import { writeFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, readStored, resetSandbox, serverApi, setFaults, test, type TestSandbox } from "./fixtures";
import { shot } from "./kit/screen-checks";
import { readPng } from "./png-check";
import { ticketPage } from "./ticket-page";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 150_000 });

interface ServerDocument {
  document_id: string;
  document_name: string;
}
interface ServerComment {
  comment_text: string;
  is_internal: boolean;
}

/** Opens the `index`th ticket of the list (each journey signs on its own ticket) and returns its id. */
async function openTicket(page: Page, index: number): Promise<string> {
  await page.getByRole("list", { name: "Open tickets" }).getByRole("link").nth(index).click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** Resolve, a resolution note, then Customer sign-off: the sheet the customer signs in. */
async function openSignOff(page: Page, note: string): Promise<Locator> {
  await page.getByRole("button", { name: "Resolve…" }).click();
  const resolve = ticketPage(page).sheet("Resolve");
  await resolve.getByRole("textbox", { name: "Resolution note" }).fill(note);
  await resolve.getByRole("button", { name: "Customer sign-off" }).click();
  const form = ticketPage(page).sheet("Customer sign-off").getByRole("form", { name: "Customer sign-off" });
  await expect(form).toBeVisible();
  return form;
}

const padOf = (form: Locator) => form.getByRole("img", { name: /^Signature pad/ });

/** A zigzag across the pad, pressed with the mouse. */
async function signWithMouse(page: Page, pad: Locator) {
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + box.width * (0.1 + step * 0.06), box.y + box.height * (step % 2 ? 0.3 : 0.7), { steps: 3 });
  }
  await page.mouse.up();
}

/** A finger's stroke across the pad: real touch input, which the browser turns into touch pointer events. */
async function signWithFinger(page: Page, pad: Locator) {
  const box = (await pad.boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const at = (fraction: number) => ({
    x: box.x + box.width * (0.15 + fraction * 0.7),
    y: box.y + box.height * (0.5 + 0.3 * Math.sin(fraction * 9)),
  });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [at(0)] });
  for (let step = 1; step <= 20; step++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [at(step / 20)] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}

async function documentsNamed(page: Page, sandbox: TestSandbox, ticketId: string, pattern: RegExp): Promise<ServerDocument[]> {
  const documents = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/documents`)).body.data as ServerDocument[];
  return documents.filter((document) => pattern.test(document.document_name));
}

async function commentsStarting(page: Page, sandbox: TestSandbox, ticketId: string, start: string): Promise<ServerComment[]> {
  const comments = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as ServerComment[];
  return comments.filter((comment) => comment.comment_text.startsWith(start));
}

/** The PNG the server holds, downloaded with the user's key and read: size, chunks, ink in the signature's part. */
async function storedSignOff(page: Page, sandbox: TestSandbox, ticketId: string, documentId: string) {
  const session = (await readStored(page, "alga.session")) as { accessToken: string };
  const response = await page.request.get(`${sandbox.apiUrl}/api/v1/tickets/${ticketId}/documents/${documentId}`, {
    headers: { "x-api-key": session.accessToken },
  });
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  const png = readPng(bytes);
  // The image is 1000 × 520: the signature in the top 400 rows, the name and the time under them.
  const signatureInk = png.inkPerRow.slice(0, 395).reduce((sum, ink) => sum + ink, 0);
  const nameInk = png.inkPerRow.slice(405).reduce((sum, ink) => sum + ink, 0);
  return { ...png, signatureInk, nameInk, bytes };
}

/** Waits until the server has exactly one sign-off image and one sign-off comment by `signer` on the ticket, then checks the image. */
async function expectLandedOnce(page: Page, sandbox: TestSandbox, ticketId: string, signer: string, summary: string) {
  await expect
    .poll(async () => (await commentsStarting(page, sandbox, ticketId, `Signed off by ${signer} on `)).length, { timeout: 45_000 })
    .toBe(1);
  const [comment] = await commentsStarting(page, sandbox, ticketId, `Signed off by ${signer} on `);
  expect(comment!.is_internal).toBe(false);
  expect(comment!.comment_text).toContain(`: ${summary}`);
  const images = await documentsNamed(page, sandbox, ticketId, /^Sign-off \d{4}-\d{2}-\d{2} \d{4}\.png$/);
  expect(images).toHaveLength(1);
  const png = await storedSignOff(page, sandbox, ticketId, images[0]!.document_id);
  expect(png).toMatchObject({ width: 1000, height: 520 });
  expect(png.chunkTypes.filter((type) => ["tEXt", "iTXt", "zTXt", "eXIf"].includes(type))).toEqual([]);
  expect(png.signatureInk).toBeGreaterThan(500);
  expect(png.nameInk).toBeGreaterThan(200);
  return png.bytes;
}

test("a dot is refused; a signature drawn with the mouse lands once as a clean PNG and a public comment", async ({ page, sandbox }) => {
  const ticketId = await openTicket(page, 0);
  const note = `Replaced the fuser unit ${Date.now()}`;
  const form = await openSignOff(page, note);
  await expect(form.getByRole("textbox", { name: "Summary of the work" })).toHaveValue(new RegExp(`^${note}`));
  const pad = padOf(form);

  await pad.click();
  await form.getByRole("button", { name: "Save sign-off" }).click();
  await expect(form.getByText("Write the signer's name as they would print it.")).toBeVisible();
  await expect(form.getByText(/^That is too little to be a signature/)).toBeVisible();
  await expect(pad).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  await form.getByRole("button", { name: "Clear" }).click();
  await expect(form.getByRole("button", { name: "Undo" })).toBeDisabled();
  await signWithMouse(page, pad);
  await expect(form.getByRole("button", { name: "Undo" })).toBeEnabled();
  const signer = `Dana Reyes ${Date.now()}`;
  await form.getByRole("textbox", { name: "Signer's name" }).fill(signer);
  await form.getByRole("button", { name: "Save sign-off" }).click();
  // Back to Resolve, with the note still there to close the ticket.
  await expect(ticketPage(page).sheet("Resolve").getByRole("textbox", { name: "Resolution note" })).toHaveValue(note);
  const saved = await expectLandedOnce(page, sandbox, ticketId, signer, note);
  await writeFile(shot("saved-sign-off.png"), saved);
});

test("on a board that asks for it, Resolve takes the sign-off first; a finger signs", async ({ page, sandbox }) => {
  const ticketId = await openTicket(page, 1);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const resolve = ticketPage(page).sheet("Resolve");
  await resolve.getByRole("checkbox", { name: "Ask for sign-off before resolving on this board" }).check();
  await resolve.getByRole("button", { name: "Close" }).click();

  await page.reload();
  await page.getByRole("button", { name: "Resolve…" }).click();
  const form = ticketPage(page).sheet("Customer sign-off").getByRole("form", { name: "Customer sign-off" });
  await expect(form.getByRole("button", { name: "Resolve without sign-off" })).toBeVisible();
  await signWithFinger(page, padOf(form));
  await expect(form.getByRole("button", { name: "Undo" })).toBeEnabled();
  const signer = `Sam Okafor ${Date.now()}`;
  await form.getByRole("textbox", { name: "Signer's name" }).fill(signer);
  const summary = `Network switch swapped ${Date.now()}`;
  await form.getByRole("textbox", { name: "Summary of the work" }).fill(summary);
  await form.getByRole("button", { name: "Save sign-off" }).click();
  await expect(ticketPage(page).sheet("Resolve").getByRole("form", { name: "Resolve ticket" })).toBeVisible();
  await expectLandedOnce(page, sandbox, ticketId, signer, summary);
});

test("signed offline, with the first answer lost after reconnecting, lands once", async ({ page, context, sandbox }) => {
  const ticketId = await openTicket(page, 2);
  const note = `Cleaned the print heads ${Date.now()}`;
  await page.getByRole("button", { name: "Resolve…" }).click();
  await context.setOffline(true);
  const resolve = ticketPage(page).sheet("Resolve");
  await resolve.getByRole("textbox", { name: "Resolution note" }).fill(note);
  await resolve.getByRole("button", { name: "Customer sign-off" }).click();
  const form = ticketPage(page).sheet("Customer sign-off").getByRole("form", { name: "Customer sign-off" });
  await signWithMouse(page, padOf(form));
  const signer = `Lee Park ${Date.now()}`;
  await form.getByRole("textbox", { name: "Signer's name" }).fill(signer);
  await form.getByRole("button", { name: "Save sign-off" }).click();
  await resolve.getByRole("button", { name: "Close" }).click();
  await expect(ticketPage(page).pending).toContainText(`Signed off by ${signer}`);
  expect(await commentsStarting(page, sandbox, ticketId, `Signed off by ${signer}`)).toEqual([]);

  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await context.setOffline(false);
  await expectLandedOnce(page, sandbox, ticketId, signer, note);
  await expect(ticketPage(page).pending).toBeHidden({ timeout: 30_000 });
});

test("in portrait the pad spans the sheet", async ({ page }) => {
  await openTicket(page, 3);
  const form = await openSignOff(page, "Replaced the toner");
  await signWithFinger(page, padOf(form));
  await form.getByRole("textbox", { name: "Signer's name" }).fill("Dana Reyes");
  await padOf(form).scrollIntoViewIfNeeded();
  const box = (await padOf(form).boundingBox())!;
  expect(box.width).toBeGreaterThan(300);
  await page.screenshot({ path: shot("pad-portrait-390x844.png") });
});

test.describe("a phone on its side", () => {
  test.use({ viewport: { width: 844, height: 390 } });

  test("the pad is whole on screen and takes a finger; undo takes the stroke back", async ({ page }) => {
    await openTicket(page, 3);
    const form = await openSignOff(page, "Replaced the toner");
    const pad = padOf(form);
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThan(150);
    await signWithFinger(page, pad);
    await form.getByRole("button", { name: "Undo" }).click();
    await expect(form.getByRole("button", { name: "Undo" })).toBeDisabled();
    await signWithFinger(page, pad);
    await form.getByRole("textbox", { name: "Signer's name" }).fill("Dana Reyes");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: shot("pad-landscape-844x390.png") });
  });
});
