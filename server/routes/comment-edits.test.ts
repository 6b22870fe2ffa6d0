import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let colleague: ApiClient;
let ticketId: string;
let otherTicketId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  colleague = apiClient(sandbox.api, (await signIn(sandbox.api, "alex.rivera@example.com")).accessToken);
  ticketId = await ticketIdByNumber(client, "TIC001005");
  otherTicketId = await ticketIdByNumber(client, "TIC001006");
});
afterAll(() => sandbox.close());

const addComment = async (as: ApiClient, text: string, extra: Record<string, unknown> = {}) =>
  (await json(await as.post(`/api/v1/tickets/${ticketId}/comments`, { comment_text: text, ...extra }))).data;
const edit = (commentId: string, body: unknown, id = ticketId) => client.put(`/api/v1/tickets/${id}/comments/${commentId}`, body);
const ticket = async (id = ticketId) => (await json(await client.get(`/api/v1/tickets/${id}`))).data;

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  const error = (await json(response)).error;
  expect(error).toMatchObject({ code, message });
  return error;
}

describe("PUT /api/v1/tickets/{id}/comments/{commentId}", () => {
  it("edits the caller's own comment's text only, without bumping the ticket", async () => {
    const comment = await addComment(client, "Rebooted the router", { is_internal: true });
    const before = (await ticket()).updated_at;
    const response = await edit(comment.comment_id, { comment_text: "Rebooted the router twice", is_internal: false, is_resolution: true });
    expect(response.status).toBe(200);
    const edited = (await json(response)).data;
    expect(edited).toMatchObject({
      comment_id: comment.comment_id,
      comment_text: "Rebooted the router twice",
      comment_html: "<p>Rebooted the router twice</p>",
      is_internal: true,
      is_resolution: false,
      created_by: comment.created_by,
      author_contact_id: null,
    });
    expect(edited).not.toHaveProperty("created_by_name");
    expect(new Date(edited.updated_at).getTime()).toBeGreaterThan(new Date(comment.updated_at).getTime());
    expect((await ticket()).updated_at).toBe(before);
    const listed = (await json(await client.get(`/api/v1/tickets/${ticketId}/comments`))).data;
    expect(listed.find((entry: { comment_id: string }) => entry.comment_id === comment.comment_id).comment_text).toBe(
      "Rebooted the router twice",
    );
  });

  it("refuses someone else's comment with 400, and a system comment", async () => {
    const theirs = await addComment(colleague, "Ordered a new fuser");
    const error = await expectError(
      await edit(theirs.comment_id, { comment_text: "mine" }),
      400,
      "VALIDATION_ERROR",
      "You can only edit your own comments",
    );
    expect(error).not.toHaveProperty("details");
    const system = (await json(await client.get(`/api/v1/tickets/${ticketId}/comments`))).data.find(
      (entry: { is_system_generated: boolean }) => entry.is_system_generated,
    );
    await expectError(
      await edit(system.comment_id, { comment_text: "x" }),
      400,
      "VALIDATION_ERROR",
      "System-generated comments cannot be edited",
    );
  });

  it("validates the text as on create", async () => {
    const comment = await addComment(client, "Short note");
    const blank = await expectError(await edit(comment.comment_id, { comment_text: "   " }), 400, "VALIDATION_ERROR", "Validation failed");
    expect(JSON.stringify(blank.details)).toContain("Comment text is required");
    const long = await expectError(
      await edit(comment.comment_id, { comment_text: "x".repeat(5001) }),
      400,
      "VALIDATION_ERROR",
      "Validation failed",
    );
    expect(JSON.stringify(long.details)).toContain("Comment text is too long (max 5000 characters)");
    await expectError(await edit(comment.comment_id, {}), 400, "VALIDATION_ERROR", "Validation failed");
  });

  it("answers 404 for a comment of another ticket, 500 for bad JSON or a malformed comment id", async () => {
    const comment = await addComment(client, "On the wrong ticket?");
    await expectError(await edit(comment.comment_id, { comment_text: "x" }, otherTicketId), 404, "NOT_FOUND", "Comment not found");
    const badJson = await client.raw(`/api/v1/tickets/${ticketId}/comments/${comment.comment_id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(badJson.status).toBe(500);
    expect((await edit("not-a-uuid", { comment_text: "x" })).status).toBe(500);
  });

  it("has no delete (405)", async () => {
    const comment = await addComment(client, "Keep me");
    expect((await client.delete(`/api/v1/tickets/${ticketId}/comments/${comment.comment_id}`)).status).toBe(405);
  });
});

describe("PUT /api/v1/tickets/{id}: title and contact", () => {
  it("stores the title untrimmed (even blank) and clears or sets the contact", async () => {
    expect((await json(await client.put(`/api/v1/tickets/${otherTicketId}`, { title: "   " }))).data.title).toBe("   ");
    const cleared = await client.put(`/api/v1/tickets/${otherTicketId}`, { contact_name_id: null });
    expect(cleared.status).toBe(200);
    expect((await ticket(otherTicketId)).contact_name_id).toBeNull();
    const contactId =
      (await ticket(ticketId)).contact_name_id ?? (await ticket(await ticketIdByNumber(client, "TIC001000"))).contact_name_id;
    expect((await json(await client.put(`/api/v1/tickets/${otherTicketId}`, { contact_name_id: contactId }))).data.contact_name_id).toBe(
      contactId,
    );
  });

  it("answers 400 Invalid reference for an unknown contact and pairs the suppression flags", async () => {
    await expectError(
      await client.put(`/api/v1/tickets/${otherTicketId}`, { contact_name_id: "00000000-0000-4000-8000-000000000000" }),
      400,
      "BAD_REQUEST",
      "Invalid reference",
    );
    const unpaired = await expectError(
      await client.put(`/api/v1/tickets/${otherTicketId}`, { title: "Printer jam", suppressInternalNotifications: true }),
      400,
      "VALIDATION_ERROR",
      "Validation failed",
    );
    expect(unpaired.details).toEqual([
      expect.objectContaining({
        path: ["suppressInternalNotifications"],
        message: "suppressInternalNotifications requires suppressContactNotifications",
      }),
    ]);
    const paired = await client.put(`/api/v1/tickets/${otherTicketId}`, {
      title: "Printer jam",
      suppressContactNotifications: true,
      suppressInternalNotifications: true,
    });
    expect((await json(paired)).data.title).toBe("Printer jam");
  });
});
