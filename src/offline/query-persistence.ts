import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { hydrate, type Query, type QueryClient } from "@tanstack/react-query";
import { persistQueryClientRestore, type PersistedClient, type Persister } from "@tanstack/react-query-persist-client";
import { del, get, set } from "idb-keyval";
import { writeIfSignedIn } from "../auth/account-writes";
import { CACHE_MAX_AGE_MS, CACHE_SCHEMA_VERSION } from "../lib/cache-lifetime";
import { userKeys } from "../lib/storage-keys";

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

/**
 * Marks a query the first screen does not need (a ticket opened before, its comments): persisted in a
 * second record, restored just after the first screen. Two hundred opened tickets are megabytes of
 * JSON; a warm start's first row must not wait for parsing all of them.
 */
export const RESTORE_AFTER_FIRST_SCREEN = { restoreAfterFirstScreen: true } as const;

function restoredLater(query: PersistedClient["clientState"]["queries"][number]): boolean {
  return query.meta?.restoreAfterFirstScreen === true;
}

function only(client: PersistedClient, keep: (query: PersistedClient["clientState"]["queries"][number]) => boolean): PersistedClient {
  return { ...client, clientState: { ...client.clientState, queries: client.clientState.queries.filter(keep) } };
}

/** Both records of one account's persisted cache (sign-out and "clear saved tickets" remove them). */
export function persistedCacheKeys(server: string, userId: string): [firstScreen: string, later: string] {
  const key = userKeys.queryCache(server, userId);
  return [key, `${key}:later`];
}

/**
 * A saved query is its data, never the failure of its last refresh. Offline every refresh fails, and the
 * error came back from the device as a plain object, no longer an ApiError: the next start took it for a
 * bug and showed "Something went wrong" instead of the list. Applied when saving and, for copies saved
 * before this was fixed, when restoring.
 */
function withoutFailedRefreshes(client: PersistedClient): PersistedClient {
  const queries = client.clientState.queries.map((query) =>
    query.state.status === "error"
      ? { ...query, state: { ...query.state, status: "success" as const, error: null, fetchFailureReason: null } }
      : query,
  );
  return { ...client, clientState: { ...client.clientState, queries } };
}

const fromStorage = (value: string) => withoutFailedRefreshes(JSON.parse(value) as PersistedClient);

/**
 * The device failed to read a saved copy (WebKit's "Connection to Indexed Database server lost" after the app
 * comes back from the background), as opposed to a copy that cannot be parsed: the copy is kept for the next
 * start, and nothing is written over it meanwhile.
 */
class StorageReadFailed extends Error {
  constructor(cause: unknown) {
    super("The saved tickets could not be read", { cause });
  }
}

function splitPersister(server: string, userId: string) {
  const [firstKey, laterKey] = persistedCacheKeys(server, userId);
  const storage = {
    getItem: async (key: string) => {
      try {
        return await get<string>(key);
      } catch (cause) {
        throw new StorageReadFailed(cause);
      }
    },
    // Throttled writes land up to a second late: never after the user signed out, here or in another tab.
    setItem: (key: string, value: string) => writeIfSignedIn(key, () => set(key, value)),
    removeItem: (key: string) => del(key),
  };
  // Writes are throttled: a scrolling list changes the cache many times a second.
  const firstScreen = createAsyncStoragePersister({
    storage,
    key: firstKey,
    throttleTime: 1_000,
    serialize: (client) => JSON.stringify(withoutFailedRefreshes(trimForStorage(only(client, (query) => !restoredLater(query))))),
    deserialize: fromStorage,
  });
  const later = createAsyncStoragePersister({
    storage,
    key: laterKey,
    throttleTime: 1_000,
    serialize: (client) => JSON.stringify(withoutFailedRefreshes(only(client, restoredLater))),
    deserialize: fromStorage,
  });
  // A record is written only once it has been read back: until then, writing it would replace what the device
  // holds with (almost) nothing — before the second record is restored, or after a read of either failed.
  let firstRead = false;
  let laterRestored = false;
  const persister: Persister = {
    persistClient: async (client) => {
      // Decided when the copy is taken: a copy from before the second record was restored lacks the opened
      // tickets, and the first write can land after that restore (a restart lost them that way).
      const [withList, withOpenedTickets] = [firstRead, laterRestored];
      // Both at once: each throttle keeps the latest copy it was given, and a copy handed to the second only
      // after the first's wait would replace a newer one (the form's lists stopped at the second client's contacts).
      await Promise.all([withList && firstScreen.persistClient(client), withOpenedTickets && later.persistClient(client)]);
    },
    restoreClient: async () => {
      // A milestone of `npm run bench` (bench/restore.ts): with alga:cache-restored, the restore's own time.
      performance.mark("alga:cache-restore-start");
      try {
        const restored = await firstScreen.restoreClient();
        firstRead = true;
        return restored;
      } catch (error) {
        // Nothing to restore this time; TanStack would delete the copy on a rejection.
        if (error instanceof StorageReadFailed) return undefined;
        firstRead = true;
        throw error;
      }
    },
    removeClient: async () => {
      await firstScreen.removeClient();
      await later.removeClient();
    },
  };
  /** Hydrates the second record (same buster and age rules as the first); data fetched meanwhile is newer and stays. */
  async function restoreLater(queryClient: QueryClient): Promise<void> {
    let client: PersistedClient | undefined;
    try {
      client = await later.restoreClient();
    } catch (error) {
      // Unreadable now: left as it is, and not written this session. Unparseable: replaced by the next write.
      if (error instanceof StorageReadFailed) return;
    }
    if (client && client.buster === CACHE_SCHEMA_VERSION && Date.now() - client.timestamp <= CACHE_MAX_AGE_MS)
      hydrate(queryClient, client.clientState);
    performance.mark("alga:later-restored");
    laterRestored = true;
  }
  return { persister, restoreLater };
}

/**
 * Restores the first screen's record into the account's query client before React renders (main.tsx): a warm
 * start's first render then has the list's rows, instead of rendering empty, mounting the provider and only
 * then reading IndexedDB. Same rules as the provider's restore (buster, age); the provider still restores
 * on mount, which finds the same data and then brings the second record.
 */
export async function restoreFirstScreen(queryClient: QueryClient, server: string, userId: string): Promise<void> {
  const { persister } = splitPersister(server, userId);
  await persistQueryClientRestore({ queryClient, persister, maxAge: CACHE_MAX_AGE_MS, buster: CACHE_SCHEMA_VERSION });
  performance.mark("alga:cache-restored");
}

/**
 * Every query that holds data is saved, also one whose last refresh failed: offline, each background
 * refresh fails, and saving only successful queries (TanStack's default) dropped the tickets saved for
 * offline use at the next write, so a second offline start found them gone.
 */
function hasData(query: Query): boolean {
  return query.state.data !== undefined;
}

export function persistOptions(scope: [server: string, userId: string] | null) {
  // One cache per server and user, so two accounts on one device never see each other's tickets.
  const { persister, restoreLater } = scope ? splitPersister(...scope) : { persister: noPersister, restoreLater: async () => undefined };
  return {
    persistOptions: {
      persister,
      maxAge: CACHE_MAX_AGE_MS,
      buster: CACHE_SCHEMA_VERSION,
      dehydrateOptions: { shouldDehydrateQuery: hasData },
    },
    restoreLater,
  };
}
