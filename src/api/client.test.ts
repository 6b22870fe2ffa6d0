// @vitest-environment node
// Node's fetch, Response and Blob come from one realm here, as they do in a browser (jsdom brings its own Blob).
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { clientForAccount, createApiClient, sendRequest, type ApiSession } from "./client";
import { ApiError } from "./errors";

const okSchema = z.object({ ok: z.boolean() });
const session: ApiSession = { server: "https://psa.example.com", userId: "user-1", accessToken: "a".repeat(64), tenantId: "tenant-1" };

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

function fakeFetch(...responses: Array<Response | Error>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    if (next instanceof Error) throw next;
    return next;
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

function headerNames(init: RequestInit): string[] {
  return Object.keys(init.headers as Record<string, string>)
    .map((name) => name.toLowerCase())
    .sort();
}

const fast = { retryBaseMs: 1 };

describe("API client", () => {
  it("sends only headers the server's CORS allow-list accepts", async () => {
    const { impl, calls } = fakeFetch(json(200, { ok: true }), json(200, { ok: true }));
    const client = createApiClient({ getSession: () => session, refreshSession: async () => null, fetchImpl: impl });
    await client.request("api/v1/tickets", { schema: okSchema, query: { page: 1, search: undefined } });
    await client.request("api/v1/tickets/1/comments", { method: "POST", body: { comment_text: "x" }, schema: okSchema });

    const allowed = ["accept", "content-type", "x-api-key", "x-tenant-id", "x-request-id"];
    for (const call of calls) expect(headerNames(call.init).every((name) => allowed.includes(name))).toBe(true);
    expect(calls[0]!.url).toBe("https://psa.example.com/api/v1/tickets?page=1");
    expect(headerNames(calls[0]!.init)).not.toContain("content-type");
    expect((calls[0]!.init.headers as Record<string, string>)["X-API-Key"]).toBe(session.accessToken);
    expect(calls[1]!.init.body).toBe('{"comment_text":"x"}');
  });

  it("maps the edge's plain-string 401 and the object error envelope", async () => {
    const { impl } = fakeFetch(
      json(401, { error: "Unauthorized: API key missing" }),
      json(404, { error: { code: "NOT_FOUND", message: "ticket not found" } }),
    );
    const missingKey = await sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: impl }).catch((error) => error);
    expect(missingKey).toBeInstanceOf(ApiError);
    expect(missingKey.kind).toBe("unauthorized");
    const notFound = await sendRequest("https://x.test/b", { schema: okSchema }, { fetchImpl: impl }).catch((error) => error);
    expect(notFound.kind).toBe("not_found");
    expect(notFound.code).toBe("NOT_FOUND");
  });

  it("keeps how long a 429 asks to wait, from the body since Retry-After is not readable cross-origin", async () => {
    const { impl } = fakeFetch(
      json(429, { error: { code: "RATE_LIMITED", message: "Too many requests", details: { retry_after_ms: 1500, remaining: 0 } } }),
    );
    const error = await sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: impl }).catch((caught) => caught);
    expect(error.kind).toBe("rate_limited");
    expect(error.retryAfterMs).toBe(1500);
  });

  it("retries a GET twice on 5xx and network errors, then succeeds", async () => {
    const { impl, calls } = fakeFetch(json(503, undefined), new TypeError("Failed to fetch"), json(200, { ok: true }));
    await expect(sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: impl, ...fast })).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(3);
  });

  it("never blindly retries a POST: the server has no idempotency", async () => {
    const { impl, calls } = fakeFetch(json(503, undefined), json(200, { ok: true }));
    const error = await sendRequest("https://x.test/a", { method: "POST", body: {}, schema: okSchema }, { fetchImpl: impl, ...fast }).catch(
      (caught) => caught,
    );
    expect(error.kind).toBe("server");
    expect(calls).toHaveLength(1);
  });

  it("reports a network failure and a timeout as different, user-readable errors", async () => {
    const { impl } = fakeFetch(new TypeError("Failed to fetch"));
    const offline = await sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: impl, getRetries: 0 }).catch((error) => error);
    expect(offline.kind).toBe("network");
    expect(offline.message).toMatch(/connection/);

    const hanging = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) =>
        init.signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as unknown as typeof fetch;
    const slow = await sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: hanging, getRetries: 0, timeoutMs: 20 }).catch(
      (error) => error,
    );
    expect(slow.kind).toBe("timeout");
  });

  it("rejects an answer that is not the expected shape instead of passing it on", async () => {
    const { impl } = fakeFetch(new Response("<html>captive portal</html>", { status: 200 }));
    const error = await sendRequest("https://x.test/a", { schema: okSchema }, { fetchImpl: impl }).catch((caught) => caught);
    expect(error.kind).toBe("malformed");
  });

  it("on a 401 refreshes once and retries once with the new key", async () => {
    const { impl, calls } = fakeFetch(json(401, { error: { code: "UNAUTHORIZED", message: "Invalid API key" } }), json(200, { ok: true }));
    const fresh = { ...session, accessToken: "b".repeat(64) };
    const refreshSession = vi.fn(async () => fresh);
    const client = createApiClient({ getSession: () => session, refreshSession, fetchImpl: impl });
    await expect(client.request("api/v1/tickets", { schema: okSchema })).resolves.toEqual({ ok: true });
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(refreshSession).toHaveBeenCalledWith(session);
    expect((calls[1]!.init.headers as Record<string, string>)["X-API-Key"]).toBe(fresh.accessToken);
  });

  it("sends FormData as it is, leaving Content-Type (with its boundary) to the browser", async () => {
    const { impl, calls } = fakeFetch(json(201, { ok: true }));
    const form = new FormData();
    form.append("file", new Blob(["x"], { type: "image/jpeg" }), "a.jpg");
    await sendRequest("https://x.test/a", { method: "POST", body: form, schema: okSchema }, { fetchImpl: impl });
    expect(calls[0]!.init.body).toBe(form);
    expect(headerNames(calls[0]!.init)).not.toContain("content-type");
  });

  it("reads a download's bytes as a Blob, and its failure as the usual error envelope", async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
    const { impl } = fakeFetch(
      new Response(bytes, { status: 200, headers: { "content-type": "image/jpeg" } }),
      json(404, { error: { code: "NOT_FOUND", message: "Document not found" } }),
    );
    const blobSchema = z.instanceof(Blob);
    const blob = await sendRequest("https://x.test/d", { schema: blobSchema, responseType: "blob" }, { fetchImpl: impl });
    expect(blob.type).toBe("image/jpeg");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    const missing = await sendRequest("https://x.test/d", { schema: blobSchema, responseType: "blob" }, { fetchImpl: impl }).catch(
      (error) => error,
    );
    expect(missing.kind).toBe("not_found");
    expect(missing.message).toBe("Document not found");
  });

  it("lets one request wait longer than the transport's timeout", async () => {
    const slowOk = ((_url: string, init: RequestInit) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(json(200, { ok: true })), 40);
        init.signal!.addEventListener("abort", () => {
          clearTimeout(timer);
          reject(new DOMException("aborted", "AbortError"));
        });
      })) as unknown as typeof fetch;
    const transport = { fetchImpl: slowOk, getRetries: 0, timeoutMs: 10 };
    expect((await sendRequest("https://x.test/a", { schema: okSchema }, transport).catch((error) => error)).kind).toBe("timeout");
    await expect(sendRequest("https://x.test/a", { schema: okSchema, timeoutMs: 1000 }, transport)).resolves.toEqual({ ok: true });
  });

  it("gives up with 'unauthorized' when the session cannot be refreshed, without looping", async () => {
    const { impl, calls } = fakeFetch(json(401, { error: { code: "UNAUTHORIZED", message: "Invalid API key" } }));
    const client = createApiClient({ getSession: () => session, refreshSession: async () => null, fetchImpl: impl });
    const error = await client.request("api/v1/tickets", { schema: okSchema }).catch((caught) => caught);
    expect(error.kind).toBe("unauthorized");
    expect(calls).toHaveLength(1);
  });

  it("never retries one account's request with another account's session", async () => {
    const { impl, calls } = fakeFetch(json(401, { error: { code: "UNAUTHORIZED", message: "Invalid API key" } }), json(200, { ok: true }));
    const otherUser = { ...session, userId: "user-2", accessToken: "c".repeat(64) };
    const client = createApiClient({ getSession: () => session, refreshSession: async () => otherUser, fetchImpl: impl });
    const error = await client.request("api/v1/tickets", { schema: okSchema }).catch((caught) => caught);
    expect(error.kind).toBe("unauthorized");
    expect(calls).toHaveLength(1);
  });

  it("a client for one account sends nothing once another account is signed in", async () => {
    const { impl, calls } = fakeFetch(json(200, { ok: true }));
    let signedIn = session;
    const api = createApiClient({ getSession: () => signedIn, refreshSession: async () => null, fetchImpl: impl });
    const outboxClient = clientForAccount(api, { server: session.server, userId: session.userId });
    signedIn = { ...session, userId: "user-2", accessToken: "c".repeat(64) };
    const error = await outboxClient.request("api/v1/tickets", { schema: okSchema }).catch((caught) => caught);
    expect(error.kind).toBe("unauthorized");
    expect(calls).toHaveLength(0);
  });
});
