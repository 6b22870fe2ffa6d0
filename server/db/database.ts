import { PGlite } from "@electric-sql/pglite";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));

export type Database = PGlite;

/** Opens PGlite (in memory when dataDir is null) and applies the migrations it has not seen yet. */
export async function openDatabase(dataDir: string | null): Promise<{ db: Database; isNew: boolean }> {
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const isNew = await applyMigrations(db);
  return { db, isNew };
}

/** Returns true when the schema was created from nothing (the caller then seeds). */
async function applyMigrations(db: Database): Promise<boolean> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied = new Set((await db.query<{ name: string }>("SELECT name FROM schema_migrations")).rows.map((row) => row.name));
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith(".sql")).sort();
  for (const name of files) {
    if (applied.has(name)) continue;
    const sql = await readFile(path.join(migrationsDir, name), "utf8");
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
    });
  }
  return applied.size === 0;
}

/** Empties every table the seed fills, for `POST /__sandbox/reset`. */
export async function truncateAll(db: Database): Promise<void> {
  await db.exec("TRUNCATE tenants CASCADE");
}
