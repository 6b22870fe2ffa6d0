import type { TestProject } from "vitest/node";
import { createSeedSnapshot } from "./seed-snapshot";

declare module "vitest" {
  export interface ProvidedContext {
    /** The file this run's seeded database was written to (see run-snapshot.ts). */
    seedSnapshotFile?: string;
  }
}

/** Vitest global setup of the server tests: one seeded database per run, which every test sandbox restores. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const snapshot = await createSeedSnapshot();
  project.provide("seedSnapshotFile", snapshot.file);
  return snapshot.remove;
}
