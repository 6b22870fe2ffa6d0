import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { documentSchema } from "../../src/api/schemas/documents";
import { HOSTILE_DOCUMENT_NAME } from "../db/seed/documents";
import { apiClient, json, setFaults, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tokens: Tokens;
let client: ApiClient;
let ticketId: string;
const ORIGIN = "https://tickets.example.com";
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 255, 0, 128]);

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
  // The technician's first ticket has no seeded documents.
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001000"))).data[0].ticket_id;
});
afterAll(() => sandbox.close());

const documentsPath = (id = ticketId) => `/api/v1/tickets/${id}/documents`;

function upload(body: FormData | string, path = documentsPath(), headers: Record<string, string> = {}) {
  return client.raw(path, { method: "POST", body, headers });
}

function formWith(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type }), name);
  return form;
}

describe("POST /api/v1/tickets/{id}/documents", () => {
  it("stores the file part under its name and type; the 201 has no association keys and file_size is a string", async () => {
    const before = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data.updated_at;
    const response = await upload(formWith(PNG, "rack label.png", "image/png"));
    expect(response.status).toBe(201);
    const document = (await json(response)).data;
    expect(document).toMatchObject({
      document_name: "rack label.png",
      mime_type: "image/png",
      file_size: String(PNG.byteLength),
      type_name: "image/png",
      type_icon: "🖼️",
      type_id: null,
      created_by: tokens.user.id,
      user_id: tokens.user.id,
      created_by_full_name: "Taylor Morgan",
      entered_at: null,
      order_number: 0,
      folder_path: null,
      is_client_visible: false,
      thumbnail_file_id: null,
    });
    expect(document.file_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(document).not.toHaveProperty("association_id");
    expect(document).not.toHaveProperty("association_created_at");
    // The ticket's updated_at is not bumped by an upload.
    expect((await json(await client.get(`/api/v1/tickets/${ticketId}`))).data.updated_at).toBe(before);
  });

  it("takes an empty part type as application/octet-stream and keeps an unknown type, typed as unknown", async () => {
    const untyped = (await json(await upload(formWith(PNG, "blob.bin", "")))).data;
    expect(untyped).toMatchObject({ mime_type: "application/octet-stream", type_name: "application/octet-stream", type_icon: "❓" });
    const unknown = (await json(await upload(formWith(PNG, "model.stl", "model/stl")))).data;
    expect(unknown).toMatchObject({ mime_type: "model/stl", type_name: "application/octet-stream" });
  });

  it("uses only the first file part and ignores other parts", async () => {
    const form = formWith(PNG, "first.png", "image/png");
    form.append("file", new Blob([PNG], { type: "image/png" }), "second.png");
    form.append("note", "ignored");
    expect((await json(await upload(form))).data.document_name).toBe("first.png");
  });

  it("answers 400 when no file part has a filename", async () => {
    const textField = new FormData();
    textField.append("file", "just text");
    for (const form of [textField, new FormData()]) {
      const response = await upload(form);
      expect(response.status).toBe(400);
      expect(await json(response)).toEqual({
        error: { code: "VALIDATION_ERROR", message: "Validation failed", details: [{ path: ["file"], message: "file is required" }] },
      });
    }
  });

  it("answers 500 for a body that is not multipart", async () => {
    const response = await upload(JSON.stringify({ file: "x" }), documentsPath(), { "content-type": "application/json" });
    expect(response.status).toBe(500);
    expect((await json(response)).error).toEqual({ code: "INTERNAL_ERROR", message: "An unexpected error occurred" });
  });

  it("answers 500, not 400, for a file over the storage limit or of a refused type", async () => {
    await setFaults(sandbox.api, { uploadMaxFileSize: 10 });
    const tooLarge = await upload(formWith(PNG, "big.png", "image/png"));
    expect(tooLarge.status).toBe(500);
    expect((await json(tooLarge)).error.code).toBe("INTERNAL_ERROR");
    await setFaults(sandbox.api, { uploadMaxFileSize: 1000, uploadAllowedMimeTypes: ["image/*", "application/pdf"] });
    expect((await upload(formWith(PNG, "notes.txt", "text/plain"))).status).toBe(500);
    expect((await upload(formWith(PNG, "ok.png", "image/png"))).status).toBe(201);
    await setFaults(sandbox.api, null);
  });

  it("checks the ticket first: a non-UUID id is 400, an unknown one 404", async () => {
    const bad = await upload(formWith(PNG, "a.png", "image/png"), "/api/v1/tickets/nope/documents");
    expect(bad.status).toBe(400);
    expect((await json(bad)).error).toEqual({ code: "VALIDATION_ERROR", message: "Invalid ticket ID format" });
    const unknown = await upload(formWith(PNG, "a.png", "image/png"), documentsPath("00000000-0000-4000-8000-000000000000"));
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error).toEqual({ code: "NOT_FOUND", message: "ticket not found" });
  });

  it("creates a second document when the same file is sent twice (no idempotency)", async () => {
    const form = () => formWith(PNG, "twice.png", "image/png");
    const first = (await json(await upload(form(), documentsPath(), { "x-idempotency-key": "k1" }))).data;
    const second = (await json(await upload(form(), documentsPath(), { "x-idempotency-key": "k1" }))).data;
    expect(second.document_id).not.toBe(first.document_id);
  });
});

