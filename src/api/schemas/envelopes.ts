// zod/mini: the same validation as zod's classic API at a twentieth of the bundle size (~5 KB gzip).
import * as z from "zod/mini";

// Contract §1.3: `{ error: { code, message, details? } }` — except the edge middleware's 401 for a
// missing x-api-key, whose `error` is a plain string (contract README fact 5).
export const errorEnvelopeSchema = z.object({
  error: z.union([z.string(), z.object({ code: z.string(), message: z.string(), details: z.optional(z.unknown()) })]),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export function dataEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: item });
}

export const paginationSchema = z.object({
  page: z.int(),
  limit: z.int(),
  total: z.int(),
  totalPages: z.int(),
  hasNext: z.boolean(),
  hasPrev: z.boolean(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export function paginatedEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.object({
    data: z.array(item),
    pagination: paginationSchema,
    meta: z.optional(
      z.object({
        sort: z.optional(z.string()),
        order: z.optional(z.string()),
        filters: z.optional(z.record(z.string(), z.unknown())),
      }),
    ),
  });
}
