// @vitest-environment node
// Node's fetch, FormData and Blob come from one realm here, as they do in a browser (jsdom brings its own Blob).
import { describe, expect, it, vi } from "vitest";
import { createApiClient, type ApiSession } from "./client";
import { deleteDocument, downloadDocument, downloadVariant, listDocuments, uploadDocument } from "./documents";
import { ApiError } from "./errors";

const session: ApiSession = { server: "https://psa.example.com", userId: "user-1", accessToken: "a".repeat(64), tenantId: "tenant-1" };
const TICKET = "3c9d6a7e-0000-4000-8000-000000000001";
const row = {
  document_id: "0b1c0000-0000-4000-8000-000000000002",
  document_name: "IMG_2041.jpg",
  mime_type: "image/jpeg",
  file_size: "482133",
  file_id: "7e2a0000-0000-4000-8000-000000000003",
  type_name: "image/jpeg",
  type_icon: "📸",
  created_by: null,
  created_by_full_name: " ",
  updated_at: "2026-02-03T14:05:09.123Z",
  association_id: "9f9e0000-0000-4000-8000-000000000004",
};

function clientAnswering(...responses: Response[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    return next;
  }) as unknown as typeof fetch;
  return { api: createApiClient({ getSession: () => session, refreshSession: async () => null, fetchImpl }), calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("ticket documents API", () => {
  it("lists documents with sizes as numbers, whether the server sends strings or numbers, and no blank author", async () => {
    const { api, calls } = clientAnswering(json(200, { data: [row, { ...row, file_size: 12, created_by_full_name: "Ada Lovelace" }] }));
    const documents = await listDocuments(api, TICKET);
    expect(calls[0]?.url).toBe(`https://psa.example.com/api/v1/tickets/${TICKET}/documents`);
    expect(documents.map((document) => [document.file_size, document.created_by_full_name])).toEqual([
      [482133, null],
      [12, "Ada Lovelace"],
    ]);
  });

  it("refuses a size that is not a number as a malformed answer", async () => {
    const { api } = clientAnswering(json(200, { data: [{ ...row, file_size: "12 KB" }] }));
    await expect(listDocuments(api, TICKET)).rejects.toMatchObject({ kind: "malformed" });
  });

  it("uploads one multipart `file` part under the given name and type, with the key and no Content-Type of its own", async () => {
    const { api, calls } = clientAnswering(json(201, { data: row }));
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: "image/jpeg" });
    const document = await uploadDocument(api, TICKET, photo, "rack 2.jpg");
    expect(document.document_id).toBe(row.document_id);
    const { init } = calls[0]!;
    expect(init.method).toBe("POST");
    const headers = init.headers as Record<string, string>;
    expect(headers["X-API-Key"]).toBe(session.accessToken);
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain("content-type");
    const part = (init.body as FormData).get("file") as File;
    expect([part.name, part.type, part.size]).toEqual(["rack 2.jpg", "image/jpeg", 3]);
  });

  it("does not retry a failed upload: the server has no idempotency", async () => {
    const { api, calls } = clientAnswering(json(500, { error: { code: "INTERNAL_ERROR", message: "An unexpected error occurred" } }));
    await expect(uploadDocument(api, TICKET, new Blob(["x"]), "x.txt")).rejects.toMatchObject({ kind: "server" });
    expect(calls).toHaveLength(1);
  });

  it("downloads the bytes with their type through the authenticated client", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    const { api, calls } = clientAnswering(new Response(bytes, { status: 200, headers: { "content-type": "application/pdf" } }));
    const blob = await downloadDocument(api, TICKET, { document_id: row.document_id, file_size: 4 });
    expect(calls[0]?.url).toBe(`https://psa.example.com/api/v1/tickets/${TICKET}/documents/${row.document_id}`);
    expect((calls[0]?.init.headers as Record<string, string>)["X-API-Key"]).toBe(session.accessToken);
    expect(blob.type).toBe("application/pdf");
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it("deletes with DELETE and reports a second delete as not found", async () => {
    const { api, calls } = clientAnswering(
      json(200, { data: null }),
      json(404, { error: { code: "NOT_FOUND", message: "Document not found" } }),
    );
    await deleteDocument(api, TICKET, row.document_id);
    expect(calls[0]?.init.method).toBe("DELETE");
    const again = await deleteDocument(api, TICKET, row.document_id).catch((error: unknown) => error);
    expect(again).toBeInstanceOf(ApiError);
    expect((again as ApiError).kind).toBe("not_found");
  });

  it("fetches a thumbnail with the key as a blob of a raster type the app shows", async () => {
    const { api, calls } = clientAnswering(
      new Response(new Uint8Array([0xff, 0xd8]), { status: 200, headers: { "content-type": "IMAGE/JPEG; q=1" } }),
    );
    const blob = await downloadVariant(api, TICKET, row.document_id, "thumbnail");
    expect(calls[0]?.url).toBe(`https://psa.example.com/api/v1/tickets/${TICKET}/documents/${row.document_id}/thumbnail`);
    expect((calls[0]?.init.headers as Record<string, string>)["X-API-Key"]).toBe(session.accessToken);
    expect(blob?.type).toBe("image/jpeg");
  });

  it("ignores a variant of any other type: an SVG is never shown from the app's origin", async () => {
    for (const type of ["image/svg+xml", "text/html", "application/octet-stream", ""]) {
      const { api } = clientAnswering(new Response("<svg/>", { status: 200, headers: type ? { "content-type": type } : {} }));
      expect(await downloadVariant(api, TICKET, row.document_id, "preview")).toBeNull();
    }
  });

  it("takes a 404 JSON as a document without the variant, and lets a 404 page (no such route) through", async () => {
    const missing = clientAnswering(json(404, { error: { code: "NOT_FOUND", message: "Document thumbnail not available" } }));
    expect(await downloadVariant(missing.api, TICKET, row.document_id, "thumbnail")).toBeNull();
    const older = clientAnswering(new Response("<!DOCTYPE html><h1>404</h1>", { status: 404, headers: { "content-type": "text/html" } }));
    await expect(downloadVariant(older.api, TICKET, row.document_id, "thumbnail")).rejects.toMatchObject({ kind: "not_found", code: null });
  });
});
