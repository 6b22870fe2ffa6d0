import { dehydrate, QueryClient } from "@tanstack/react-query";
import { persistQueryClientSave, type PersistedClient } from "@tanstack/react-query-persist-client";
import { clear, get, set } from "idb-keyval";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/errors";
import type { SessionUser } from "../api/schemas/auth";
import { writeStoredSession } from "../auth/session-store";
import { CACHE_SCHEMA_VERSION } from "../lib/cache-lifetime";
import {
  PERSISTED_LIST_PAGES,
  persistedCacheKeys,
  persistOptions,
  RESTORE_AFTER_FIRST_SCREEN,
  restoreFirstScreen,
  trimForStorage,
} from "./query-persistence";

/** idb-keyval as it is, but whose reads can be made to fail, as WebKit's do after the app comes back from the background. */
const storageReads = vi.hoisted(() => ({ fail: false }));
vi.mock("idb-keyval", async (actual) => {
  const real = await actual<typeof import("idb-keyval")>();
  return {
    ...real,
    get: (...args: Parameters<typeof real.get>) =>
      storageReads.fail ? Promise.reject(new Error("Connection to Indexed Database server lost")) : real.get(...args),
  };
});

function client(data: unknown): PersistedClient {
  return {
    timestamp: 1,
    buster: "1",
    clientState: {
      mutations: [],
      queries: [{ queryKey: ["k"], queryHash: "k", dehydratedAt: 1, state: { data, dataUpdatedAt: 1, status: "success" } as never }],
    },
  };
}

describe("persisted query cache", () => {
  it("keeps only the first pages of a long list, and their page params", () => {
    const pages = Array.from({ length: 200 }, (_, index) => ({ page: index + 1 }));
    const trimmed = trimForStorage(client({ pages, pageParams: pages.map((page) => page.page) }));
    const data = trimmed.clientState.queries[0]!.state.data as { pages: unknown[]; pageParams: number[] };
    expect(data.pages).toHaveLength(PERSISTED_LIST_PAGES);
    expect(data.pageParams).toEqual([1, 2, 3, 4]);
  });

  it("leaves other queries as they are", () => {
    const ticket = { ticket_id: "t1", title: "Printer offline" };
    expect(trimForStorage(client(ticket)).clientState.queries[0]!.state.data).toBe(ticket);
  });
});

