import { delMany } from "idb-keyval";
import { persistedCacheKeys } from "./query-persistence";

export interface StorageState {
  persisted: boolean | null;
  usedBytes: number | null;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator !== "undefined" ? navigator.storage : undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : null,
    storage?.estimate ? storage.estimate().catch(() => null) : null,
  ]);
  return { persisted, usedBytes: estimate?.usage ?? null };
}

/**
 * Asks the browser not to evict this app's data under storage pressure. Called after sign-in,
 * when the user has just shown they use the app (Chrome grants it to installed and engaged sites;
 * Safari decides on its own).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  return (await navigator.storage?.persist?.().catch(() => false)) ?? false;
}

/** Drops the saved copy of tickets; queued changes and drafts stay. */
export async function clearCachedTickets(server: string, userId: string, clearMemory: () => void): Promise<void> {
  clearMemory();
  await delMany(persistedCacheKeys(server, userId));
}
