import { z } from "zod";
import { pagination } from "./pagination";
import { positiveIntegerString } from "./query-params";

/** What ApiBaseController.list reads for every list: limit ≤ 100 (else 400), sort default created_at, order default desc. */
export const pagingQuery = {
  page: positiveIntegerString().optional(),
  limit: positiveIntegerString(100).optional(),
  sort: z.string().optional(),
  order: z.enum(["asc", "desc"]).optional(),
};

export function pagingOf(query: { page?: number; limit?: number; sort?: string; order?: "asc" | "desc" }) {
  const page = query.page ?? 1;
  const limit = query.limit ?? 25;
  return { page, limit, offset: (page - 1) * limit, sort: query.sort ?? "created_at", order: query.order ?? "desc" };
}

/** `{data, pagination, meta}` (MVP contract §1.2). */
export function paginated(data: unknown[], paging: { page: number; limit: number }, total: number, meta: Record<string, unknown>) {
  return { data, pagination: pagination(paging.page, paging.limit, total), meta };
}

/** ASC or DESC from a validated order. */
export const direction = (order: "asc" | "desc") => (order === "asc" ? "ASC" : "DESC");
