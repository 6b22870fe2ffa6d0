import type { ApiClient } from "../../api/client";
import { listDocuments, uploadDocument } from "../../api/documents";
import { ApiError } from "../../api/errors";
import type { TicketDocument } from "../../api/schemas/documents";
import { deleteFile, getFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import type { Change, QueuedChange } from "./change";
import { CLOCK_SKEW_MS } from "./clock-skew";
import { reportUploadProgress } from "./upload-progress";

export type DocumentChange = Extract<Change, { kind: "document" }>;

/**
 * A refused size or type comes back as a 500, like a server fault (field-kit contract §3.2). After this
 * many 500s in a row (each preceded by a check that the file did not land) it is taken as a refusal.
 */
const SERVER_ERRORS_BEFORE_REFUSAL = 3;

/**
 * Uploads a queued file exactly once. The server has no idempotency (field-kit contract §3.2): when an
 * earlier attempt's answer was lost, the ticket's documents are checked for this file first.
 */
export async function sendDocument(api: ApiClient, item: QueuedChange & { change: DocumentChange }, userId: string): Promise<"sent"> {
  const { change } = item;
  const key = userKeys.uploadFile(change.fileId);
  const outcomeUnknown = item.state === "unknown" || item.state === "sending";
  if (outcomeUnknown && documentLanded(await listDocuments(api, change.ticketId), item, userId)) {
    await deleteFile(key);
    return "sent";
  }
  const bytes = await getFile(key);
  if (!bytes) {
    throw new ApiError("http", {
      code: "device.fileGone",
      message: "This file is no longer on this device (the browser may have cleared it). Attach it again.",
    });
  }
  try {
    await uploadDocument(api, change.ticketId, new Blob([bytes], { type: change.type }), change.name, {
      onProgress: (sent, total) => reportUploadProgress(change.fileId, total > 0 ? sent / total : 0),
    });
  } catch (error) {
    if (error instanceof ApiError && error.status === 500 && item.attempts + 1 >= SERVER_ERRORS_BEFORE_REFUSAL) {
      throw new ApiError("http", {
        status: 500,
        code: "device.fileRefused",
        message: "Alga did not accept this file: it may be too large or of a type your Alga server does not take. Ask your administrator.",
      });
    }
    throw error;
  } finally {
    reportUploadProgress(change.fileId, null);
  }
  await deleteFile(key);
  return "sent";
}

/**
 * Whether one of `documents` is this upload: the same name and size, by this user, and no older than the
 * change itself (less the clock skew between device and server). The upload answer carries no association
 * time, so `updated_at` (set at insert, ordered by) stands for it.
 */
export function documentLanded(documents: TicketDocument[], item: QueuedChange & { change: DocumentChange }, userId: string): boolean {
  const since = item.createdAt - CLOCK_SKEW_MS;
  return documents.some(
    (document) =>
      document.document_name === item.change.name &&
      document.file_size === item.change.size &&
      (document.created_by === null || document.created_by === userId) &&
      Date.parse(document.updated_at) >= since,
  );
}
