import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import type { Persister } from "@tanstack/react-query-persist-client";
import { del, get, set } from "idb-keyval";

/**
 * Bump only when the shape of cached data changes. Never the build hash: every deploy would wipe
 * what a technician needs offline.
 */
export const CACHE_SCHEMA_VERSION = "1";

/** A technician's week, plus the weekend. Query gcTime must be at least this. */
export const CACHE_MAX_AGE_MS = 9 * 24 * 60 * 60_000;

const noPersister: Persister = {
  persistClient: async () => undefined,
  restoreClient: async () => undefined,
  removeClient: async () => undefined,
};

/** One cache per server and user, so two accounts on one device never see each other's tickets. */
export function queryCacheKey(server: string, userId: string): string {
  return `alga.queryCache:${server}:${userId}`;
}

export function persistOptions(scope: [server: string, userId: string] | null) {
  const persister = scope
    ? createAsyncStoragePersister({
        storage: { getItem: (key) => get<string>(key), setItem: (key, value: string) => set(key, value), removeItem: (key) => del(key) },
        key: queryCacheKey(...scope),
        // Writes are throttled: a scrolling list changes the cache many times a second.
        throttleTime: 1_000,
      })
    : noPersister;
  return { persister, maxAge: CACHE_MAX_AGE_MS, buster: CACHE_SCHEMA_VERSION };
}
