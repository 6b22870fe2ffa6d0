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
 * A data folder PGlite cannot read (a WebAssembly abort, a start that fails on a corrupt folder) is moved
 * aside and a fresh one is created, so a start never ends on a folder only a manual delete could repair;
 * `log` says so in one line. Any other failure (the folder in use by another process, a file-system error,
 * a migration that fails) leaves the folder as it is and stops the start with the reason.
 */
export async function openDatabase(dataDir: string | null, log: (line: string) => void): Promise<Database> {
  if (!dataDir) return migrated(await PGlite.create({ extensions }));
  try {
    return await openFolder(dataDir);
  } catch (error) {
    if (!isUnreadableFolder(error)) {
      throw new Error(`The data folder ${dataDir} could not be opened (${describe(error)}); it was left as it is.`, { cause: error });
    }
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

/**
 * What PGlite throws for a folder it cannot read: its WebAssembly aborts, or its start fails ("PGlite failed
 * to initialize properly"). A folder another process has open gives an emscripten ErrnoError instead, which
 * is not an Error at all.
 */
function isUnreadableFolder(error: unknown): boolean {
  return error instanceof WebAssembly.RuntimeError || (error instanceof Error && /failed to initialize|abort/i.test(error.message));
}

/** One line for the log: emscripten's file-system errors are plain objects ({ name: "ErrnoError", errno }). */
function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  if (typeof error === "object" && error !== null) {
    const { name, message, errno } = error as { name?: unknown; message?: unknown; errno?: unknown };
    const parts = [name, message, errno === undefined ? undefined : `errno ${String(errno)}`].filter((part) => part !== undefined);
    if (parts.length > 0) return parts.map(String).join(" ");
  }
  return String(error);
}
