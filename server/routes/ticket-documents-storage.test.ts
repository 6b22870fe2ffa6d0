import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type TestSandbox } from "../testing/harness";

let dataDir: string;
const BYTES = new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7) % 256));

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "alga-documents-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function withSandbox<T>(run: (sandbox: TestSandbox) => Promise<T>): Promise<T> {
  const sandbox = await startTestSandbox({ dataDir, ticketCount: 30 });
  try {
    return await run(sandbox);
  } finally {
    await sandbox.close();
  }
}

async function session(sandbox: TestSandbox) {
  const client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  const ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001000"))).data[0].ticket_id as string;
  return { client, documentsPath: `/api/v1/tickets/${ticketId}/documents` };
}

describe("stored document bytes", () => {
  it("survive a restart of a persisted sandbox and vanish on reset", async () => {
    const documentId = await withSandbox(async (sandbox) => {
      const { client, documentsPath } = await session(sandbox);
      const form = new FormData();
      form.append("file", new Blob([BYTES], { type: "application/octet-stream" }), "dump.bin");
      const response = await client.raw(documentsPath, { method: "POST", body: form });
      expect(response.status).toBe(201);
      return (await json(response)).data.document_id as string;
    });

    await withSandbox(async (sandbox) => {
      const { client, documentsPath } = await session(sandbox);
      const download = await client.get(`${documentsPath}/${documentId}`);
      expect(download.status).toBe(200);
      expect(new Uint8Array(await download.arrayBuffer())).toEqual(BYTES);

      expect((await fetch(`${sandbox.api}/__sandbox/reset`, { method: "POST" })).status).toBe(200);
      const after = await session(sandbox);
      expect((await after.client.get(`${after.documentsPath}/${documentId}`)).status).toBe(404);
    });
    // Two starts of a sandbox on disk, each migrating or opening PGlite's files.
  }, 180_000);
});