describe("persisted query cache in two parts", () => {
  const scope: [string, string] = ["https://psa.example.com", "user-1"];
  const listKey = ["alga", ...scope, "list", {}];
  const ticketKey = ["alga", ...scope, "detail", "t1"];
  const list = { pages: [{ data: [{ ticket_id: "t1" }] }], pageParams: [1] };
  const ticket = { ticket_id: "t1", title: "Printer offline" };

  /** A session that has seen the list and opened one ticket, persisted as the app does. */
  async function persistSession() {
    const source = new QueryClient();
    source.setQueryData(listKey, list);
    source.setQueryDefaults(ticketKey, { meta: RESTORE_AFTER_FIRST_SCREEN });
    source.setQueryData(ticketKey, ticket);
    const { persistOptions: options, restoreLater } = persistOptions(scope);
    // As the provider does: both records are read back before either is written.
    await options.persister.restoreClient();
    await restoreLater(new QueryClient());
    await options.persister.persistClient({ timestamp: Date.now(), buster: CACHE_SCHEMA_VERSION, clientState: dehydrate(source) });
  }

  beforeEach(async () => {
    storageReads.fail = false;
    await clear();
    // The cache is written only while its account is the one signed in.
    const user = { id: scope[1] } as SessionUser;
    await writeStoredSession({ server: scope[0], accessToken: "a", refreshToken: "r", expiresAtMs: 0, tenantId: "t", user });
  });

  it("restores the list first, without the tickets opened before, then those", async () => {
    await persistSession();

    const { persistOptions: options, restoreLater } = persistOptions(scope);
    const firstScreen = await options.persister.restoreClient();
    expect(firstScreen?.clientState.queries.map((query) => query.queryKey)).toEqual([listKey]);

    const client = new QueryClient();
    await restoreLater(client);
    expect(client.getQueryData(ticketKey)).toEqual(ticket);
  });

  it("keeps the opened tickets when the list is saved again before they are restored", async () => {
    await persistSession();

    const { persistOptions: options, restoreLater } = persistOptions(scope);
    const listOnly = new QueryClient();
    listOnly.setQueryData(listKey, list);
    await options.persister.persistClient({ timestamp: Date.now(), buster: CACHE_SCHEMA_VERSION, clientState: dehydrate(listOnly) });

    const client = new QueryClient();
    await restoreLater(client);
    expect(client.getQueryData(ticketKey)).toEqual(ticket);
  });

  it("restores the saved list into the account's client before the first render, without the opened tickets", async () => {
    await persistSession();
    const client = new QueryClient();
    await restoreFirstScreen(client, ...scope);
    expect(client.getQueryData(listKey)).toEqual(list);
    expect(client.getQueryData(ticketKey)).toBeUndefined();
  });

  it("restores nothing of one account into another's client, nor a copy saved by an older version of the app", async () => {
    await persistSession();
    const other = new QueryClient();
    await restoreFirstScreen(other, scope[0], "user-2");
    expect(other.getQueryCache().getAll()).toEqual([]);

    const [firstKey] = persistedCacheKeys(...scope);
    const saved = JSON.parse((await get<string>(firstKey))!) as PersistedClient;
    await set(firstKey, JSON.stringify({ ...saved, buster: "0" }));
    const stale = new QueryClient();
    await restoreFirstScreen(stale, ...scope);
    expect(stale.getQueryData(listKey)).toBeUndefined();
  });

  it("never writes a copy taken before the opened tickets were restored over them, however late its write lands", async () => {
    await persistSession();
    const { persistOptions: options, restoreLater } = persistOptions(scope);
    const listOnly = new QueryClient();
    listOnly.setQueryData(listKey, list);
    const early = options.persister.persistClient({
      timestamp: Date.now(),
      buster: CACHE_SCHEMA_VERSION,
      clientState: dehydrate(listOnly),
    });
    await restoreLater(new QueryClient());
    await early;

    const restarted = new QueryClient();
    await persistOptions(scope).restoreLater(restarted);
    expect(restarted.getQueryData(ticketKey)).toEqual(ticket);
  });

  it("saves the latest of a burst of changes last, not a copy taken earlier in the burst", async () => {
    const { persistOptions: options, restoreLater } = persistOptions(scope);
    await restoreLater(new QueryClient());
    const source = new QueryClient();
    source.setQueryDefaults(ticketKey, { meta: RESTORE_AFTER_FIRST_SCREEN });
    // One cache change after another, as a run of requests brings them: each one saves the whole cache.
    const saves = ["first", "second", "third"].map((title) => {
      source.setQueryData(ticketKey, { ...ticket, title });
      return options.persister.persistClient({ timestamp: Date.now(), buster: CACHE_SCHEMA_VERSION, clientState: dehydrate(source) });
    });
    await Promise.all(saves);

    const restarted = new QueryClient();
    await persistOptions(scope).restoreLater(restarted);
    expect(restarted.getQueryData(ticketKey)).toEqual({ ...ticket, title: "third" });
  });

  it("keeps saving a ticket whose refresh failed offline, so a second offline start still has it", async () => {
    const { persistOptions: options, restoreLater } = persistOptions(scope);
    const app = new QueryClient();
    await restoreLater(app);
    app.setQueryDefaults(ticketKey, { meta: RESTORE_AFTER_FIRST_SCREEN });
    app.setQueryData(listKey, list);
    app.setQueryData(ticketKey, ticket);
    const offline = () => Promise.reject(new TypeError("Failed to fetch"));
    await app.fetchQuery({ queryKey: ticketKey, queryFn: offline, staleTime: 0, retry: false }).catch(() => undefined);
    expect(app.getQueryState(ticketKey)?.status).toBe("error");

    await persistQueryClientSave({ queryClient: app, ...options });
    const restarted = new QueryClient();
    await restoreLater(restarted);
    expect(restarted.getQueryData(ticketKey)).toEqual(ticket);
  });

  it("saves the list a refresh failed to update as it was, so the next offline start shows it instead of an error screen", async () => {
    const { persistOptions: options } = persistOptions(scope);
    await options.persister.restoreClient();
    const app = new QueryClient();
    app.setQueryData(listKey, list);
    const offline = () => Promise.reject(new ApiError("network", { message: "offline" }));
    await app.fetchQuery({ queryKey: listKey, queryFn: offline, staleTime: 0, retry: false }).catch(() => undefined);
    expect(app.getQueryState(listKey)?.status).toBe("error");

    await persistQueryClientSave({ queryClient: app, ...options });
    const restarted = new QueryClient();
    await restoreFirstScreen(restarted, ...scope);
    // From the device, the error would be a plain object, no ApiError: the screen would take it for a bug.
    expect(restarted.getQueryState(listKey)).toMatchObject({ status: "success", error: null, data: list });
  });

  it("restores a copy saved with a failed refresh by an earlier version without the failure", async () => {
    const [firstKey] = persistedCacheKeys(...scope);
    const failed = { data: list, dataUpdatedAt: 1, status: "error", error: { kind: "network", name: "ApiError" }, fetchStatus: "idle" };
    const saved = client(list);
    saved.buster = CACHE_SCHEMA_VERSION;
    saved.timestamp = Date.now();
    saved.clientState.queries = [
      { ...saved.clientState.queries[0]!, queryKey: listKey, queryHash: JSON.stringify(listKey), state: failed as never },
    ];
    await set(firstKey, JSON.stringify(saved));

    const restarted = new QueryClient();
    await restoreFirstScreen(restarted, ...scope);
    expect(restarted.getQueryState(listKey)).toMatchObject({ status: "success", error: null, data: list });
  });

  it("removes both parts when the saved copy is dropped", async () => {
    await persistSession();
    await persistOptions(scope).persistOptions.persister.removeClient();
    for (const key of persistedCacheKeys(...scope)) expect(await get(key)).toBeUndefined();
  });

  it("keeps the saved copy when the device fails to read it at start, for the next start to find", async () => {
    await persistSession();
    storageReads.fail = true;
    const failed = new QueryClient();
    await restoreFirstScreen(failed, ...scope);
    expect(failed.getQueryData(listKey)).toBeUndefined();

    storageReads.fail = false;
    const next = new QueryClient();
    await restoreFirstScreen(next, ...scope);
    expect(next.getQueryData(listKey)).toEqual(list);
  });

  it("never writes over the opened tickets it failed to read back", async () => {
    await persistSession();
    const { persistOptions: options, restoreLater } = persistOptions(scope);
    storageReads.fail = true;
    await restoreLater(new QueryClient());
    storageReads.fail = false;
    const listOnly = new QueryClient();
    listOnly.setQueryData(listKey, list);
    await options.persister.persistClient({ timestamp: Date.now(), buster: CACHE_SCHEMA_VERSION, clientState: dehydrate(listOnly) });

    const restarted = new QueryClient();
    await persistOptions(scope).restoreLater(restarted);
    expect(restarted.getQueryData(ticketKey)).toEqual(ticket);
  });
});
