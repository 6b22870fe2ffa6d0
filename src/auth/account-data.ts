import { delMany, entries } from "idb-keyval";
import { CACHE_MAX_AGE_MS } from "../lib/cache-lifetime";
import { accountRecordPrefixes } from "../lib/storage-keys";
import { keyBelongsTo } from "./account-writes";
import { readStoredSession } from "./session-store";

const { queryCache: CACHE_PREFIX, draft: DRAFT_PREFIX, outbox: OUTBOX_PREFIX } = accountRecordPrefixes;
const ACCOUNT_PREFIXES = Object.values(accountRecordPrefixes);

export interface OtherAccountsData {
  keys: string[];
  /** Changes another account queued and never sent: removing them loses them. */
  unsentChanges: number;
}

/** What this device holds of accounts other than `server`/`userId` (after a sign-in as someone else). */
export async function otherAccountsData(server: string, userId: string): Promise<OtherAccountsData> {
  const others = (await entries()).filter(
    ([key]) => typeof key === "string" && ACCOUNT_PREFIXES.some((prefix) => key.startsWith(prefix)) && !keyBelongsTo(key, server, userId),
  );
  // A queue is an index record listing its changes' ids (or, stored before per-change records, an array of them).
  const unsentChanges = others
    .filter(([key]) => String(key).startsWith(OUTBOX_PREFIX) && !String(key).includes(":change:"))
    .reduce((count, [, index]) => count + queueLength(index), 0);
  return { keys: others.map(([key]) => String(key)), unsentChanges };
}

function queueLength(index: unknown): number {
  if (Array.isArray(index)) return index.length;
  const ids = (index as { ids?: unknown } | null)?.ids;
  return Array.isArray(ids) ? ids.length : 0;
}

export function removeAccountData(keys: string[]): Promise<void> {
  return delMany(keys);
}

/**
 * Removes cached tickets and drafts of accounts whose session ended (expired, or replaced) and never
 * came back within the cache lifetime (review L8): the data would otherwise stay on a shared device for
 * good. Queued changes stay: they are work the user did, and they are sent when that user signs in again.
 */
export async function sweepAbandonedAccountData(now = Date.now()): Promise<void> {
  const signedIn = await readStoredSession();
  const stale = (await entries()).filter(([key, value]) => {
    if (typeof key !== "string" || (signedIn && keyBelongsTo(key, signedIn.server, signedIn.user.id))) return false;
    if (key.startsWith(CACHE_PREFIX)) return now - cacheTimestamp(value) > CACHE_MAX_AGE_MS;
    if (key.startsWith(DRAFT_PREFIX)) return now - draftTimestamp(value) > CACHE_MAX_AGE_MS;
    return false;
  });
  if (stale.length > 0) await delMany(stale.map(([key]) => key));
}

/** The persisted cache is a JSON string whose timestamp comes before the data: read it without parsing megabytes. */
function cacheTimestamp(value: unknown): number {
  const match = typeof value === "string" ? /"timestamp":(\d+)/.exec(value.slice(0, 200)) : null;
  return match ? Number(match[1]) : 0;
}

function draftTimestamp(value: unknown): number {
  const savedAt = (value as { savedAt?: unknown } | null)?.savedAt;
  return typeof savedAt === "number" ? savedAt : 0;
}
