import { readRecord, updateRecord } from "./file-store";
import { userKeys } from "./storage-keys";
import { MAX_UPLOAD_BYTES } from "./upload-limit";

/** A file shared into the app (Web Share Target), waiting for the technician to pick its ticket. */
export interface SharedFile<F extends { size: number } = File> {
  id: string;
  file: F;
  sharedAt: number;
}

// A share is a POST any web page can make too (see share-target.ts): what waits is bounded, so no page can
// fill the device, and a share nobody picked a ticket for within a day is let go.
export const MAX_SHARED_FILES = 20;
/** Room for a video at the upload limit beside a few photos. */
export const MAX_SHARED_BYTES = 2 * MAX_UPLOAD_BYTES;
export const SHARE_LIFETIME_MS = 24 * 60 * 60 * 1000;

const isFresh = (share: { sharedAt: number }, now: number) => now - share.sharedAt <= SHARE_LIFETIME_MS;

/** The files that wait after `incoming` arrives: fresh ones only, and new ones while they fit the limits. */
export function keptShares<F extends { size: number }>(waiting: SharedFile<F>[], incoming: F[], now: number): SharedFile<F>[] {
  const kept = waiting.filter((share) => isFresh(share, now));
  let bytes = kept.reduce((sum, share) => sum + share.file.size, 0);
  for (const file of incoming) {
    if (kept.length >= MAX_SHARED_FILES) break;
    if (file.size > MAX_UPLOAD_BYTES || bytes + file.size > MAX_SHARED_BYTES) continue;
    kept.push({ id: crypto.randomUUID(), file, sharedAt: now });
    bytes += file.size;
  }
  return kept;
}

export async function addSharedFiles(files: File[]): Promise<void> {
  await updateRecord<SharedFile[]>(userKeys.sharedFiles, (current = []) => keptShares(current, files, Date.now()));
}

/** The files waiting for a ticket; those shared more than a day ago are gone. */
export async function readSharedFiles(): Promise<SharedFile[]> {
  const now = Date.now();
  const waiting = (await readRecord<SharedFile[]>(userKeys.sharedFiles)) ?? [];
  const fresh = waiting.filter((share) => isFresh(share, now));
  if (fresh.length < waiting.length) await removeSharedFiles(waiting.filter((share) => !fresh.includes(share)).map((share) => share.id));
  return fresh;
}

/** Forgets shared files once they are queued on a ticket, or the technician let them go. */
export async function removeSharedFiles(ids: string[]): Promise<void> {
  await updateRecord<SharedFile[]>(userKeys.sharedFiles, (current = []) => current.filter((shared) => !ids.includes(shared.id)));
}
