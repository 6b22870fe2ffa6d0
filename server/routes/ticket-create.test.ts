import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tokens: Tokens;
let client: ApiClient;
type Status = { status_id: string; board_id: string; is_closed: boolean };
let base: { title: string; board_id: string; client_id: string; status_id: string; priority_id: string };
let statuses: Status[];
let otherClientLocation: string;
let ownLocation: { location_id: string; default_billing_profile_id: string | null };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
  const boards = (await json(await client.get("/api/v1/boards"))).data;
  const board = boards.find((row: { is_default: boolean }) => row.is_default);
  statuses = (await json(await client.get("/api/v1/tickets/statuses"))).data;
  const clients = (await json(await client.get("/api/v1/clients?sort=client_name&order=asc&limit=2"))).data;
  const priority = (await json(await client.get("/api/v1/tickets/priorities"))).data[0];
  const open = statuses.find((status) => status.board_id === board.board_id && !status.is_closed);
  base = {
    title: "Printer offline",
    board_id: board.board_id,
    client_id: clients[0].client_id,
    status_id: open!.status_id,
    priority_id: priority.priority_id,
  };
  ownLocation = (await json(await client.get(`/api/v1/clients/${clients[0].client_id}/locations`))).data[0];
  otherClientLocation = (await json(await client.get(`/api/v1/clients/${clients[1].client_id}/locations`))).data[0].location_id;
});
afterAll(() => sandbox.close());

const create = (body: unknown) => client.post("/api/v1/tickets", body);

async function details(response: Response) {
  expect(response.status).toBe(400);
  const body = await json(response);
  expect(body.error.code).toBe("VALIDATION_ERROR");
  expect(body.error.message).toBe("Validation failed");
  return body.error.details as { path: (string | number)[]; message: string }[];
}

