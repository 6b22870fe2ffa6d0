import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, postJson, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let techId: string;
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

const control = (path: string, body: unknown) => postJson(`${sandbox.api}/__sandbox/${path}`, body);

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
  techId = tokens.user.id;
});
afterAll(() => sandbox.close());

describe("GET /api/v1/users/{id} (awareness §6.1)", () => {
  it("answers the caller's record with its time zone, roles and links, and no password", async () => {
    const { data } = await json(await client.get(`/api/v1/users/${techId}`));
    expect(data).toMatchObject({ user_id: techId, email: "tech@example.com", timezone: "UTC", user_type: "internal", avatarUrl: null });
    expect(data.roles[0]).toMatchObject({ role_name: "Technician", msp: true });
    expect(data._links.preferences).toEqual({ href: `/api/v1/users/${techId}/preferences`, method: "GET", rel: "related" });
    expect(data).not.toHaveProperty("hashed_password");
  });

  it("refuses a malformed id with 400 and an unknown one with 404", async () => {
    const malformed = await client.get("/api/v1/users/nope");
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.message).toBe("Invalid user ID format");
    const unknown = await client.get(`/api/v1/users/${UNKNOWN}`);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error).toEqual({ code: "NOT_FOUND", message: "user not found" });
  });
});

describe("GET /api/v1/users/{id}/preferences (awareness §6.2)", () => {
  it("answers every setting parsed from JSON, and {} for an id the server does not know", async () => {
    const { data } = await json(await client.get(`/api/v1/users/${techId}/preferences`));
    expect(data).toEqual({ has_reset_password: true, ticket_list_view: "compact" });
    const unknown = await client.get(`/api/v1/users/${UNKNOWN}/preferences`);
    expect(unknown.status).toBe(200);
    expect((await json(unknown)).data).toEqual({});
    expect((await json(await client.get("/api/v1/users/nope/preferences"))).error.message).toBe("Invalid user ID format");
  });

  it("a user set to Warsaw in Polish reads so in both answers; null takes them away again", async () => {
    expect((await control("user-preferences", { email: "tech@example.com", timezone: "Europe/Warsaw", locale: "pl" })).status).toBe(200);
    expect((await json(await client.get(`/api/v1/users/${techId}`))).data.timezone).toBe("Europe/Warsaw");
    expect((await json(await client.get(`/api/v1/users/${techId}/preferences`))).data.locale).toBe("pl");

    await control("user-preferences", { email: "tech@example.com", timezone: null, locale: null });
    expect((await json(await client.get(`/api/v1/users/${techId}`))).data.timezone).toBeNull();
    expect((await json(await client.get(`/api/v1/users/${techId}/preferences`))).data).not.toHaveProperty("locale");
    await control("user-preferences", { email: "tech@example.com", timezone: "UTC" });
  });

  it("a new tenant's Technician is refused both, even for their own id; an older server has no preferences route", async () => {
    await control("faults", { technicianRole: "newTenant" });
    for (const path of [`/api/v1/users/${techId}`, `/api/v1/users/${techId}/preferences`]) {
      const refused = await client.get(path);
      expect(refused.status).toBe(403);
      expect((await json(refused)).error).toEqual({ code: "FORBIDDEN", message: "Permission denied: Cannot read user" });
    }
    await control("faults", { technicianRole: "olderTenant", withoutUserPreferences: true });
    const missing = await client.get(`/api/v1/users/${techId}/preferences`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^text\/html/);
    expect((await client.get(`/api/v1/users/${techId}`)).status).toBe(200);
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
  });
});
