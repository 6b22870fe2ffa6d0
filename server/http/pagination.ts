/** The `pagination` object of every paginated answer (contract §1.2); a page past the end has `hasNext: false, hasPrev: true`. */
export function pagination(page: number, limit: number, total: number) {
  const totalPages = Math.ceil(total / limit);
  return { page, limit, total, totalPages, hasNext: page < totalPages, hasPrev: page > 1 };
}