describe("GET /api/v1/tickets/{id}/documents and the detail's documents", () => {
  it("lists the ticket's documents newest first with association keys; the detail carries the same list", async () => {
    const uploaded = (await json(await upload(formWith(PNG, "newest.png", "image/png")))).data;
    const response = await client.get(documentsPath());
    expect(response.status).toBe(200);
    const list = (await json(response)).data as Record<string, string>[];
    expect(list[0]).toMatchObject({ document_id: uploaded.document_id, document_name: "newest.png" });
    expect(list[0]?.association_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(list[0]?.association_created_at).toBeTruthy();
    const times = list.map((document) => Date.parse(document.updated_at ?? ""));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const detail = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data;
    expect(detail.documents).toEqual(list);
    // The app's schema reads what the sandbox answers.
    expect(z.array(documentSchema).parse(list)[0]?.file_size).toBe(uploaded.file_size === null ? null : Number(uploaded.file_size));
  });

  it("answers 400 and 404 for a bad or unknown ticket", async () => {
    expect((await client.get("/api/v1/tickets/nope/documents")).status).toBe(400);
    expect((await client.get(documentsPath("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
  });

  it("has the seeded photo, PDF and hostile file on the technician's next tickets", async () => {
    const tickets = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC00100&sort=ticket_number&order=asc"))).data;
    const names: string[] = [];
    for (const ticket of tickets.slice(1, 4)) {
      const list = (await json(await client.get(documentsPath(ticket.ticket_id)))).data as {
        document_name: string;
        created_by_full_name: string;
      }[];
      names.push(...list.map((document) => document.document_name));
      if (list.some((document) => document.document_name === HOSTILE_DOCUMENT_NAME)) {
        // Unknown author: CONCAT of two nulls is a single space, not null.
        expect(list.find((document) => document.document_name === HOSTILE_DOCUMENT_NAME)?.created_by_full_name).toBe(" ");
      }
    }
    expect(names).toEqual(expect.arrayContaining(["rack-2-front.jpg", "Service report.pdf", HOSTILE_DOCUMENT_NAME]));
  });
});

describe("GET /api/v1/tickets/{id}/documents/{documentId}", () => {
  it("returns the bytes with the type, a percent-encoded name in quotes and no-store, readable cross-origin", async () => {
    const name = 'Photo "rack" 2 – café.png';
    const uploaded = (await json(await upload(formWith(PNG, name, "image/png")))).data;
    const response = await client.raw(`${documentsPath()}/${uploaded.document_id}`, { headers: { origin: ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${encodeURIComponent(name)}"`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-expose-headers")).toBeNull();
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("serves the seeded hostile file as an attachment under its encoded name", async () => {
    const tickets = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC00100&sort=ticket_number&order=asc"))).data;
    for (const ticket of tickets.slice(1, 4)) {
      const list = (await json(await client.get(documentsPath(ticket.ticket_id)))).data as { document_id: string; document_name: string }[];
      const hostile = list.find((document) => document.document_name === HOSTILE_DOCUMENT_NAME);
      if (!hostile) continue;
      const response = await client.get(`${documentsPath(ticket.ticket_id)}/${hostile.document_id}`);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${encodeURIComponent(HOSTILE_DOCUMENT_NAME)}"`);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      return;
    }
    throw new Error("no seeded hostile document");
  });

  it("answers 404 for a document of another ticket, 500 for a non-UUID document id", async () => {
    const uploaded = (await json(await upload(formWith(PNG, "mine.png", "image/png")))).data;
    const other = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001010"))).data[0].ticket_id;
    const elsewhere = await client.get(`${documentsPath(other)}/${uploaded.document_id}`);
    expect(elsewhere.status).toBe(404);
    expect((await json(elsewhere)).error).toEqual({ code: "NOT_FOUND", message: "Document not found" });
    expect((await client.get(`${documentsPath()}/not-a-uuid`)).status).toBe(500);
  });
});

describe("DELETE /api/v1/tickets/{id}/documents/{documentId}", () => {
  it("answers 200 {data:null}, then 404 on a second call; the document leaves the list", async () => {
    const uploaded = (await json(await upload(formWith(PNG, "gone.png", "image/png")))).data;
    const path = `${documentsPath()}/${uploaded.document_id}`;
    const first = await client.raw(path, { method: "DELETE" });
    expect(first.status).toBe(200);
    expect(await json(first)).toEqual({ data: null });
    const second = await client.raw(path, { method: "DELETE" });
    expect(second.status).toBe(404);
    expect((await json(second)).error).toEqual({ code: "NOT_FOUND", message: "Document not found" });
    const list = (await json(await client.get(documentsPath()))).data as { document_id: string }[];
    expect(list.map((document) => document.document_id)).not.toContain(uploaded.document_id);
    expect((await client.get(path)).status).toBe(404);
  });

  it("answers 500 for a non-UUID document id", async () => {
    expect((await client.raw(`${documentsPath()}/nope`, { method: "DELETE" })).status).toBe(500);
  });
});

describe("CORS and auth on the document routes", () => {
  it("answers the preflight of a cross-origin multipart upload and tags the upload's answer", async () => {
    const preflight = await fetch(`${sandbox.api}${documentsPath()}`, {
      method: "OPTIONS",
      headers: { origin: ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type,x-api-key" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("Content-Type");
    expect(preflight.headers.get("access-control-allow-methods")).toContain("DELETE");
    const response = await upload(formWith(PNG, "cors.png", "image/png"), documentsPath(), { origin: ORIGIN });
    expect(response.status).toBe(201);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(response.headers.get("access-control-allow-credentials")).toBe("true");
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("answers the middleware's string 401 without x-api-key, with CORS headers", async () => {
    const response = await fetch(`${sandbox.api}${documentsPath()}`, { headers: { origin: ORIGIN } });
    expect(response.status).toBe(401);
    expect(response.headers.get("access-control-allow-origin")).toBe(ORIGIN);
    expect(await response.json()).toEqual({ error: "Unauthorized: API key missing" });
  });
});
