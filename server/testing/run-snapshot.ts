import { inject } from "vitest";
import { readSeedSnapshot } from "./seed-snapshot";

/** This run's seeded database, when the global setup made one (a file run without it seeds afresh). */
export async function runSeedSnapshot(): Promise<Blob | undefined> {
  const file = inject("seedSnapshotFile");
  return file ? readSeedSnapshot(file) : undefined;
}
