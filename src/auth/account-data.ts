import { delMany, entries } from "idb-keyval";
import { CACHE_MAX_AGE_MS } from "../lib/cache-lifetime";
import { deleteFiles, fileKeys, readRecord } from "../lib/file-store";
import { accountFilePrefixes, accountRecordPrefixes, userKeys } from "../lib/storage-keys";
import { keyBelongsTo, keyInScope } from "./account-writes";
import { readStoredSession } from "./session-store";

const { queryCache: CACHE_PREFIX, draft: DRAFT_PREFIX, outbox: OUTBOX_PREFIX } = accountRecordPrefixes;
const ACCOUNT_PREFIXES = Object.values(accountRecordPrefixes);
const ACCOUNT_FILE_PREFIXES = Object.values(accountFilePrefixes);

export interface OtherAccountsData {
  keys: string[];
  /** In the file store: documents they kept for reading offline, and the photos and files their queue was to upload. */
  fileKeys: string[];
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
  const uploads = others.filter(([key]) => String(key).includes(":change:")).flatMap(([, item]) => uploadOf(item));
  return {
    keys: others.map(([key]) => String(key)),
    fileKeys: [...(await otherAccountsFiles({ server, user: { id: userId } })), ...uploads],
    unsentChanges,
  };
}

type Account = { server: string; user: { id: string } } | null;

/** Per-account records of the file store that are not `signedIn`'s. */
async function otherAccountsFiles(signedIn: Account): Promise<string[]> {
  return (await fileKeys()).filter(
    (key) =>
      ACCOUNT_FILE_PREFIXES.some((prefix) => key.startsWith(prefix)) && !(signedIn && keyBelongsTo(key, signedIn.server, signedIn.user.id)),
  );
}

/** The file-store key of the bytes a queued change uploads, if it is a document. */
function uploadOf(item: unknown): string[] {
  const change = (item as { change?: { kind?: unknown; fileId?: unknown } } | null)?.change;
  return change?.kind === "document" && typeof change.fileId === "string" ? [userKeys.uploadFile(change.fileId)] : [];
}

function queueLength(index: unknown): number {
  if (Array.isArray(index)) return index.length;
  const ids = (index as { ids?: unknown } | null)?.ids;
  return Array.isArray(ids) ? ids.length : 0;
}

export async function removeAccountData({ keys, fileKeys }: OtherAccountsData): Promise<void> {
  await delMany(keys);
  await deleteFiles(fileKeys);
}

/**
 * Removes cached tickets and drafts of accounts whose session ended (expired, or replaced) and never
 * came back within the cache lifetime: the data would otherwise stay on a shared device for
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
  await sweepAbandonedViewedFiles(signedIn, now);
}

/**
 * Documents kept for reading offline are a cache like the tickets: gone with an account not resumed within
 * the cache lifetime, judged by the last one opened. The bytes of queued uploads stay, like their changes.
 */
async function sweepAbandonedViewedFiles(signedIn: Account, now: number): Promise<void> {
  const others = await otherAccountsFiles(signedIn);
  const staleAccounts: string[] = [];
  for (const index of others.filter((key) => key.startsWith(accountFilePrefixes.viewedIndex))) {
    const entries = (await readRecord<{ usedAt?: unknown }[]>(index)) ?? [];
    const lastUsed = Math.max(0, ...entries.map((entry) => (typeof entry.usedAt === "number" ? entry.usedAt : 0)));
    if (now - lastUsed > CACHE_MAX_AGE_MS) staleAccounts.push(index.slice(accountFilePrefixes.viewedIndex.length));
  }
  const stale = others.filter((key) => staleAccounts.some((scope) => keyInScope(key, scope)));
  if (stale.length > 0) await deleteFiles(stale);
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
