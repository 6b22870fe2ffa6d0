import { writeIfSignedIn } from "../../auth/account-writes";
import { t } from "../../i18n/active-language";
import { currentSession, sessionScope } from "../../auth/session";
import { checkRoom } from "../../offline/storage";
import { deleteFile, putFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import { outbox } from "../changes/ticket-outbox";
import { readableName } from "./document-name";
import { prepareFile, type PreparedFile } from "./prepare-file";
import { formatBytes } from "../../lib/format-bytes";
import { uploadRefusal, uploadType } from "./upload-rules";

export interface AttachResult {
  /** Files not queued, each with why, in the technician's words. */
  refused: string[];
  /** Files queued, with their size before and after preparing, and their id in the outbox. */
  queued: { fileId: string; name: string; before: number; after: number }[];
  /** Queued, but the device is nearly full. */
  lowSpace: boolean;
}

/**
 * Checks, prepares and queues picked files for `ticketId`. Nothing is queued for a refused file, and
 * nothing at all when the device has no room for the prepared bytes (the browser would refuse the write).
 */
export async function attachFiles(ticketId: string, files: File[], baseUpdatedAt: string | null): Promise<AttachResult> {
  const refused: string[] = [];
  const accepted = files.filter((file) => {
    const refusal = uploadRefusal({ name: file.name, size: file.size, type: uploadType(file) });
    if (refusal) refused.push(refusal);
    return !refusal;
  });
  const prepared: PreparedFile[] = [];
  // One at a time: a decoded 12-megapixel photo takes ~50 MB of memory.
  for (const file of accepted) {
    const result = await prepareFile(file);
    if ("refusal" in result) refused.push(result.refusal);
    else prepared.push(result);
  }

  const bytes = prepared.reduce((sum, file) => sum + file.blob.size, 0);
  const room = await checkRoom(bytes);
  if (room.verdict === "full") {
    const size = formatBytes(bytes);
    refused.push(
      room.freeBytes === null ? t("documents.noRoom", { size }) : t("documents.noRoomFree", { size, free: formatBytes(room.freeBytes) }),
    );
    return { refused, queued: [], lowSpace: true };
  }

  const session = currentSession();
  if (!session) throw new Error(t("documents.signedOut"));
  const queued: AttachResult["queued"] = [];
  for (const file of prepared) {
    // Alga stores the name as sent and shows it to everyone: the cleaned name, the one the check saw.
    const name = readableName(file.name);
    const fileId = crypto.randomUUID();
    const key = userKeys.uploadFile(fileId);
    // The bytes belong to the account whose outbox will name them: nothing is stored once it is signed out.
    const stored = await writeIfSignedIn(userKeys.outbox(...sessionScope(session)), () => putFile(key, file.blob));
    if (!stored) throw new Error(t("documents.signedOut"));
    try {
      await outbox.enqueue({ kind: "document", ticketId, fileId, name, size: file.blob.size, type: file.type }, baseUpdatedAt);
    } catch (error) {
      await deleteFile(key);
      throw error;
    }
    queued.push({ fileId, name, before: file.originalSize, after: file.blob.size });
  }
  return { refused, queued, lowSpace: room.verdict === "low" };
}
