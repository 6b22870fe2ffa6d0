import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;
let callType: string;
let ticket: { client_id: string; contact_name_id: string };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = await ticketIdByNumber(client, "TIC001020");
  ticket = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data;
  const types = (await json(await client.get("/api/v1/interaction-types"))).data as { type_id: string; type_name: string }[];
  callType = types.find((type) => type.type_name === "Call")!.type_id;
});
afterAll(() => sandbox.close());

const list = async (query: string) => json(await client.get(`/api/v1/interactions?${query}`));

describe("GET /api/v1/interaction-types", () => {
  it("merges system and tenant types in locale order of the original case, unpaginated", async () => {
    const body = await json(await client.get("/api/v1/interaction-types"));
    expect(body.data.map((type: { type_name: string }) => type.type_name)).toEqual(["Call", "Email", "Meeting", "Note", "site visit"]);
    expect(body.data.at(-1)).toMatchObject({ is_system: false, icon: null });
    expect(body).not.toHaveProperty("pagination");
  });
});

describe("POST /api/v1/interactions", () => {
  it("logs a call on the ticket with the defaults of the real server", async () => {
    const response = await client.post("/api/v1/interactions", {
      type_id: callType,
      contact_name_id: ticket.contact_name_id,
      ticket_id: ticketId,
      notes: "Walked through the reset.",
      duration: 4,
      start_time: "2026-11-30T09:00:00.000Z",
      end_time: "2026-11-30T09:04:00.000Z",
      create_schedule_entry: true,
    });
    expect(response.status).toBe(201);
    const { data } = await json(response);
    // The client comes from the contact; the type name is lower-cased in rows; the author is a username.
    expect(data).toMatchObject({
      title: "Interaction",
      client_id: ticket.client_id,
      type_name: "call",
      user_name: "tech",
      visibility: "internal",
      duration: 4,
      online_meeting: null,
      status_name: "Logged",
    });
    expect(data).not.toHaveProperty("create_schedule_entry");
    const again = await json(await client.get(`/api/v1/interactions/${data.interaction_id}`));
    expect(again.data.notes).toBe("Walked through the reset.");
  });

  it("refuses what the schema refuses", async () => {
    const noParty = await json(await client.post("/api/v1/interactions", { type_id: callType }));
    expect(noParty.error).toMatchObject({ code: "VALIDATION_ERROR", message: "Validation failed" });
    expect(noParty.error.details[0]).toMatchObject({
      path: ["client_id"],
      message: "Either client_id or contact_name_id must be provided",
    });
    const backwards = await json(
      await client.post("/api/v1/interactions", {
        type_id: callType,
        client_id: ticket.client_id,
        start_time: "2026-11-30T10:00:00.000Z",
        end_time: "2026-11-30T09:00:00.000Z",
      }),
    );
    expect(backwards.error.details[0]).toMatchObject({ path: ["end_time"] });
    const offset = await client.post("/api/v1/interactions", {
      type_id: callType,
      client_id: ticket.client_id,
      start_time: "2026-11-30T10:00:00+01:00",
    });
    expect(offset.status).toBe(400);
    const unknownType = await client.post("/api/v1/interactions", {
      type_id: "00000000-0000-4000-8000-000000000000",
      client_id: ticket.client_id,
    });
    expect((await json(unknownType)).error).toMatchObject({ code: "BAD_REQUEST", message: "Invalid reference" });
  });
});

describe("GET /api/v1/interactions", () => {
  it("lists everyone's interactions on the ticket, newest first, with filters ANDed", async () => {
    const body = await list(`ticket_id=${ticketId}`);
    const dates = body.data.map((row: { interaction_date: string }) => Date.parse(row.interaction_date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(body.data.map((row: { user_name: string }) => row.user_name)).size).toBeGreaterThan(1);
    expect(body.meta.filters).toEqual({ ticket_id: ticketId });
    const calls = await list(`ticket_id=${ticketId}&type_id=${callType}`);
    expect(calls.data.every((row: { type_name: string }) => row.type_name === "call")).toBe(true);
    expect(calls.data.length).toBeLessThan(body.data.length);
  });

  it("clamps page_size to 100, ignores limit and checks page and dates", async () => {
    expect((await list("page_size=500")).pagination.limit).toBe(100);
    expect((await list("limit=1")).pagination.limit).toBe(25);
    expect((await list("page=0")).error).toMatchObject({ message: "Query validation failed" });
    expect((await list("date_from=2026-12-02T00:00:00Z&date_to=2026-12-01T00:00:00Z")).error.details[0].path).toEqual(["date_to"]);
  });

  it("answers 400 and 404 for bad and unknown ids", async () => {
    expect((await json(await client.get("/api/v1/interactions/nope"))).error.message).toBe("Invalid interaction ID format");
    const unknown = await client.get("/api/v1/interactions/00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
  });
});
