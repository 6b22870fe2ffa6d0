import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { documentSchema, type TicketDocument } from "./schemas/documents";
import { dataEnvelope } from "./schemas/envelopes";
import { ApiError } from "./errors";
import { isMissingRoute } from "./feature-answers";

const documentsEnvelope = dataEnvelope(z.array(documentSchema));
const documentEnvelope = dataEnvelope(documentSchema);
const blobSchema = z.instanceof(Blob);

// Generous for a slow uplink (~256 kbit/s): a file's time on the wire on top of the usual 30 s.
const BYTES_PER_MS = 32;
const transferTimeoutMs = (bytes: number) => 30_000 + Math.ceil(bytes / BYTES_PER_MS);

function documentsPath(ticketId: string, documentId?: string) {
  const base = `api/v1/tickets/${encodeURIComponent(ticketId)}/documents`;
  return documentId === undefined ? base : `${base}/${encodeURIComponent(documentId)}`;
}

/**
 * Newest first. Older servers have no thumbnails over the API key (field-kit contract §3.5): show the file or an
 * icon; newer ones do (awareness §10.2, `downloadVariant`).
 */
export async function listDocuments(api: ApiClient, ticketId: string, signal?: AbortSignal): Promise<TicketDocument[]> {
  const { data } = await api.request(documentsPath(ticketId), { schema: documentsEnvelope, signal });
  return data;
}

/**
 * Multipart, one `file` part. The name is mandatory (without one the server sees text and answers 400) and the
 * blob's type becomes `mime_type`. Not idempotent, and a refused size or type comes back as a 500, not a 400
 * (field-kit contract §3.2): check both before queueing. Only the outbox calls this.
 */
export async function uploadDocument(
  api: ApiClient,
  ticketId: string,
  file: Blob,
  name: string,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (sent: number, total: number) => void } = {},
): Promise<TicketDocument> {
  const form = new FormData();
  form.append("file", file, name);
  const { data } = await api.request(documentsPath(ticketId), {
    method: "POST",
    body: form,
    schema: documentEnvelope,
    signal,
    timeoutMs: transferTimeoutMs(file.size),
    onUploadProgress: onProgress,
  });
  return data;
}

/**
 * The bytes, through the authenticated client: no URL can carry the key (field-kit contract §10). The name to
 * save under is `document_name`: Content-Disposition is not readable cross-origin.
 */
export function downloadDocument(
  api: ApiClient,
  ticketId: string,
  document: Pick<TicketDocument, "document_id" | "file_size">,
  signal?: AbortSignal,
): Promise<Blob> {
  return api.request(documentsPath(ticketId, document.document_id), {
    schema: blobSchema,
    responseType: "blob",
    signal,
    timeoutMs: transferTimeoutMs(document.file_size ?? 0),
  });
}

/** A second delete answers 404 (not_found): the document is gone either way. */
export async function deleteDocument(api: ApiClient, ticketId: string, documentId: string): Promise<void> {
  await api.request(documentsPath(ticketId, documentId), { method: "DELETE", schema: dataEnvelope(z.null()) });
}

// The only answers a variant may be shown as: raster types a browser shows as a picture, never as a page (SVG).
const SHOWN_VARIANT_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"];

export type DocumentVariant = "thumbnail" | "preview";

/**
 * A newer server's 200×200 thumbnail or 800×600 preview (awareness §10.2), fetched with the key like the download.
 * Null when the document has none (404 JSON "…not available") or the answer is of a type the app does not show.
 * A server without the route lets its 404 page through: that answer tells the app the server has no thumbnails.
 */
export async function downloadVariant(
  api: ApiClient,
  ticketId: string,
  documentId: string,
  variant: DocumentVariant,
  signal?: AbortSignal,
): Promise<Blob | null> {
  try {
    const blob = await api.request(`${documentsPath(ticketId, documentId)}/${variant}`, {
      schema: blobSchema,
      responseType: "blob",
      signal,
    });
    const type = (blob.type.split(";")[0] ?? "").trim().toLowerCase();
    return SHOWN_VARIANT_TYPES.includes(type) ? new Blob([blob], { type }) : null;
  } catch (error) {
    if (error instanceof ApiError && error.kind === "not_found" && !isMissingRoute(error)) return null;
    throw error;
  }
}
