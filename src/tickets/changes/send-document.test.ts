// @vitest-environment node
// Node's Blob, FormData and fetch types from one realm, as in a browser (jsdom brings its own Blob).
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import type { TicketDocument } from "../../api/schemas/documents";
import { getFile, putFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import type { QueuedChange } from "./change";
import { documentLanded, sendDocument, type DocumentChange } from "./send-document";

const me = "user-me";
const queuedAt = Date.parse("2026-11-29T10:00:00.000Z");

function queued(
  change: Partial<DocumentChange> = {},
  fields: Partial<Omit<QueuedChange, "change">> = {},
): QueuedChange & { change: DocumentChange } {
  return {
    id: "c1",
    change: { kind: "document", ticketId: "t1", fileId: "f1", name: "rack.jpg", size: 1234, type: "image/jpeg", ...change },
    createdAt: queuedAt,
    baseUpdatedAt: null,
    state: "pending",
    attempts: 0,
    nextAttemptAt: 0,
    sentAt: null,
    error: null,
    force: false,
    ...fields,
  };
}

function serverDocument(fields: Partial<TicketDocument> = {}): TicketDocument {
  return {
    document_id: "d1",
    document_name: "rack.jpg",
    mime_type: "image/jpeg",
    file_size: 1234,
    file_id: "x",
    created_by: me,
    updated_at: "2026-11-29T10:00:05.000Z",
    ...fields,
  };
}

describe("a photo whose answer was lost", () => {
  it("counts as landed when the ticket has one by the same name and size, from this user, since it was queued", () => {
    expect(documentLanded([serverDocument()], queued(), me)).toBe(true);
  });

  it("allows for the device's clock running a few minutes ahead of the server's", () => {
    expect(documentLanded([serverDocument({ updated_at: "2026-11-29T09:57:00.000Z" })], queued(), me)).toBe(true);
  });

  it("is not mistaken for an older copy, another size, another name or a colleague's", () => {
    expect(documentLanded([serverDocument({ updated_at: "2026-11-29T09:00:00.000Z" })], queued(), me)).toBe(false);
    expect(documentLanded([serverDocument({ file_size: 999 })], queued(), me)).toBe(false);
    expect(documentLanded([serverDocument({ document_name: "rack (1).jpg" })], queued(), me)).toBe(false);
    expect(documentLanded([serverDocument({ created_by: "someone-else" })], queued(), me)).toBe(false);
  });
});

/** An API that answers the document list and counts uploads. */
function fakeApi(documents: TicketDocument[], uploadError?: ApiError) {
  const uploads: { name: string; size: number }[] = [];
  const api: ApiClient = {
    async request(path, options) {
      if (options.method === "POST") {
        if (uploadError) throw uploadError;
        const file = (options.body as FormData).get("file") as File;
        uploads.push({ name: file.name, size: file.size });
        return { data: serverDocument({ document_name: file.name, file_size: file.size }) } as never;
      }
      expect(path).toBe("api/v1/tickets/t1/documents");
      return { data: documents } as never;
    },
  };
  return { api, uploads };
}

describe("sending a queued file", () => {
  it("uploads the stored bytes under the file's name, then forgets them", async () => {
    await putFile(userKeys.uploadFile("f1"), new Blob([new Uint8Array(1234)], { type: "image/jpeg" }));
    const { api, uploads } = fakeApi([]);
    expect(await sendDocument(api, queued(), me)).toBe("sent");
    expect(uploads).toEqual([{ name: "rack.jpg", size: 1234 }]);
    expect(await getFile(userKeys.uploadFile("f1"))).toBeNull();
  });

  it("does not upload again when the lost first attempt landed", async () => {
    await putFile(userKeys.uploadFile("f1"), new Blob([new Uint8Array(1234)]));
    const { api, uploads } = fakeApi([serverDocument()]);
    expect(await sendDocument(api, queued({}, { state: "unknown", attempts: 1 }), me)).toBe("sent");
    expect(uploads).toEqual([]);
    expect(await getFile(userKeys.uploadFile("f1"))).toBeNull();
  });

  it("uploads again when the lost attempt never landed", async () => {
    await putFile(userKeys.uploadFile("f1"), new Blob([new Uint8Array(1234)]));
    const { api, uploads } = fakeApi([serverDocument({ document_name: "other.jpg" })]);
    await sendDocument(api, queued({}, { state: "unknown", attempts: 1 }), me);
    expect(uploads).toHaveLength(1);
  });

  it("after repeated 500s, explains that the server refuses the file instead of retrying for ever", async () => {
    await putFile(userKeys.uploadFile("f1"), new Blob([new Uint8Array(1234)]));
    const { api } = fakeApi([], new ApiError("server", { status: 500 }));
    const first = await sendDocument(api, queued(), me).catch((error: ApiError) => error);
    expect(first).toMatchObject({ kind: "server", isTransient: true });
    const third = await sendDocument(api, queued({}, { state: "unknown", attempts: 2 }), me).catch((error: ApiError) => error);
    expect(third).toMatchObject({ kind: "http", isTransient: false });
    expect((third as ApiError).message).toContain("Alga did not accept this file");
  });

  it("says so when the file's bytes are gone from the device", async () => {
    const { api } = fakeApi([]);
    const error = await sendDocument(api, queued({ fileId: "missing" }), me).catch((caught: ApiError) => caught);
    expect((error as ApiError).message).toContain("no longer on this device");
  });
});