describe("POST /api/v1/tickets", () => {
  it("creates the raw row with the next number and the server's defaults", async () => {
    const response = await create({
      ...base,
      url: "https://example.com/x",
      location_id: ownLocation.location_id,
      assigned_to: tokens.user.id,
      attributes: { description: "Paper jam on floor 2" },
      suppressContactNotifications: true,
      description: "dropped",
    });
    expect(response.status).toBe(201);
    const ticket = (await json(response)).data;
    expect(ticket).toMatchObject({
      title: "Printer offline",
      url: null,
      board_id: base.board_id,
      client_id: base.client_id,
      status_id: base.status_id,
      priority_id: base.priority_id,
      location_id: ownLocation.location_id,
      billing_profile_id: ownLocation.default_billing_profile_id,
      assigned_to: tokens.user.id,
      entered_by: tokens.user.id,
      updated_by: null,
      closed_by: null,
      closed_at: null,
      is_closed: false,
      due_date: null,
      source: "api",
      ticket_origin: "api",
      attributes: { description: "Paper jam on floor 2" },
    });
    expect(ticket.ticket_number).toMatch(/^TIC\d{6}$/);
    expect(ticket.entered_at).toBe(ticket.updated_at);
    for (const key of ["status_name", "description_html", "documents", "tags", "description", "suppressContactNotifications"]) {
      expect(ticket).not.toHaveProperty(key);
    }
    const listed = (await json(await client.get(`/api/v1/tickets?fields=mobile_list&search=${ticket.ticket_number}`))).data;
    expect(listed.map((row: { ticket_id: string }) => row.ticket_id)).toEqual([ticket.ticket_id]);
  });

  it("numbers each POST anew: a repeated request is a second ticket", async () => {
    const first = (await json(await create(base))).data;
    const second = (await json(await create({ ...base, attributes: {} }))).data;
    expect(second.ticket_id).not.toBe(first.ticket_id);
    expect(Number(second.ticket_number.slice(3))).toBe(Number(first.ticket_number.slice(3)) + 1);
    expect(second.attributes).toBeNull();
  });

  it("echoes tags without storing them", async () => {
    const ticket = (await json(await create({ ...base, tags: ["vip"] }))).data;
    expect(ticket.tags).toEqual(["vip"]);
    const listed = (await json(await client.get(`/api/v1/tickets?fields=mobile_list&search=${ticket.ticket_number}`))).data[0];
    expect(listed.tags ?? []).toEqual([]);
  });

  it("keeps is_closed false for a closed status", async () => {
    const closed = statuses.find((status) => status.board_id === base.board_id && status.is_closed);
    const ticket = (await json(await create({ ...base, status_id: closed?.status_id }))).data;
    expect(ticket).toMatchObject({ is_closed: false, closed_at: null });
  });

  it("requires title, board, client, status and priority, with zod messages on each path", async () => {
    const issues = await details(await create({}));
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual(["board_id", "client_id", "priority_id", "status_id", "title"]);
    expect(issues.every((issue) => issue.message === "Required")).toBe(true);
    expect((await details(await create({ ...base, title: "" })))[0]).toMatchObject({ path: ["title"], message: "Title is required" });
    expect((await details(await create({ ...base, title: "x".repeat(256) })))[0]?.path).toEqual(["title"]);
    expect((await details(await create({ ...base, client_id: "acme" })))[0]).toMatchObject({
      path: ["client_id"],
      message: "Invalid uuid",
    });
    expect((await details(await create({ ...base, url: "not a url" })))[0]).toMatchObject({ path: ["url"], message: "Invalid url" });
  });

  it("refuses null for optional fields", async () => {
    const issues = await details(await create({ ...base, contact_name_id: null, attributes: null }));
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ["contact_name_id"], message: "Expected string, received null" }),
        expect.objectContaining({ path: ["attributes"], message: "Expected object, received null" }),
      ]),
    );
  });

  it("treats bad JSON as {} (a 400, not a 500)", async () => {
    const response = await client.raw("/api/v1/tickets", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect((await details(response)).length).toBe(5);
  });

  it("refuses a status of another board with the real detail", async () => {
    const foreign = statuses.find((status) => status.board_id !== base.board_id);
    expect(await details(await create({ ...base, status_id: foreign?.status_id }))).toEqual([
      { path: ["status_id"], message: `status_id ${foreign?.status_id} does not belong to board_id ${base.board_id}` },
    ]);
  });

  it("refuses a blank title after the status check, with an empty path", async () => {
    expect(await details(await create({ ...base, title: "   " }))).toEqual([{ path: [], message: "Ticket title is required" }]);
  });

  it("refuses a location of another client and joins the category rule's message", async () => {
    expect(await details(await create({ ...base, location_id: otherClientLocation }))).toEqual([
      { path: ["location_id"], message: "Invalid location: Location does not belong to the selected client" },
    ]);
    const categories = (await json(await client.get("/api/v1/categories/ticket?limit=100"))).data as {
      category_id: string;
      parent_category: string | null;
    }[];
    const sub = categories.find((category) => category.parent_category);
    const unrelated = categories.find((category) => !category.parent_category && category.category_id !== sub?.parent_category);
    expect(await details(await create({ ...base, category_id: unrelated?.category_id, subcategory_id: sub?.category_id }))).toEqual([
      { path: ["subcategory_id"], message: "Invalid category combination: subcategory must belong to the selected parent category" },
    ]);
    expect(
      await details(
        await create({ ...base, location_id: otherClientLocation, category_id: unrelated?.category_id, subcategory_id: sub?.category_id }),
      ),
    ).toEqual([
      {
        path: ["location_id"],
        message:
          "Invalid location: Location does not belong to the selected client; Invalid category combination: subcategory must belong to the selected parent category",
      },
    ]);
    const ok = await create({ ...base, category_id: sub?.parent_category, subcategory_id: sub?.category_id });
    expect(ok.status).toBe(201);
  });

  it("answers 400 Invalid reference for an unknown client or contact, without using a number", async () => {
    const before = (await json(await create(base))).data.ticket_number;
    const response = await create({ ...base, contact_name_id: "00000000-0000-4000-8000-000000000000" });
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: "BAD_REQUEST", message: "Invalid reference" });
    const after = (await json(await create(base))).data.ticket_number;
    expect(Number(after.slice(3))).toBe(Number(before.slice(3)) + 1);
  });

  it("answers 401 without x-api-key and CORS-tags the answer", async () => {
    const response = await fetch(`${sandbox.api}/api/v1/tickets`, {
      method: "POST",
      headers: { origin: "https://tickets.example.com", "content-type": "application/json" },
      body: JSON.stringify(base),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://tickets.example.com");
  });
});
