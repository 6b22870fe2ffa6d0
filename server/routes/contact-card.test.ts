import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
type Ticket = { client_id: string; contact_name_id: string; location_id: string };
let full: Ticket;
let partial: Ticket;

const ticketOf = async (number: string): Promise<Ticket> =>
  (await json(await client.get(`/api/v1/tickets/${await ticketIdByNumber(client, number)}`))).data;
const role = (technicianRole: string) =>
  fetch(`${sandbox.api}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ technicianRole }),
  });

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  full = await ticketOf("TIC001020");
  partial = await ticketOf("TIC001021");
});
afterAll(() => sandbox.close());

describe("GET /api/v1/clients/{id}", () => {
  it("answers every client column but no phone, e-mail or address", async () => {
    const { data } = await json(await client.get(`/api/v1/clients/${full.client_id}`));
    expect(data).toMatchObject({ client_id: full.client_id, credit_balance: "0", logoUrl: null });
    for (const gone of ["phone", "email", "address_line1"]) expect(data).not.toHaveProperty(gone);
    expect((await json(await client.get("/api/v1/clients/nope"))).error.message).toBe("Invalid client ID format");
    expect((await json(await client.get("/api/v1/clients/00000000-0000-4000-8000-000000000000"))).error.message).toBe("client not found");
  });
});

describe("GET /api/v1/clients/{id}/locations", () => {
  it("has the full address of one ticket's location and none of the street of the other's", async () => {
    const locations = (await json(await client.get(`/api/v1/clients/${full.client_id}/locations`))).data as Record<string, unknown>[];
    expect(locations.find((row) => row.location_id === full.location_id)).toMatchObject({
      address_line1: "1200 NW Naito Parkway",
      address_line2: "Suite 200",
      city: "Portland",
      state_province: "OR",
      postal_code: "97209",
      country_name: "United States",
    });
    const others = (await json(await client.get(`/api/v1/clients/${partial.client_id}/locations`))).data as Record<string, unknown>[];
    // Default first, then by name.
    expect(others[0]?.is_default).toBe(true);
    expect(others.find((row) => row.location_id === partial.location_id)).toMatchObject({ address_line1: null, city: "Beaverton" });
  });
});

describe("GET /api/v1/contacts/{id}", () => {
  it("answers the phone list, the default phone and the client's default location's e-mail and phone", async () => {
    const { data } = await json(await client.get(`/api/v1/contacts/${full.contact_name_id}`));
    expect(data).toMatchObject({ contact_name_id: full.contact_name_id, client_inactive: false, default_phone_type: "work" });
    expect(data.client_email).toMatch(/^office@/);
    expect(data.phone_numbers[0]).toMatchObject({ canonical_type: "work", is_default: true, phone_number: data.default_phone_number });
    expect((await json(await client.get("/api/v1/contacts/nope"))).error.message).toBe("Invalid contact ID format");
    expect((await json(await client.get("/api/v1/contacts/00000000-0000-4000-8000-000000000000"))).error.message).toBe("contact not found");
  });

  it("keeps a phone that is not a number as typed", async () => {
    const { data } = await json(await client.get(`/api/v1/contacts/${partial.contact_name_id}`));
    expect(data.default_phone_number).toBe("Ask at reception for Dana");
    expect(data.phone_numbers[0].normalized_phone_number).toBe("");
  });
});

describe("the two Technician role variants (awareness §1.3)", () => {
  it("an older tenant's Technician may not read clients, a new tenant's may not read users; both read contacts", async () => {
    await role("olderTenant");
    const refused = await client.get(`/api/v1/clients/${full.client_id}/locations`);
    expect(refused.status).toBe(403);
    expect((await json(refused)).error).toEqual({ code: "FORBIDDEN", message: "Permission denied: Cannot read client" });
    expect((await client.get(`/api/v1/clients/${full.client_id}`)).status).toBe(403);
    expect((await client.get("/api/v1/users")).status).toBe(200);
    expect((await client.get(`/api/v1/contacts/${full.contact_name_id}`)).status).toBe(200);
    expect((await client.get(`/api/v1/interactions?ticket_id=${full.client_id}`)).status).toBe(200);

    await role("newTenant");
    expect((await client.get(`/api/v1/clients/${full.client_id}/locations`)).status).toBe(200);
    expect((await json(await client.get("/api/v1/users"))).error.message).toBe("Permission denied: Cannot read user");
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
  });
});
