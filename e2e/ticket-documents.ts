import type { Page } from "@playwright/test";
import { serverApi } from "./fixtures";

export interface ServerDocument {
  document_id: string;
  document_name: string;
  file_size: string;
}

export const documentsOf = async (page: Page, apiUrl: string, ticketId: string) =>
  (await serverApi(page, apiUrl, `/api/v1/tickets/${ticketId}/documents`)).body.data as ServerDocument[];

/** Attaches files through the picker, as a technician would. */
export async function attach(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Add photos or files" }).click();
  await (await chooser).setFiles(files);
}

/** The seeded ticket that holds rack-2-front.jpg and Service report.pdf. */
export async function ticketWithSeededDocuments(page: Page, apiUrl: string): Promise<string> {
  const { userId } = await serverApi(page, apiUrl, "/api/v1/tickets?limit=1");
  const mine = await serverApi(page, apiUrl, `/api/v1/tickets?assigned_to=${userId}&sort=ticket_number&order=asc&limit=5`);
  const tickets = mine.body.data as { ticket_id: string }[];
  for (const { ticket_id } of tickets) {
    if ((await documentsOf(page, apiUrl, ticket_id)).some((document) => document.document_name === "rack-2-front.jpg")) return ticket_id;
  }
  throw new Error("No seeded ticket with documents");
}

export const documentList = (page: Page) => page.getByRole("list", { name: "Documents" });

/** The picture in a document's row, once decoded: its natural size. */
export const shownPicture = (page: Page, name: string) =>
  documentList(page)
    .locator("li", { has: page.getByRole("button", { name, exact: true }) })
    .locator("img")
    .evaluate((image: HTMLImageElement) =>
      image.complete && image.naturalWidth > 0 ? { width: image.naturalWidth, height: image.naturalHeight } : null,
    );
