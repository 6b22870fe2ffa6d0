/** A raw column from a query parameter, quoted: an unknown column fails in Postgres (42703 → 500), never injects. */
export function quotedColumn(alias: string, column: string): string {
  return `${alias}."${column.replace(/"/g, '""')}"`;
}
