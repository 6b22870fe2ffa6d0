import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { entityTagsSchema, tagCloudSchema, tagSearchRowSchema } from "../../src/api/schemas/tags";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;
let otherId: string;

type Tag = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = await ticketIdByNumber(client, "TIC001011");
  otherId = await ticketIdByNumber(client, "TIC001012");
});
afterAll(() => sandbox.close());

const entityPath = (id: string) => `/api/v1/tags/entity/ticket/${id}`;
const tagsOf = async (id: string) => (await json(await client.get(entityPath(id)))).data.tags as Tag[];
const tag = (id: string, tags: unknown[], path = entityPath(id)) => client.post(path, { entity_id: id, entity_type: "ticket", tags });
const untag = (id: string, tagIds: string[]) => client.delete(entityPath(id), { entity_id: id, entity_type: "ticket", tag_ids: tagIds });
const listTotal = async (query: string) =>
  (await json(await client.get(`/api/v1/tickets?fields=mobile_list&${query}`))).pagination.total as number;

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  const error = (await json(response)).error;
  expect(error).toMatchObject({ code, message });
  return error;
}

describe("tags on a ticket", () => {
  it("adds lower-cased, trimmed tags to the body's entity, whatever the path says (201)", async () => {
    const response = await tag(
      ticketId,
      ["  Printer-Fleet ", { tag_text: "Floor-2", background_color: "#000000", tag_id: otherId }],
      entityPath(otherId),
    );
    expect(response.status).toBe(201);
    const body = (await json(response)).data;
    expect(body).toMatchObject({ entity_id: ticketId, entity_type: "ticket", created_count: 2 });
    expect(body.tags.map((created: Tag) => created.tag_text)).toEqual(["floor-2", "printer-fleet"]);
    // New definitions get colours from the text; the object form's colour is ignored.
    for (const created of body.tags) {
      expect(created.background_color).toMatch(/^#[0-9a-f]{6}$/);
      expect(created.background_color).not.toBe("#000000");
    }
    expect((await tagsOf(ticketId)).map((mapped) => mapped.tag_text)).toEqual(["floor-2", "printer-fleet"]);
    expect(await tagsOf(otherId)).toEqual([]);
  });

  it("gives the mapping id as tag_id, the same as the ticket list", async () => {
    const [first] = await tagsOf(ticketId);
    expect(Object.keys(first!).sort()).toEqual(
      ["background_color", "board_id", "created_by", "tag_id", "tag_text", "tagged_id", "tagged_type", "tenant", "text_color"].sort(),
    );
    const listed = (await json(await client.get(`/api/v1/tickets?fields=mobile_list&search=TIC001011`))).data[0].tags;
    expect(listed.map((entry: Tag) => entry.tag_id)).toEqual((await tagsOf(ticketId)).map((mapped) => mapped.tag_id));
    const response = await json(await client.get(entityPath(ticketId)));
    entityTagsSchema.parse(response.data);
    expect(response.data.total_tags).toBe(2);
  });

  it("keeps an existing definition's colours", async () => {
    const [vip] = (await json(await tag(otherId, ["VIP"]))).data.tags;
    expect(vip).toMatchObject({ tag_text: "vip", background_color: "#fde68a", text_color: "#92400e" });
  });

  it("refuses the whole request when one tag is already there (409) and adds nothing", async () => {
    const error = await expectError(await tag(ticketId, ["brand-new", "printer-fleet"]), 409, "CONFLICT", "Resource already exists");
    expect(typeof error.details).toBe("string");
    expect((await tagsOf(ticketId)).map((mapped) => mapped.tag_text)).not.toContain("brand-new");
  });

  it("validates the body (400 Request validation failed) and answers 500 for bad JSON or a malformed id", async () => {
    const empty = await expectError(await tag(ticketId, []), 400, "VALIDATION_ERROR", "Request validation failed");
    expect(JSON.stringify(empty.details)).toContain("At least one tag is required");
    await expectError(await tag(ticketId, ["x".repeat(51)]), 400, "VALIDATION_ERROR", "Request validation failed");
    await expectError(
      await client.post(entityPath(ticketId), { entity_id: ticketId, entity_type: "invoice", tags: ["x"] }),
      400,
      "VALIDATION_ERROR",
      "Request validation failed",
    );
    const badJson = await client.raw(entityPath(ticketId), { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(badJson.status).toBe(500);
    expect((await client.get("/api/v1/tags/entity/ticket/not-a-uuid")).status).toBe(500);
  });

  it("removes by mapping id, counting what was asked (200), and needs a JSON body", async () => {
    const [floor] = await tagsOf(ticketId);
    // The entity in the body does not scope the delete.
    const response = await untag(otherId, [floor!.tag_id, "00000000-0000-4000-8000-000000000000"]);
    expect(response.status).toBe(200);
    expect((await json(response)).data).toEqual({
      entity_id: otherId,
      entity_type: "ticket",
      removed_count: 2,
      message: "Tags removed successfully",
    });
    expect((await tagsOf(ticketId)).map((mapped) => mapped.tag_text)).toEqual(["printer-fleet"]);
    expect((await untag(otherId, [floor!.tag_id])).status).toBe(200);
    expect((await client.delete(entityPath(ticketId))).status).toBe(500);
    const none = await expectError(await untag(ticketId, []), 400, "VALIDATION_ERROR", "Request validation failed");
    expect(JSON.stringify(none.details)).toContain("At least one tag ID is required");
  });
});

describe("tag suggestions", () => {
  it("gives the cloud grouped by text, most used first, with weights", async () => {
    const cloud = (await json(await client.get("/api/v1/tags/cloud?entity_type=ticket&limit=50"))).data;
    tagCloudSchema.parse(cloud);
    const counts = cloud.tags.map((entry: Tag) => entry.usage_count);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(new Set(cloud.tags.map((entry: Tag) => entry.tag_text)).size).toBe(cloud.tags.length);
    expect(cloud.tags[0].weight).toBe(1);
    expect(cloud.tags.every((entry: Tag) => entry.weight >= 0 && entry.weight <= 1)).toBe(true);
    expect(cloud.max_weight).toBe(1);
    expect((await json(await client.get("/api/v1/tags/cloud?entity_type=spaceship"))).data).toEqual({
      tags: [],
      total_tags: 0,
      max_weight: 0,
    });
  });

  it("searches one row per mapping, with the offset as page", async () => {
    const body = await json(await client.get("/api/v1/tags/search?search_term=Printer&entity_type=ticket&limit=50"));
    z.array(tagSearchRowSchema).parse(body.data);
    expect(body.data.map((entry: Tag) => entry.tag_text)).toEqual(["printer-fleet"]);
    expect(body.data[0]).toMatchObject({ relevance_score: 75, tagged_id: ticketId });
    expect(body.pagination).toMatchObject({ page: 0, hasNext: true, hasPrev: false });
    expect(body.meta).toEqual({ resource: "tag", search_term: "Printer" });
    const vips = (await json(await client.get("/api/v1/tags/search?search_term=vip&limit=100"))).data;
    expect(vips.length).toBeGreaterThan(1);
    expect(vips[0].relevance_score).toBe(100);
    await expectError(await client.get("/api/v1/tags/search?entity_type=ticket"), 400, "VALIDATION_ERROR", "Query validation failed");
  });

  it("has a generic list of raw mappings that fails on any filter", async () => {
    const rows = (await json(await client.get("/api/v1/tags?limit=5"))).data;
    expect(rows).toHaveLength(5);
    expect(rows[0]).not.toHaveProperty("tag_text");
    const filtered = await client.get("/api/v1/tags?entity_type=ticket");
    expect(filtered.status).toBe(500);
    expect((await json(filtered)).error.code).toBe("INTERNAL_CONFIGURATION");
  });
});

describe("GET /api/v1/tickets?tags=", () => {
  it("matches any of the texts, case-insensitively, combined with the other filters", async () => {
    expect(await listTotal("tags=printer-fleet")).toBe(1);
    expect(await listTotal("tags=PRINTER-FLEET")).toBe(1);
    expect(await listTotal(`tags=${encodeURIComponent('["  Printer-Fleet "]')}`)).toBe(1);
    const vip = await listTotal("tags=vip");
    expect(await listTotal("tags=printer-fleet,vip")).toBe(vip + 1);
    expect(await listTotal("tags=printer-fleet&is_closed=true")).toBe(0);
    expect(await listTotal("tags=no-such-tag")).toBe(0);
  });
});
