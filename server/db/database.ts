import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { readdir, readFile, rename } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const migrationsDir = fileURLToPath(new URL("./migrations", import.meta.url));
const extensions = { pg_trgm };

export type Database = PGlite;

/**
 * Opens PGlite (in memory when dataDir is null) and applies the migrations it has not seen yet.
 * A data folder PGlite cannot open (a WebAssembly abort, a corrupt page) is moved aside and a fresh one
 * is created, so a start never ends on a folder only a manual delete could repair; `log` says so in one line.
 */
export async function openDatabase(dataDir: string | null, log: (line: string) => void): Promise<Database> {
  if (!dataDir) return migrated(await PGlite.create({ extensions }));
  try {
    return await openFolder(dataDir);
  } catch (error) {
    const aside = `${dataDir}.unreadable-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await rename(dataDir, aside);
    log(`The data folder ${dataDir} could not be opened (${describe(error)}); moved it to ${aside} and started a fresh seed.`);
    return openFolder(dataDir);
  }
}

/**
 * An in-memory database restored from a dump of a seeded one (`dumpDataDir()`): no initdb, no seed.
 * The migrations run as usual, so a dump made before a new migration still ends up current.
 */
export async function restoreDatabase(dump: Blob): Promise<Database> {
  return migrated(await PGlite.create({ loadDataDir: dump, extensions }));
}

async function openFolder(dataDir: string): Promise<Database> {
  const db = await PGlite.create(dataDir, { extensions });
  try {
    return await migrated(db);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

async function migrated(db: Database): Promise<Database> {
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
  return db;
}

/** True until a seed has committed: a start killed mid-seed left the schema but no rows, and seeds again. */
export async function needsSeed(db: Database): Promise<boolean> {
  return (await db.query("SELECT 1 FROM tenants LIMIT 1")).rows.length === 0;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);
}
