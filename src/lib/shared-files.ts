import { readRecord, updateRecord } from "./file-store";
import { userKeys } from "./storage-keys";

/** A file shared into the app (Web Share Target), waiting for the technician to pick its ticket. */
export interface SharedFile {
  id: string;
  file: File;
  sharedAt: number;
}

export async function addSharedFiles(files: File[]): Promise<void> {
  const shared = files.map((file) => ({ id: crypto.randomUUID(), file, sharedAt: Date.now() }));
  await updateRecord<SharedFile[]>(userKeys.sharedFiles, (current = []) => [...current, ...shared]);
}

export const readSharedFiles = async () => (await readRecord<SharedFile[]>(userKeys.sharedFiles)) ?? [];

/** Forgets shared files once they are queued on a ticket, or the technician let them go. */
export async function removeSharedFiles(ids: string[]): Promise<void> {
  await updateRecord<SharedFile[]>(userKeys.sharedFiles, (current = []) => current.filter((shared) => !ids.includes(shared.id)));
}
