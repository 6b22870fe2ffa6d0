import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
});
afterAll(() => sandbox.close());

const data = async (path: string) => (await json(await client.get(path))).data;

async function queryRefused(path: string) {
  const response = await client.get(path);
  expect(response.status).toBe(400);
  expect((await json(response)).error).toMatchObject({ code: "VALIDATION_ERROR", message: "Query validation failed" });
}

describe("GET /api/v1/boards", () => {
  it("lists active boards with every column, in the app's call sorted by display_order (name is not a sort)", async () => {
    const body = await json(await client.get("/api/v1/boards?limit=100&sort=name&order=asc"));
    expect(body.pagination).toMatchObject({ page: 1, limit: 100, total: 2, hasNext: false });
    expect(body.meta).toMatchObject({ sort: "name", order: "asc" });
    expect(body.data.map((board: { board_name: string }) => board.board_name)).toEqual(["Service Desk", "Projects"]);
    expect(body.data[0]).toMatchObject({ is_default: true, is_inactive: false, default_assigned_to: null, display_order: 0 });
    expect(body.data[1].default_assigned_to).toMatch(/^[0-9a-f-]{36}$/);
    for (const key of [
      "board_id",
      "description",
      "category_type",
      "priority_type",
      "display_itil_impact",
      "enable_live_ticket_timer",
      "tenant",
    ]) {
      expect(body.data[0]).toHaveProperty(key);
    }
  });

  it("orders desc without `order`, includes inactive boards only on include_inactive=true, searches names", async () => {
    expect((await data("/api/v1/boards")).map((board: { board_name: string }) => board.board_name)).toEqual(["Projects", "Service Desk"]);
    expect(await data("/api/v1/boards?include_inactive=true&sort=board_name&order=asc")).toHaveLength(3);
    expect(await data("/api/v1/boards?include_inactive=yes")).toHaveLength(2);
    expect((await data("/api/v1/boards?search=planned")).map((board: { board_name: string }) => board.board_name)).toEqual(["Projects"]);
    await queryRefused("/api/v1/boards?limit=101");
  });
});

describe("GET /api/v1/priorities", () => {
  it("orders by created_at desc by default, by order_number when asked, and filters item_type", async () => {
    const byDefault = (await data("/api/v1/priorities")).map((priority: { priority_name: string }) => priority.priority_name);
    expect(byDefault).toEqual(["Planning", "Low", "Medium", "High", "Critical"]);
    const admin = await json(await client.get("/api/v1/priorities?item_type=ticket&sort=order_number&order=asc&limit=100"));
    expect(admin.data.map((priority: { priority_name: string }) => priority.priority_name)).toEqual([
      "Critical",
      "High",
      "Medium",
      "Low",
      "Planning",
    ]);
    expect(admin.data[0]).toMatchObject({ order_number: 1, item_type: "ticket" });
    expect(admin.data[0]).toHaveProperty("color");
    expect(admin.pagination.total).toBe(5);
    expect(await data("/api/v1/priorities?item_type=project_task")).toEqual([]);
    await queryRefused("/api/v1/priorities?item_type=asset");
  });

  it("answers 500 INTERNAL_CONFIGURATION for an unknown sort column", async () => {
    const response = await client.get("/api/v1/priorities?sort=nope");
    expect(response.status).toBe(500);
    expect((await json(response)).error.code).toBe("INTERNAL_CONFIGURATION");
  });
});

