import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import type { PersistedClient, Persister } from "@tanstack/react-query-persist-client";
import { del, get, set } from "idb-keyval";
import { writeIfSignedIn } from "../auth/account-writes";
import { userKeys } from "../lib/storage-keys";

/**
 * Bump only when the shape of cached data changes. Never the build hash: every deploy would wipe
 * what a technician needs offline.
 */
export const CACHE_SCHEMA_VERSION = "1";

/** A technician's week, plus the weekend. Query gcTime must be at least this. */
export const CACHE_MAX_AGE_MS = 9 * 24 * 60 * 60_000;

/** Pages of a list kept for offline use: what a technician scrolls through on a normal day. */
export const PERSISTED_LIST_PAGES = 4;

interface InfiniteData {
  pages: unknown[];
  pageParams: unknown[];
}

function isInfinite(data: unknown): data is InfiniteData {
  return (
    typeof data === "object" &&
    data !== null &&
    Array.isArray((data as InfiniteData).pages) &&
    Array.isArray((data as InfiniteData).pageParams)
  );
}

/**
 * Keeps the first pages of each list only. A technician who scrolled 5 000 rows would otherwise
 * have megabytes re-serialised every second, in long tasks that make scrolling stutter on a phone.
 */
export function trimForStorage(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries.map((query) => {
    const data = query.state.data;
    if (!isInfinite(data) || data.pages.length <= PERSISTED_LIST_PAGES) return query;
    const trimmed = { pages: data.pages.slice(0, PERSISTED_LIST_PAGES), pageParams: data.pageParams.slice(0, PERSISTED_LIST_PAGES) };
    return { ...query, state: { ...query.state, data: trimmed } };
  });
  return { ...client, clientState: { ...client.clientState, queries } };
}

const noPersister: Persister = {
  persistClient: async () => undefined,
  restoreClient: async () => undefined,
  removeClient: async () => undefined,
};

export function persistOptions(scope: [server: string, userId: string] | null) {
  const persister = scope
    ? createAsyncStoragePersister({
        storage: {
          getItem: (key) => get<string>(key),
          // Throttled writes land up to a second late: never after the user signed out, here or in another tab.
          setItem: (key, value: string) => writeIfSignedIn(key, () => set(key, value)),
          removeItem: (key) => del(key),
        },
        // One cache per server and user, so two accounts on one device never see each other's tickets.
        key: userKeys.queryCache(...scope),
        // Writes are throttled: a scrolling list changes the cache many times a second.
        throttleTime: 1_000,
        serialize: (client) => JSON.stringify(trimForStorage(client)),
      })
    : noPersister;
  return { persister, maxAge: CACHE_MAX_AGE_MS, buster: CACHE_SCHEMA_VERSION };
}
