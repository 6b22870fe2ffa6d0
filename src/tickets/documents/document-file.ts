import { useEffect, useState } from "react";
import type { ApiClient } from "../../api/client";
import { downloadDocument } from "../../api/documents";
import type { TicketDocument } from "../../api/schemas/documents";
import { sessionScope, useSession } from "../../auth/session";
import { apiClient } from "../../api/app-client";
import { readableName } from "./document-name";
import { keepViewed, readViewed } from "./viewed-documents";

type Account = readonly [server: string, userId: string];

// Raster images the app shows itself. Never SVG: an <img> runs no script, but the same blob opened as a page
// ("Open image in new tab", a long press) is a document of the app's origin and would, with the session in reach.
const VIEWABLE = /^image\/(jpeg|png|gif|webp|avif|bmp)$/;

export const isViewableImage = (document: TicketDocument) => VIEWABLE.test(document.mime_type ?? "");

/**
 * The type a blob URL of the document gets: the declared raster type for an image the app shows, which the browser
 * only ever shows as a picture, else one no browser renders, so that anything opened as a page (HTML, SVG, a "PDF"
 * that is a page) is saved instead. The server keeps whatever type the uploader declared (fieldkit §3.2).
 */
function blobType(document: TicketDocument): string {
  const declared = document.mime_type ?? "";
  return VIEWABLE.test(declared) ? declared : "application/octet-stream";
}

/** The document's bytes: the copy kept on the device, else downloaded with the key (no URL can carry it) and kept. */
export async function documentBlob(api: ApiClient, account: Account, ticketId: string, document: TicketDocument): Promise<Blob> {
  const bytes = (await readViewed(account, document.document_id)) ?? (await download(api, account, ticketId, document));
  return new Blob([bytes], { type: blobType(document) });
}

async function download(api: ApiClient, account: Account, ticketId: string, document: TicketDocument): Promise<Blob> {
  const downloaded = await downloadDocument(api, ticketId, document);
  await keepViewed(account, document.document_id, downloaded).catch(() => undefined);
  return downloaded;
}

export function useAccount(): Account {
  const session = useSession();
  if (!session) throw new Error("Documents need a session");
  return sessionScope(session);
}

/** A blob URL of the document while `enabled`, revoked when it is no longer shown. */
export function useDocumentUrl(ticketId: string, document: TicketDocument, enabled: boolean) {
  const api = apiClient();
  const [server, userId] = useAccount();
  const [state, setState] = useState<{ id: string; url: string | null; failed: boolean } | null>(null);
  const id = document.document_id;

  useEffect(() => {
    if (!enabled) return;
    let url: string | null = null;
    let cancelled = false;
    documentBlob(api, [server, userId], ticketId, document).then(
      (blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setState({ id, url, failed: false });
      },
      () => !cancelled && setState({ id, url: null, failed: true }),
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
    // The document's id says which bytes; the object itself is new on every refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, server, userId, ticketId, id, enabled]);

  const current = state?.id === id ? state : null;
  return { url: current?.url ?? null, failed: current?.failed ?? false };
}

/** Saves (or opens, as the browser decides) a document under its real name. */
export async function saveDocument(api: ApiClient, account: Account, ticketId: string, document: TicketDocument): Promise<void> {
  const url = URL.createObjectURL(await documentBlob(api, account, ticketId, document));
  const link = window.document.createElement("a");
  link.href = url;
  link.download = readableName(document.document_name);
  link.rel = "noopener";
  link.click();
  // The download reads the URL after this task: revoke it once the browser surely has it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
