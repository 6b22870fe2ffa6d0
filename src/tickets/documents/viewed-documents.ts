import { writeIfSignedIn } from "../../auth/account-writes";
import { deleteFiles, getFile, putFile, readRecord, updateRecord } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";

/** Documents opened are kept for reading offline up to this many bytes; the least recently opened go first. */
export const VIEWED_BUDGET_BYTES = 50_000_000;

export interface ViewedEntry {
  documentId: string;
  size: number;
  usedAt: number;
}

type Account = readonly [server: string, userId: string];

/** The entry of a newer server's thumbnail, kept beside the documents (awareness §10.2); not a document of its own. */
export const variantEntryId = (documentId: string, variant: string) => `${documentId}#${variant}`;
const isVariantEntry = (entry: ViewedEntry) => entry.documentId.includes("#");

/** Which entries to drop so that `entries` fit in `budget`: least recently used first. */
export function overBudget(entries: ViewedEntry[], budget = VIEWED_BUDGET_BYTES): string[] {
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  const dropped: string[] = [];
  for (const entry of [...entries].sort((a, b) => a.usedAt - b.usedAt)) {
    if (total <= budget) break;
    total -= entry.size;
    dropped.push(entry.documentId);
  }
  return dropped;
}

/** A kept copy of the document, marked as just used; null when none is kept. */
export async function readViewed([server, userId]: Account, documentId: string): Promise<Blob | null> {
  const blob = await getFile(userKeys.viewedFile(server, userId, documentId));
  if (blob) {
    await updateRecord<ViewedEntry[]>(userKeys.viewedIndex(server, userId), (entries = []) =>
      entries.map((entry) => (entry.documentId === documentId ? { ...entry, usedAt: Date.now() } : entry)),
    );
  }
  return blob;
}

/**
 * Keeps a downloaded document, dropping the least recently opened ones beyond the budget. Only while its
 * account is signed in: a download that ends after sign-out must not put the document back after the wipe.
 */
export async function keepViewed([server, userId]: Account, documentId: string, blob: Blob): Promise<void> {
  if (blob.size > VIEWED_BUDGET_BYTES) return;
  const key = userKeys.viewedFile(server, userId, documentId);
  const dropped: string[] = [];
  await writeIfSignedIn(key, async () => {
    await putFile(key, blob);
    await updateRecord<ViewedEntry[]>(userKeys.viewedIndex(server, userId), (entries = []) => {
      const next = [...entries.filter((entry) => entry.documentId !== documentId), { documentId, size: blob.size, usedAt: Date.now() }];
      dropped.splice(0, dropped.length, ...overBudget(next));
      return next.filter((entry) => !dropped.includes(entry.documentId));
    });
  });
  if (dropped.length > 0) await deleteFiles(dropped.map((id) => userKeys.viewedFile(server, userId, id)));
}

export async function viewedUsage([server, userId]: Account): Promise<{ bytes: number; count: number }> {
  const entries = (await readRecord<ViewedEntry[]>(userKeys.viewedIndex(server, userId))) ?? [];
  return { bytes: entries.reduce((sum, entry) => sum + entry.size, 0), count: entries.filter((entry) => !isVariantEntry(entry)).length };
}

export async function clearViewed([server, userId]: Account): Promise<void> {
  const entries = (await readRecord<ViewedEntry[]>(userKeys.viewedIndex(server, userId))) ?? [];
  await deleteFiles([
    ...entries.map((entry) => userKeys.viewedFile(server, userId, entry.documentId)),
    userKeys.viewedIndex(server, userId),
  ]);
}
