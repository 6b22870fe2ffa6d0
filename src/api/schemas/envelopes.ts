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

const paginatedShape = z.object({
  data: z.array(z.unknown()),
  pagination: paginationSchema,
  meta: z.optional(
    z.object({
      sort: z.optional(z.string()),
      order: z.optional(z.string()),
      filters: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});

/**
 * Parses each item on its own: one malformed item (a null where a string belongs) is left out and
 * counted, instead of failing the whole answer and blanking the screen.
 */
export function eachValid<T extends z.ZodMiniType>(item: T, values: unknown[]): { items: z.infer<T>[]; skipped: number } {
  const items: z.infer<T>[] = [];
  for (const value of values) {
    const parsed = item.safeParse(value);
    if (parsed.success) items.push(parsed.data);
  }
  return { items, skipped: values.length - items.length };
}

/** An array whose malformed items are left out (see eachValid). */
export function lenientArray<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((values) => eachValid(item, values).items),
  );
}

/** A page of a list; `skipped` counts the items left out as malformed. */
export function paginatedEnvelope<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    paginatedShape,
    z.transform(({ data, ...rest }) => {
      const { items, skipped } = eachValid(item, data);
      return { ...rest, data: items, skipped };
    }),
  );
}
