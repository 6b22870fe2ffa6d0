import type { Transaction } from "@electric-sql/pglite";

type Row = Record<string, unknown>;

// Postgres accepts at most 65 535 bind parameters per statement; stay well below.
const MAX_PARAMETERS = 20000;

/** Multi-row INSERTs in as few statements as the parameter limit allows (seeding 10 000 tickets fast). */
export async function insertRows(tx: Transaction, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const rowsPerStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column) => {
        params.push(toParameter(row[column]));
        return `$${params.length}`;
      });
      return `(${placeholders.join(",")})`;
    });
    await tx.query(`INSERT INTO ${table} (${columns.join(",")}) VALUES ${tuples.join(",")}`, params);
  }
}

function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}