describe("GET /api/v1/clients and /clients/{id}/locations", () => {
  it("lists active clients in the app's call, with the derived fields and no email or phone", async () => {
    const body = await json(await client.get("/api/v1/clients?limit=50&sort=client_name&order=asc&is_inactive=false"));
    const names = body.data.map((row: { client_name: string }) => row.client_name);
    expect(names).toEqual([...names].sort());
    expect(names).not.toContain("Old Town Pharmacy");
    expect(body.data[0]).toMatchObject({ logoUrl: null, is_inactive: false });
    expect(typeof body.data[0].credit_balance).toBe("string");
    expect(body.data[0].account_manager_full_name).toMatch(/\w+ \w+/);
    expect(body.data[0]).not.toHaveProperty("email");
    expect(body.data[0]).not.toHaveProperty("phone_no");
  });

  it("takes any is_inactive other than true as false, searches names and default-location cities", async () => {
    expect((await data("/api/v1/clients?is_inactive=true")).map((row: { client_name: string }) => row.client_name)).toEqual([
      "Old Town Pharmacy",
    ]);
    expect((await data("/api/v1/clients?is_inactive=1&limit=100")).some((row: { is_inactive: boolean }) => row.is_inactive)).toBe(false);
    expect((await data("/api/v1/clients?search=dental")).map((row: { client_name: string }) => row.client_name)).toEqual([
      "Acme Dental Group",
    ]);
  });

  it("lists a client's locations, default first, inactive included; unknown client 404, bad id 500", async () => {
    const acme = (await data("/api/v1/clients?search=dental"))[0];
    const locations = await data(`/api/v1/clients/${acme.client_id}/locations`);
    expect(locations.map((row: { location_name: string; is_active: boolean }) => [row.location_name, row.is_active])).toEqual([
      ["Head office", true],
      ["Clinic – Eastside", true],
      ["Old office (closed)", false],
    ]);
    expect(locations[0]).toMatchObject({ is_default: true, client_id: acme.client_id, country_code: "US" });
    expect(locations[0].default_billing_profile_id).toMatch(/^[0-9a-f-]{36}$/);
    const unknown = await client.get("/api/v1/clients/00000000-0000-4000-8000-000000000000/locations");
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error).toEqual({ code: "NOT_FOUND", message: "Client not found" });
    expect((await client.get("/api/v1/clients/acme/locations")).status).toBe(500);
  });
});

describe("GET /api/v1/contacts", () => {
  it("lists a client's active contacts in the app's call, with the phone shape of the real server", async () => {
    const acme = (await data("/api/v1/clients?search=dental"))[0];
    const body = await json(
      await client.get(`/api/v1/contacts?limit=50&sort=full_name&order=asc&is_inactive=false&client_id=${acme.client_id}`),
    );
    expect(body.data).toHaveLength(3);
    const names = body.data.map((row: { full_name: string }) => row.full_name);
    expect(names).toEqual([...names].sort());
    expect(body.data[0]).toMatchObject({
      client_name: "Acme Dental Group",
      default_phone_type: "work",
      avatarUrl: null,
      additional_email_addresses: [],
    });
    expect(body.data[0].phone_numbers).toEqual([
      expect.objectContaining({ phone_number: body.data[0].default_phone_number, is_default: true, canonical_type: "work" }),
    ]);
    expect(
      (await data(`/api/v1/contacts?client_id=${acme.client_id}&is_inactive=true`)).map((row: { full_name: string }) => row.full_name),
    ).toEqual(["Former Contact"]);
  });

  it("searches name, email, client name and phone digits; is_inactive must be true or false", async () => {
    const someone = (await data("/api/v1/contacts?limit=1&sort=full_name&order=asc"))[0];
    const digits = someone.default_phone_number.replace(/\D/g, "").slice(-7);
    const byPhone = await data(`/api/v1/contacts?search=${digits}`);
    expect(byPhone.map((row: { contact_name_id: string }) => row.contact_name_id)).toContain(someone.contact_name_id);
    expect((await data("/api/v1/contacts?search=brightline&limit=100")).length).toBe(3);
    await queryRefused("/api/v1/contacts?is_inactive=no");
    await queryRefused("/api/v1/contacts?client_id=acme");
  });
});

describe("GET /api/v1/categories/ticket", () => {
  it("lists categories with subcategories, caps limit at 100 and moves the window by offset only", async () => {
    const all = await json(await client.get("/api/v1/categories/ticket?limit=500"));
    expect(all.pagination.limit).toBe(100);
    expect(all.meta).toMatchObject({ resource: "ticket_category" });
    const names = all.data.map((row: { category_name: string }) => row.category_name);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(["Hardware", "Printer", "Installation"]));
    const hardware = all.data.find((row: { category_name: string }) => row.category_name === "Hardware");
    const children = await data(`/api/v1/categories/ticket?parent_category=${hardware.category_id}`);
    expect(children.map((row: { category_name: string }) => row.category_name)).toEqual(["Laptop", "Printer", "Server"]);
    const pageTwo = await json(await client.get("/api/v1/categories/ticket?limit=2&page=2"));
    expect(pageTwo.data).toEqual(all.data.slice(0, 2));
    expect(pageTwo.pagination.page).toBe(2);
    expect(await data("/api/v1/categories/ticket?limit=2&offset=2")).toEqual(all.data.slice(2, 4));
  });
});
