import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, setFaults, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&limit=1"))).data[0].ticket_id;
});
afterAll(() => sandbox.close());

const addComment = (body: unknown) => client.post(`/api/v1/tickets/${ticketId}/comments`, body);
const cancel = (commentId: string) => client.delete(`/api/v1/tickets/${ticketId}/comments/${commentId}/schedule`);
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
const commentOf = async (commentId: string) =>
  (await json(await client.get(`/api/v1/tickets/${ticketId}/comments`))).data.find(
    (comment: { comment_id: string }) => comment.comment_id === commentId,
  );

describe("an older server (the default, 2026-08-22)", () => {
  it("strips Cc/Bcc and send-later and publishes at once", async () => {
    const response = await addComment({
      comment_text: "Later, please",
      cc: ["boss@example.com"],
      scheduled_publish_at: inMs(3_600_000),
      scheduled_publish_tz: "Europe/Paris",
    });
    expect(response.status).toBe(201);
    const created = (await json(response)).data;
    expect(created).toMatchObject({ publish_state: "published", scheduled_publish_at: null });
    expect(created).not.toHaveProperty("email_recipients");
  });

  it("answers the cancel route with the 404 HTML page", async () => {
    const response = await cancel("00000000-0000-0000-0000-000000000000");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
  });
});

describe("a newer server", () => {
  beforeAll(() => setFaults(sandbox.api, { newerServer: true }));
  afterAll(() => setFaults(sandbox.api, null));

  it.each([
    ["a past time", { scheduled_publish_at: inMs(-60_000), scheduled_publish_tz: "Europe/Paris" }],
    ["an internal comment", { is_internal: true, scheduled_publish_at: inMs(60_000), scheduled_publish_tz: "Europe/Paris" }],
    ["a missing zone", { scheduled_publish_at: inMs(60_000) }],
    ["an invalid zone", { scheduled_publish_at: inMs(60_000), scheduled_publish_tz: "Mars/Olympus" }],
    ["a zone without a time", { scheduled_publish_tz: "Europe/Paris" }],
    ["Cc on an internal note", { is_internal: true, cc: ["a@example.com"] }],
    ["a Cc that is no e-mail address", { cc: ["not an address"] }],
  ])("refuses %s (400)", async (_name, fields) => {
    const response = await addComment({ comment_text: "Refused", ...fields });
    expect(response.status).toBe(400);
  });

  it("keeps Cc/Bcc on a public comment", async () => {
    const response = await addComment({ comment_text: "Copied", cc: ["boss@example.com"], bcc: ["audit@example.com"] });
    expect(response.status).toBe(201);
    expect((await json(response)).data).toMatchObject({
      publish_state: "published",
      email_recipients: { cc: [{ email: "boss@example.com" }], bcc: [{ email: "audit@example.com" }] },
    });
  });

  it("stores a scheduled comment and publishes it at the instant, not one due in a year", async () => {
    const nextYear = (
      await json(await addComment({ comment_text: "Next year", scheduled_publish_at: inMs(365 * 86_400_000), scheduled_publish_tz: "UTC" }))
    ).data;
    const at = inMs(1_000);
    const response = await addComment({ comment_text: "Soon", scheduled_publish_at: at, scheduled_publish_tz: "Europe/Paris" });
    expect(response.status).toBe(201);
    const created = (await json(response)).data;
    expect(created).toMatchObject({ publish_state: "scheduled", scheduled_publish_tz: "Europe/Paris" });
    expect(new Date(created.scheduled_publish_at).toISOString()).toBe(at);
    await expect.poll(async () => (await commentOf(created.comment_id)).publish_state, { timeout: 5_000 }).toBe("published");
    expect((await commentOf(nextYear.comment_id)).publish_state).toBe("scheduled");
  });

  it("cancels while scheduled, once", async () => {
    const created = (
      await json(await addComment({ comment_text: "Never", scheduled_publish_at: inMs(3_600_000), scheduled_publish_tz: "UTC" }))
    ).data;
    const first = await cancel(created.comment_id);
    expect(first.status).toBe(200);
    expect((await json(first)).data.publish_state).toBe("canceled");
    expect((await cancel(created.comment_id)).status).toBe(409);
    expect((await cancel("00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await commentOf(created.comment_id)).publish_state).toBe("canceled");
  });
});
