import { z } from "zod";

// Contract §1.3: `{ error: { code, message, details? } }` — except the edge middleware's 401 for a
// missing x-api-key, whose `error` is a plain string (contract README fact 5).
export const errorEnvelopeSchema = z.object({
  error: z.union([
    z.string(),
    z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
  ]),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export function dataEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

export const paginationSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
  hasNext: z.boolean(),
  hasPrev: z.boolean(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export function paginatedEnvelope<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    pagination: paginationSchema,
    meta: z.object({ sort: z.string(), order: z.string(), filters: z.record(z.string(), z.unknown()) }).partial().optional(),
  });
}
