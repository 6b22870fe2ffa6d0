import type { PersistedClient } from "@tanstack/react-query-persist-client";
import { describe, expect, it } from "vitest";
import { PERSISTED_LIST_PAGES, trimForStorage } from "./query-persistence";

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
