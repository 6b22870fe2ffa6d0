import type { Database } from "../db/database";
import { newId } from "../auth/tokens";
import { ApiError, notFound } from "../http/api-error";
import { storeVariants } from "./document-variants";

type Queryable = Pick<Database, "query">;
export type DocumentRow = Record<string, unknown> & { document_id: string };

// `file_size` is a bigint the real driver hands out as a string (field-kit contract §0.3); the sandbox does the
// same so clients are tested against it. created_by_full_name is a CONCAT: " " when the user is unknown.
const DOCUMENT_COLUMNS = `d.tenant, d.document_id, d.document_name, d.type_id, d.shared_type_id, d.user_id, d.created_by,
  d.edited_by, d.order_number, d.entered_at, d.updated_at, d.file_id, d.storage_path, d.mime_type, d.file_size::text AS file_size,
  d.folder_path, d.is_client_visible, d.thumbnail_file_id, d.preview_file_id, d.preview_generated_at, d.source_template_id,
  d.source_template_version, d.rendered_locale,
  concat(u.first_name, ' ', u.last_name) AS created_by_full_name, sdt.type_name, sdt.icon AS type_icon`;

const DOCUMENT_JOINS = `LEFT JOIN users u ON u.user_id = d.created_by
  LEFT JOIN shared_document_types sdt ON sdt.type_id = d.shared_type_id`;

/** A ticket's documents, newest first (field-kit contract §3.1; also the detail's `documents`, MVP §6.2). */
export async function listTicketDocuments(db: Queryable, tenant: string, ticketId: string): Promise<DocumentRow[]> {
  const { rows } = await db.query<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS}, da.association_id, da.created_at AS association_created_at
     FROM documents d JOIN document_associations da ON da.document_id = d.document_id ${DOCUMENT_JOINS}
     WHERE da.entity_id = $1 AND da.entity_type = 'ticket' AND d.tenant = $2
     ORDER BY d.updated_at DESC, d.document_id`,
    [ticketId, tenant],
  );
  return rows;
}

/** One document without its association keys, as the upload answers it. */
async function documentById(db: Queryable, documentId: string): Promise<DocumentRow> {
  const { rows } = await db.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ${DOCUMENT_JOINS} WHERE d.document_id = $1`, [
    documentId,
  ]);
  const row = rows[0];
  if (!row) throw new ApiError(500, "INTERNAL_ERROR", "An unexpected error occurred");
  return row;
}

/** Exact MIME among the shared types, then `<major>/*`, then the unknown type (TicketService.getDocumentTypeIdForMime). */
async function sharedTypeFor(db: Queryable, mimeType: string): Promise<string> {
  const major = `${mimeType.split("/")[0] ?? ""}/*`;
  const { rows } = await db.query<{ type_id: string }>(
    `SELECT type_id FROM shared_document_types WHERE type_name IN ($1, $2, 'application/octet-stream')
     ORDER BY CASE type_name WHEN $1 THEN 0 WHEN $2 THEN 1 ELSE 2 END LIMIT 1`,
    [mimeType, major],
  );
  const type = rows[0];
  if (!type) throw new ApiError(409, "CONFLICT", "Unknown document type not found in shared document types");
  return type.type_id;
}

export interface NewDocument {
  tenant: string;
  ticketId: string;
  userId: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
  /** A newer server also stores a thumbnail and a preview of an image (awareness §10.2). */
  withVariants?: boolean;
}

/** Stores the bytes, then the document and its ticket association in one transaction (field-kit contract §3.2). */
export async function insertTicketDocument(db: Database, file: NewDocument): Promise<DocumentRow> {
  const fileId = newId();
  const documentId = newId();
  const storagePath = `${file.tenant}/tickets/${file.ticketId}/${fileId}`;
  await db.query(
    `INSERT INTO external_files (tenant, file_id, file_name, original_name, mime_type, file_size, storage_path, uploaded_by_id, content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [file.tenant, fileId, fileId, file.name, file.mimeType, file.bytes.byteLength, storagePath, file.userId, file.bytes],
  );
  const sharedTypeId = await sharedTypeFor(db, file.mimeType);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO documents (tenant, document_id, document_name, shared_type_id, user_id, created_by, order_number, file_id,
         storage_path, mime_type, file_size)
       VALUES ($1, $2, $3, $4, $5, $5, 0, $6, $7, $8, $9)`,
      [file.tenant, documentId, file.name, sharedTypeId, file.userId, fileId, storagePath, file.mimeType, file.bytes.byteLength],
    );
    await tx.query(
      "INSERT INTO document_associations (tenant, association_id, document_id, entity_id, entity_type) VALUES ($1, $2, $3, $4, 'ticket')",
      [file.tenant, newId(), documentId, file.ticketId],
    );
  });
  if (file.withVariants) await storeVariants(db, { ...file, documentId });
  return documentById(db, documentId);
}

/**
 * The bytes of a document of this ticket. A non-UUID `documentId` reaches Postgres unchecked and fails
 * there (22P02), a 500, as on the real server (field-kit contract §3).
 */
export async function readTicketDocument(
  db: Queryable,
  tenant: string,
  ticketId: string,
  documentId: string,
): Promise<{ name: string; mimeType: string; bytes: Uint8Array }> {
  const { rows } = await db.query<{ document_name: string; mime_type: string | null; stored_mime_type: string; content: Uint8Array }>(
    `SELECT d.document_name, d.mime_type, f.mime_type AS stored_mime_type, f.content
     FROM documents d
     JOIN document_associations da ON da.document_id = d.document_id AND da.entity_id = $2 AND da.entity_type = 'ticket'
     JOIN external_files f ON f.file_id = d.file_id
     WHERE d.document_id = $3 AND d.tenant = $1`,
    [tenant, ticketId, documentId],
  );
  const row = rows[0];
  if (!row) throw notFound("Document not found");
  return { name: row.document_name, mimeType: row.mime_type || row.stored_mime_type, bytes: row.content };
}

/** Unlinks the document from this ticket; the document row goes when no association is left, the file stays (§3.4). */
export async function deleteTicketDocument(db: Database, tenant: string, ticketId: string, documentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ association_id: string }>(
      `DELETE FROM document_associations da USING documents d
       WHERE da.document_id = d.document_id AND d.document_id = $3 AND d.tenant = $1 AND da.entity_id = $2 AND da.entity_type = 'ticket'
       RETURNING da.association_id`,
      [tenant, ticketId, documentId],
    );
    if (rows.length === 0) throw notFound("Document not found");
    await tx.query(
      "DELETE FROM documents d WHERE d.document_id = $1 AND NOT EXISTS (SELECT 1 FROM document_associations WHERE document_id = $1)",
      [documentId],
    );
  });
}
