import { describe, expect, it, vi } from "vitest";
import { createApiClient, type ApiSession } from "./client";
import { listActiveClientLocations, listBoards, listClients, listContacts } from "./reference-data";

const session: ApiSession = { server: "https://psa.example.com", userId: "user-1", accessToken: "a".repeat(64), tenantId: "tenant-1" };
const page = (data: unknown[]) => ({
  data,
  pagination: { page: 1, limit: 50, total: data.length, totalPages: 1, hasNext: false, hasPrev: false },
});

function clientAnswering(body: unknown) {
  const urls: URL[] = [];
  const fetchImpl = vi.fn(async (url: RequestInfo | URL) => {
    urls.push(new URL(String(url)));
    return new Response(JSON.stringify(body), { status: 200 });
  }) as unknown as typeof fetch;
  return { api: createApiClient({ getSession: () => session, refreshSession: async () => null, fetchImpl }), urls };
}

describe("create-form reference data", () => {
  it("asks for boards in the admin's order, explicitly ascending", async () => {
    const { api, urls } = clientAnswering(
      page([{ board_id: "b1", board_name: "Service Desk", is_default: true, default_assigned_to: null }]),
    );
    expect((await listBoards(api))[0]?.is_default).toBe(true);
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({ limit: "100", sort: "display_order", order: "asc" });
  });

  it("searches active clients by name, sending no empty search", async () => {
    const { api, urls } = clientAnswering(page([{ client_id: "c1", client_name: "Acme Dental Group" }]));
    await listClients(api, "  ");
    await listClients(api, " acme ");
    expect(urls[0]!.searchParams.has("search")).toBe(false);
    expect(Object.fromEntries(urls[1]!.searchParams)).toEqual({
      limit: "50",
      sort: "client_name",
      order: "asc",
      is_inactive: "false",
      search: "acme",
    });
  });

  it("leaves closed locations out", async () => {
    const { api, urls } = clientAnswering({
      data: [
        { location_id: "l1", location_name: "Head office", is_default: true, is_active: true },
        { location_id: "l2", location_name: "Old office (closed)", is_default: false, is_active: false },
      ],
    });
    expect((await listActiveClientLocations(api, "c/1")).map((location) => location.location_id)).toEqual(["l1"]);
    expect(urls[0]!.pathname).toBe("/api/v1/clients/c%2F1/locations");
  });

  it("lists a client's active contacts once each", async () => {
    const contact = { contact_name_id: "k1", full_name: "Maria Garcia", email: null, client_id: "c1" };
    const { api, urls } = clientAnswering(page([contact, contact, { ...contact, contact_name_id: "k2", full_name: "Tom Becker" }]));
    expect((await listContacts(api, { clientId: "c1" })).map((row) => row.contact_name_id)).toEqual(["k1", "k2"]);
    expect(Object.fromEntries(urls[0]!.searchParams)).toEqual({
      limit: "50",
      sort: "full_name",
      order: "asc",
      is_inactive: "false",
      client_id: "c1",
    });
  });
});
