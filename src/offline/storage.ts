import { delMany } from "idb-keyval";
import { userKeys } from "../lib/storage-keys";
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
  // The create form's lists go with the cache: loading them again is due at the next start, not tomorrow.
  localStorage.removeItem(userKeys.formListsRefresh(server, userId));
  await delMany(persistedCacheKeys(server, userId));
}

export type RoomVerdict = "ok" | "low" | "full";

/** Keep this share of the quota free: the browser refuses writes near it, and evicts sites under pressure. */
const HEADROOM = 0.1;
/** Warn from this share of the quota on. */
const LOW_AT = 0.8;

/** Whether `adding` more bytes fit in the origin's quota: "full" would be refused, "low" fits but leaves little. */
export function roomFor(adding: number, usage: number, quota: number): RoomVerdict {
  if (quota <= 0) return "ok";
  const after = usage + adding;
  if (after > quota * (1 - HEADROOM)) return "full";
  return after > quota * LOW_AT ? "low" : "ok";
}

/** The verdict for `adding` bytes on this device; "ok" when the browser does not say (it then has no hard quota to report). */
export async function checkRoom(adding: number): Promise<{ verdict: RoomVerdict; freeBytes: number | null }> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return { verdict: "ok", freeBytes: null };
  const usage = estimate.usage ?? 0;
  return { verdict: roomFor(adding, usage, estimate.quota), freeBytes: Math.max(0, estimate.quota * (1 - HEADROOM) - usage) };
}
