import { openAsBlob } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_TICKET_COUNT, defaultSeedTimeoutMs } from "../app";
import { openDatabase } from "../db/database";
import { seedDatabase } from "../db/seed/seed";

export interface SeedSnapshotFile {
  file: string;
  remove(): Promise<void>;
}

/**
 * Seeds an in-memory database and writes its data folder to a temporary file, for the test sandboxes of
 * one run to restore (`startSandbox({ seedSnapshot })`). Most of a sandbox's start is PGlite's initdb and
 * the seed, not the restore: measured in CPU time, 7.9 s fresh against 2.6 s restored. Made afresh for
 * every run, so a changed migration or seed is never served stale.
 */
export async function createSeedSnapshot(): Promise<SeedSnapshotFile> {
  const folder = await mkdtemp(path.join(tmpdir(), "alga-seed-"));
  const file = path.join(folder, "seeded.tar");
  const db = await openDatabase(null, () => {});
  try {
    await seedDatabase(db, DEFAULT_TICKET_COUNT, defaultSeedTimeoutMs(DEFAULT_TICKET_COUNT));
    // Uncompressed: gzip makes every restore slower to save disk space a test run does not need.
    await writeFile(file, Buffer.from(await (await db.dumpDataDir("none")).arrayBuffer()));
  } finally {
    await db.close();
  }
  return { file, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** A snapshot `createSeedSnapshot` wrote, read from disk as PGlite loads it. */
export function readSeedSnapshot(file: string): Promise<Blob> {
  return openAsBlob(file);
}
