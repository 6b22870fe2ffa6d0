import { validationFailed } from "../http/api-error";

export interface CommentsQuery {
  limit?: number;
  offset?: number;
  order: "asc" | "desc";
  content_format: "full" | "markdown";
}

function fail(name: string, message: string): never {
  throw validationFailed([{ path: [name], message }]);
}

const isInteger = (value: string) => /^-?\d+$/.test(value.trim());

/** The comment list's hand-written checks, one detail per failure (contract §7.1). */
export function readCommentsQuery(query: Record<string, string>): CommentsQuery {
  const result: CommentsQuery = { order: "asc", content_format: "full" };
  if (query.limit !== undefined) {
    const limit = Number(query.limit);
    if (!isInteger(query.limit) || limit < 1 || limit > 200) fail("limit", "limit must be an integer between 1 and 200");
    result.limit = limit;
  }
  if (query.offset !== undefined) {
    const offset = Number(query.offset);
    if (!isInteger(query.offset) || offset < 0) fail("offset", "offset must be an integer >= 0");
    result.offset = offset;
  }
  if (query.order !== undefined) {
    if (query.order !== "asc" && query.order !== "desc") fail("order", "order must be 'asc' or 'desc'");
    result.order = query.order;
  }
  if (query.content_format !== undefined) {
    if (query.content_format !== "full" && query.content_format !== "markdown")
      fail("content_format", "content_format must be 'full' or 'markdown'");
    result.content_format = query.content_format;
  }
  return result;
}
