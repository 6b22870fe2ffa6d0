import type { Transaction } from "@electric-sql/pglite";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const HOUR_MS = 3_600_000;
const filesDir = new URL("./files/", import.meta.url);

// A name built to break naive code: path traversal, markup, quotes and a right-to-left override that makes
// "…fdp.html" display as "…lmth.pdf". Its content is HTML with a script, which must never run in the app.
export const HOSTILE_DOCUMENT_NAME = `../../<img src=x onerror=alert('doc')> "Q3" invoice\u202Efdp.html`;
const HOSTILE_CONTENT = `<!doctype html><script>alert("document")</script><h1>Never render this inline</h1>\n`;

interface SeedDocument {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  createdBy: string | null;
  hoursAgo: number;
}

/**
 * A few documents on the technician's second to fourth tickets (the first stays bare): a photo, a PDF and a
 * hostile file. The bytes are stored like an upload's, so download and delete work on them.
 */
export async function seedDocuments(tx: Transaction, random: SeededRandom, now: Date, ref: ReferenceData): Promise<void> {
  const [photo, pdf] = await Promise.all([
    readFile(fileURLToPath(new URL("rack-photo.jpg", filesDir))),
    readFile(fileURLToPath(new URL("service-report.pdf", filesDir))),
  ]);
  const { rows: tickets } = await tx.query<{ ticket_id: string }>(
    "SELECT ticket_id FROM tickets WHERE tenant = $1 AND assigned_to = $2 ORDER BY ticket_number OFFSET 1 LIMIT 3",
    [ref.tenant, ref.techUserId],
  );
  const colleague = ref.technicianIds[1] ?? ref.techUserId;
  const plan: SeedDocument[][] = [
    [
      { name: "rack-2-front.jpg", mimeType: "image/jpeg", bytes: photo, createdBy: ref.techUserId, hoursAgo: 2 },
      { name: "Service report.pdf", mimeType: "application/pdf", bytes: pdf, createdBy: colleague, hoursAgo: 5 },
    ],
    [
      {
        name: HOSTILE_DOCUMENT_NAME,
        mimeType: "text/html",
        bytes: new TextEncoder().encode(HOSTILE_CONTENT),
        createdBy: null,
        hoursAgo: 1,
      },
      { name: "label.jpg", mimeType: "image/jpeg", bytes: photo, createdBy: colleague, hoursAgo: 30 },
    ],
    [{ name: "Quote 2291.pdf", mimeType: "application/pdf", bytes: pdf, createdBy: ref.techUserId, hoursAgo: 50 }],
  ];
  for (const [index, ticket] of tickets.entries()) {
    for (const document of plan[index] ?? []) await insertDocument(tx, random, now, ref, ticket.ticket_id, document);
  }
}

async function insertDocument(
  tx: Transaction,
  random: SeededRandom,
  now: Date,
  ref: ReferenceData,
  ticketId: string,
  document: SeedDocument,
): Promise<void> {
  const fileId = random.uuid();
  const documentId = random.uuid();
  const at = new Date(now.getTime() - document.hoursAgo * HOUR_MS);
  const storagePath = `${ref.tenant}/tickets/${ticketId}/${fileId}`;
  await tx.query(
    `INSERT INTO external_files (tenant, file_id, file_name, original_name, mime_type, file_size, storage_path, uploaded_by_id, content, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      ref.tenant,
      fileId,
      fileId,
      document.name,
      document.mimeType,
      document.bytes.byteLength,
      storagePath,
      document.createdBy ?? ref.techUserId,
      document.bytes,
      at,
    ],
  );
  await tx.query(
    `INSERT INTO documents (tenant, document_id, document_name, shared_type_id, user_id, created_by, file_id, storage_path, mime_type,
       file_size, updated_at)
     SELECT $1, $2, $3, type_id, $4, $4, $5, $6, $7, $8, $9 FROM shared_document_types WHERE type_name = $7`,
    [ref.tenant, documentId, document.name, document.createdBy, fileId, storagePath, document.mimeType, document.bytes.byteLength, at],
  );
  await tx.query(
    `INSERT INTO document_associations (tenant, association_id, document_id, entity_id, entity_type, created_at)
     VALUES ($1, $2, $3, $4, 'ticket', $5)`,
    [ref.tenant, random.uuid(), documentId, ticketId, at],
  );
}
