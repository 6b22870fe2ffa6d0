import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { checklistItemSchema } from "../../src/api/schemas/checklist";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let refusable: string;
let closable: string;
let plain: string;

type Item = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ITEM_KEYS = [
  "assigned_to",
  "checklist_item_id",
  "completed",
  "completed_at",
  "completed_by",
  "completed_by_name",
  "description",
  "is_required",
  "item_name",
  "order_number",
  "source",
  "template_id",
  "ticket_id",
];
const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  refusable = await ticketIdByNumber(client, "TIC001002");
  closable = await ticketIdByNumber(client, "TIC001003");
  plain = await ticketIdByNumber(client, "TIC001008");
});
afterAll(() => sandbox.close());

const checklist = async (ticketId: string) => (await json(await client.get(`/api/v1/tickets/${ticketId}/checklist`))).data as Item[];
const add = (ticketId: string, body: unknown) => client.post(`/api/v1/tickets/${ticketId}/checklist`, body);
const tick = (ticketId: string, itemId: string, body: unknown) => client.patch(`/api/v1/tickets/${ticketId}/checklist/${itemId}`, body);

async function expectValidation(response: Response, detail: string) {
  expect(response.status).toBe(400);
  const error = (await json(response)).error;
  expect(error).toMatchObject({ code: "VALIDATION_ERROR", message: "Validation failed" });
  expect(JSON.stringify(error.details)).toContain(detail);
}

describe("GET /api/v1/tickets/{id}/checklist", () => {
  it("lists the items in order with the completer's name", async () => {
    const items = await checklist(refusable);
    z.array(checklistItemSchema).parse(items);
    expect(items.map((item) => item.item_name)).toEqual([
      "Confirm the problem with the user",
      "Apply the fix",
      "Test with the user",
      "Photo of the serial label",
    ]);
    expect(Object.keys(items[0]!).sort()).toEqual(ITEM_KEYS);
    expect(items[0]).toMatchObject({
      completed: true,
      completed_by_name: "Taylor Morgan",
      is_required: true,
      source: "manual",
      order_number: 0,
    });
    expect(items[1]).toMatchObject({ completed: false, completed_by: null, completed_by_name: null, completed_at: null });
    expect(items[3]).toMatchObject({ is_required: false });
    expect((await checklist(closable))[0]).toMatchObject({ source: "template" });
    expect(await checklist(plain)).toEqual([]);
  });

  it("answers 400 for a malformed ticket id and 404 for an unknown one", async () => {
    expect((await json(await client.get("/api/v1/tickets/nope/checklist"))).error.message).toBe("Invalid ticket ID format");
    expect((await json(await client.get(`/api/v1/tickets/${UNKNOWN_ID}/checklist`))).error).toEqual({
      code: "NOT_FOUND",
      message: "ticket not found",
    });
  });
});

describe("POST /api/v1/tickets/{id}/checklist", () => {
  it("appends a trimmed item, required unless told otherwise (201)", async () => {
    const response = await add(plain, { item_name: "  Check the UPS  " });
    expect(response.status).toBe(201);
    const item = (await json(response)).data;
    expect(item).toMatchObject({ item_name: "Check the UPS", is_required: true, order_number: 0, source: "manual", completed: false });
    const optional = (await json(await add(plain, { item_name: "Label the cable", description: null, is_required: false }))).data;
    expect(optional).toMatchObject({ is_required: false, order_number: 1 });
    // No idempotency: the same item twice is two items.
    await add(plain, { item_name: "Check the UPS" });
    expect((await checklist(plain)).map((entry) => entry.item_name)).toEqual(["Check the UPS", "Label the cable", "Check the UPS"]);
  });

  it("refuses unknown keys, a blank name and (unparsable JSON being {}) a missing one", async () => {
    await expectValidation(await add(plain, { item_name: "x", priority: 1 }), "Unrecognized key(s) in object: 'priority'");
    await expectValidation(await add(plain, { item_name: "   " }), "Checklist item name is required");
    await expectValidation(
      await client.raw(`/api/v1/tickets/${plain}/checklist`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      }),
      "item_name",
    );
  });
});

describe("PATCH /api/v1/tickets/{id}/checklist/{itemId}", () => {
  it("ticks and unticks an item; the same state again changes nothing", async () => {
    const item = (await checklist(refusable))[1]!;
    const ticked = await tick(refusable, item.checklist_item_id, { completed: true });
    expect(ticked.status).toBe(200);
    const done = (await json(ticked)).data;
    expect(done).toMatchObject({ completed: true, completed_by_name: "Taylor Morgan" });
    expect(done.completed_at).toEqual(expect.any(String));
    const again = (await json(await tick(refusable, item.checklist_item_id, { completed: true }))).data;
    expect(again.completed_at).toBe(done.completed_at);
    const undone = (await json(await tick(refusable, item.checklist_item_id, { completed: false }))).data;
    expect(undone).toMatchObject({ completed: false, completed_by: null, completed_at: null, completed_by_name: null });
  });

  it("checks the item id before the ticket, and wants the item on this ticket", async () => {
    const invalid = await tick(UNKNOWN_ID, "42", { completed: true });
    expect(await json(invalid)).toEqual({
      error: {
        code: "VALIDATION_ERROR",
        message: "Validation failed",
        details: [{ path: ["itemId"], message: "A valid checklist item ID is required" }],
      },
    });
    const otherTicketsItem = (await checklist(closable))[0]!;
    expect(await json(await tick(refusable, otherTicketsItem.checklist_item_id, { completed: true }))).toEqual({
      error: { code: "NOT_FOUND", message: "Checklist item not found" },
    });
  });

  it("wants exactly {completed: boolean}", async () => {
    const item = (await checklist(refusable))[2]!;
    await expectValidation(await tick(refusable, item.checklist_item_id, { completed: "yes" }), "completed");
    await expectValidation(
      await tick(refusable, item.checklist_item_id, { completed: true, note: "x" }),
      "Unrecognized key(s) in object: 'note'",
    );
    expect((await checklist(refusable))[2]).toMatchObject({ completed: false });
  });

  it("has no delete or rename (405)", async () => {
    const item = (await checklist(refusable))[0]!;
    expect((await client.delete(`/api/v1/tickets/${refusable}/checklist/${item.checklist_item_id}`)).status).toBe(405);
    expect((await client.put(`/api/v1/tickets/${refusable}/checklist/${item.checklist_item_id}`, { item_name: "x" })).status).toBe(405);
  });
});
