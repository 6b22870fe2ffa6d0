import type { Database } from "../db/database";
import { newId } from "../auth/tokens";
import { notFound } from "../http/api-error";
import { makeVariant, type Variant } from "./image-variants";

type Queryable = Pick<Database, "query">;

const COLUMN: Record<Variant, "thumbnail_file_id" | "preview_file_id"> = { thumbnail: "thumbnail_file_id", preview: "preview_file_id" };

/**
 * What a newer server does after an image upload (awareness §10.2): the thumbnail and preview stored as files of
 * their own and linked from the document. A type the sandbox cannot decode keeps no variant.
 */
export async function storeVariants(
  db: Queryable,
  document: { tenant: string; documentId: string; userId: string; mimeType: string; bytes: Uint8Array },
): Promise<void> {
  for (const variant of ["thumbnail", "preview"] as const) {
    const bytes = makeVariant(document.bytes, document.mimeType, variant);
    if (!bytes) return;
    const fileId = newId();
    await db.query(
      `INSERT INTO external_files (tenant, file_id, file_name, original_name, mime_type, file_size, storage_path, uploaded_by_id, content)
       VALUES ($1, $2, $3, $4, 'image/jpeg', $5, $6, $7, $8)`,
      [
        document.tenant,
        fileId,
        fileId,
        `${variant}.jpg`,
        bytes.byteLength,
        `${document.tenant}/variants/${fileId}`,
        document.userId,
        bytes,
      ],
    );
    await db.query(`UPDATE documents SET ${COLUMN[variant]} = $1, preview_generated_at = now() WHERE document_id = $2`, [
      fileId,
      document.documentId,
    ]);
  }
}

/**
 * A variant of a document of this ticket, or null when it was never generated. A document not on the ticket is the
 * download's 404 "Document not found".
 */
export async function readVariant(
  db: Queryable,
  tenant: string,
  ticketId: string,
  documentId: string,
  variant: Variant,
): Promise<{ mimeType: string; bytes: Uint8Array } | null> {
  const { rows } = await db.query<{ mime_type: string | null; content: Uint8Array | null }>(
    `SELECT f.mime_type, f.content
     FROM documents d
     JOIN document_associations da ON da.document_id = d.document_id AND da.entity_id = $2 AND da.entity_type = 'ticket'
     LEFT JOIN external_files f ON f.file_id = d.${COLUMN[variant]}
     WHERE d.document_id = $3 AND d.tenant = $1`,
    [tenant, ticketId, documentId],
  );
  const row = rows[0];
  if (!row) throw notFound("Document not found");
  return row.content && row.mime_type ? { mimeType: row.mime_type, bytes: row.content } : null;
}
