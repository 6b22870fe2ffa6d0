import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { commentSchema } from "../../src/api/schemas/comments";
import { dataEnvelope } from "../../src/api/schemas/envelopes";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;
let otherTicketId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  const tickets = (await json(await client.get("/api/v1/tickets?fields=mobile_list&limit=2"))).data;
  ticketId = tickets[0].ticket_id;
  otherTicketId = tickets[1].ticket_id;
});
afterAll(() => sandbox.close());

const comments = (query = "") => client.get(`/api/v1/tickets/${ticketId}/comments${query}`);
const addComment = (body: unknown, id = ticketId) => client.post(`/api/v1/tickets/${id}/comments`, body);

async function expectValidation(response: Response, message: string, detail?: string) {
  expect(response.status).toBe(400);
  const body = await json(response);
  expect(body.error.message).toBe(message);
  if (detail) expect(JSON.stringify(body.error.details)).toContain(detail);
}

describe("POST /api/v1/tickets/{id}/comments", () => {
  it("creates internal and public comments (201) and bumps the ticket", async () => {
    const before = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data.updated_at;
    const response = await addComment({ comment_text: "Rebooted the switch", is_internal: true });
    expect(response.status).toBe(201);
    const created = (await json(response)).data;
    commentSchema.parse(created);
    expect(created).toMatchObject({
      comment_text: "Rebooted the switch",
      is_internal: true,
      is_resolution: false,
      author_contact_name: null,
      comment_html: "<p>Rebooted the switch</p>",
    });
    expect(created).not.toHaveProperty("created_by_name");
    expect(created).not.toHaveProperty("reactions");
    expect(created.thread_id).toBe(created.comment_id);
    const after = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data.updated_at;
    expect(after > before).toBe(true);
    const publicComment = (await json(await addComment({ comment_text: "We are on it", is_resolution: true }))).data;
    expect(publicComment).toMatchObject({ is_internal: false, is_resolution: true });
  });

  it("is not idempotent: the same POST twice makes two comments", async () => {
    const count = (await json(await comments())).data.length;
    await addComment({ comment_text: "Twice" });
    await addComment({ comment_text: "Twice" });
    expect((await json(await comments())).data.length).toBe(count + 2);
  });

  it("makes replies inherit the thread root's visibility", async () => {
    const root = (await json(await addComment({ comment_text: "Internal root", is_internal: true }))).data;
    const reply = (await json(await addComment({ comment_text: "Reply", is_internal: false, parent_comment_id: root.comment_id }))).data;
    expect(reply).toMatchObject({ is_internal: true, thread_id: root.comment_id, parent_comment_id: root.comment_id });
    const nested = (await json(await addComment({ comment_text: "Nested", parent_comment_id: reply.comment_id }))).data;
    expect(nested).toMatchObject({ is_internal: true, thread_id: root.comment_id });
  });

  it("checks the parent comment", async () => {
    const missing = await addComment({ comment_text: "x", parent_comment_id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.status).toBe(404);
    expect((await json(missing)).error).toEqual({ code: "NOT_FOUND", message: "Parent comment not found" });
    const root = (await json(await addComment({ comment_text: "root" }))).data;
    await expectValidation(
      await addComment({ comment_text: "x", parent_comment_id: root.comment_id }, otherTicketId),
      "Parent comment must belong to the same ticket",
    );
  });

  it("counts 5000 visible characters after trimming", async () => {
    expect((await addComment({ comment_text: `  ${"a".repeat(5000)}  ` })).status).toBe(201);
    await expectValidation(
      await addComment({ comment_text: "a".repeat(5001) }),
      "Validation failed",
      "Comment text is too long (max 5000 characters)",
    );
    await expectValidation(await addComment({ comment_text: "   " }), "Validation failed", "Comment text is required");
    await expectValidation(await addComment({ comment_text: "" }), "Validation failed");
    await expectValidation(await addComment({}), "Validation failed");
  });

  it("accepts BlockNote JSON and measures its visible text", async () => {
    const doc = JSON.stringify([{ type: "paragraph", content: [{ type: "text", text: "Hello <b>", styles: { bold: true } }] }]);
    const created = (await json(await addComment({ comment_text: doc }))).data;
    expect(created.comment_html).toBe("<p><strong>Hello &lt;b&gt;</strong></p>");
    const long = JSON.stringify([{ type: "paragraph", content: [{ type: "text", text: "b".repeat(5001), styles: {} }] }]);
    await expectValidation(await addComment({ comment_text: long }), "Validation failed", "too long");
  });

  it("requires suppressContactNotifications with suppressInternalNotifications", async () => {
    await expectValidation(
      await addComment({ comment_text: "x", suppressInternalNotifications: true }),
      "Validation failed",
      "suppressInternalNotifications",
    );
    expect((await addComment({ comment_text: "x", suppressInternalNotifications: true, suppressContactNotifications: true })).status).toBe(
      201,
    );
  });

  it("answers 500 for a body that is not JSON", async () => {
    const response = await client.raw(`/api/v1/tickets/${ticketId}/comments`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "not json",
    });
    expect(response.status).toBe(500);
    expect((await json(response)).error.code).toBe("INTERNAL_ERROR");
  });

  it("answers 400/404 for bad ticket ids", async () => {
    expect((await addComment({ comment_text: "x" }, "nope")).status).toBe(400);
    expect((await addComment({ comment_text: "x" }, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("GET /api/v1/tickets/{id}/comments", () => {
  it("gives a plain array, oldest first, with derived keys", async () => {
    const body = dataEnvelope(z.array(commentSchema)).parse(await json(await comments()));
    expect(body).not.toHaveProperty("pagination");
    const created = body.data.map((comment) => comment.created_at);
    expect([...created].sort()).toEqual(created);
    const first = (await json(await comments())).data[0];
    for (const key of [
      "note",
      "comment_html",
      "created_by_name",
      "reactions",
      "reaction_user_names",
      "author_type",
      "thread_id",
      "publish_state",
    ])
      expect(first).toHaveProperty(key);
  });

  it("pages with limit/offset and orders desc", async () => {
    const all = (await json(await comments())).data;
    const page = (await json(await comments("?limit=2&offset=1"))).data;
    expect(page.map((comment: { comment_id: string }) => comment.comment_id)).toEqual(
      all.slice(1, 3).map((comment: { comment_id: string }) => comment.comment_id),
    );
    const desc = (await json(await comments("?order=desc"))).data;
    expect(desc[0].comment_id).toBe(all[all.length - 1].comment_id);
  });

  it("gives the markdown shape", async () => {
    const first = (await json(await comments("?content_format=markdown"))).data[0];
    expect(first).not.toHaveProperty("note");
    expect(first).toHaveProperty("markdown_content");
    expect(first).toHaveProperty("created_by_name");
  });

  it.each([
    ["?limit=0", "limit must be an integer between 1 and 200"],
    ["?limit=201", "limit must be an integer between 1 and 200"],
    ["?limit=1.5", "limit must be an integer between 1 and 200"],
    ["?offset=-1", "offset must be an integer >= 0"],
    ["?order=newest", "order must be 'asc' or 'desc'"],
    ["?content_format=html", "content_format must be 'full' or 'markdown'"],
  ])("refuses %s", async (query, message) => {
    const response = await comments(query);
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error.message).toBe("Validation failed");
    expect(body.error.details[0].message).toBe(message);
  });
});
