import * as z from "zod/mini";

// A bigint column: real servers most likely send it as a numeric string, "482133" (field-kit contract §0.3).
const byteCount = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\d+$/))]),
  z.transform((value) => Number(value)),
);

// CONCAT of first and last name: " " rather than null when the author is unknown (field-kit contract §3.1).
const authorName = z.pipe(
  z.nullable(z.string()),
  z.transform((value) => value?.trim() || null),
);

/** A ticket document, from the list or the upload (which lacks the association keys). */
export const documentSchema = z.object({
  document_id: z.string(),
  document_name: z.string(),
  mime_type: z.nullable(z.string()),
  file_size: z.nullable(byteCount),
  file_id: z.nullable(z.string()),
  type_name: z.optional(z.nullable(z.string())),
  type_icon: z.optional(z.nullable(z.string())),
  created_by: z.nullable(z.string()),
  created_by_full_name: z.optional(authorName),
  updated_at: z.string(),
});
export type TicketDocument = z.infer<typeof documentSchema>;
