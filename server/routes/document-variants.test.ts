import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, setFaults, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001000"))).data[0].ticket_id;
});
afterAll(() => sandbox.close());

const variantPath = (documentId: string, variant: string, id = ticketId) => `/api/v1/tickets/${id}/documents/${documentId}/${variant}`;

/** A photo of the given size: a left half red, a right half blue. */
function photo(width: number, height: number): Uint8Array<ArrayBuffer> {
  const data = Buffer.alloc(width * height * 4);
  for (let at = 0; at < width * height; at++) data.set((at % width) * 2 < width ? [255, 0, 0, 255] : [0, 0, 255, 255], at * 4);
  return new Uint8Array(jpeg.encode({ width, height, data }, 90).data);
}

function screenshot(width: number, height: number): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

async function upload(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  type: string,
): Promise<{ document_id: string; thumbnail_file_id: string | null }> {
  const form = new FormData();
  form.append("file", new Blob([bytes], { type }), name);
  const response = await client.raw(`/api/v1/tickets/${ticketId}/documents`, { method: "POST", body: form });
  expect(response.status).toBe(201);
  return (await json(response)).data;
}

async function imageSize(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/jpeg");
  const { width, height } = jpeg.decode(new Uint8Array(await response.arrayBuffer()));
  return { width, height };
}

describe("an older server (the default, 2026-08-22)", () => {
  it("has no thumbnail or preview route: its 404 HTML page, even for a document that exists", async () => {
    const document = await upload(photo(400, 300), "older.jpg", "image/jpeg");
    expect(document.thumbnail_file_id).toBeNull();
    for (const variant of ["thumbnail", "preview"]) {
      const response = await client.get(variantPath(document.document_id, variant));
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
  });
});

describe("a newer server", () => {
  let older: string;
  beforeAll(async () => {
    older = (await upload(photo(400, 300), "before the update.jpg", "image/jpeg")).document_id;
    await setFaults(sandbox.api, { newerServer: true });
  });
  afterAll(() => setFaults(sandbox.api, null));

  it("makes a 200×200 thumbnail and an 800×600 preview of an uploaded photo, keeping its shape", async () => {
    const document = await upload(photo(1600, 900), "wide.jpg", "image/jpeg");
    expect(document.thumbnail_file_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await imageSize(await client.get(variantPath(document.document_id, "thumbnail")))).toEqual({ width: 200, height: 113 });
    expect(await imageSize(await client.get(variantPath(document.document_id, "preview")))).toEqual({ width: 800, height: 450 });
  });

  it("averages the pixels: the thumbnail of a red and blue photo is red on the left and blue on the right", async () => {
    const document = await upload(photo(1000, 1000), "halves.jpg", "image/jpeg");
    const response = await client.get(variantPath(document.document_id, "thumbnail"));
    const { width, data } = jpeg.decode(new Uint8Array(await response.arrayBuffer()));
    const pixel = (x: number) => [...data.subarray(x * 4, x * 4 + 3)];
    expect(pixel(10)[0]).toBeGreaterThan(200);
    expect(pixel(width - 10)[2]).toBeGreaterThan(200);
  });

  it("never enlarges a small image, and makes variants of PNG screenshots too", async () => {
    const small = await upload(photo(120, 90), "small.jpg", "image/jpeg");
    expect(await imageSize(await client.get(variantPath(small.document_id, "preview")))).toEqual({ width: 120, height: 90 });
    const png = await upload(screenshot(300, 600), "screen.png", "image/png");
    expect(await imageSize(await client.get(variantPath(png.document_id, "thumbnail")))).toEqual({ width: 100, height: 200 });
  });

  it("answers 404 JSON 'not available' for a document without the variant: uploaded before, or not an image", async () => {
    const text = await upload(new Uint8Array(new TextEncoder().encode("notes")), "notes.txt", "text/plain");
    for (const [documentId, variant, message] of [
      [older, "thumbnail", "Document thumbnail not available"],
      [older, "preview", "Document preview not available"],
      [text.document_id, "thumbnail", "Document thumbnail not available"],
    ] as const) {
      const response = await client.get(variantPath(documentId, variant));
      expect(response.status).toBe(404);
      expect((await json(response)).error).toMatchObject({ code: "NOT_FOUND", message });
    }
  });

  it("guards the variants as the download: another ticket's document is not found, no key is 401", async () => {
    const document = await upload(photo(400, 300), "guarded.jpg", "image/jpeg");
    const other = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001001"))).data[0].ticket_id;
    const elsewhere = await client.get(variantPath(document.document_id, "thumbnail", other));
    expect(elsewhere.status).toBe(404);
    expect((await json(elsewhere)).error.message).toBe("Document not found");
    expect((await fetch(`${sandbox.api}${variantPath(document.document_id, "thumbnail")}`)).status).toBe(401);
  });
});
