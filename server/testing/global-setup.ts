import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { writeSeedSnapshot } from "./seed-snapshot";

/**
 * Vitest global setup of the server tests: one seeded database per run, which every test sandbox
 * restores. Built afresh each run, so a changed migration or seed can never be served stale.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), "alga-seed-"));
  const file = path.join(folder, "seeded.tar");
  await writeSeedSnapshot(file);
  project.provide("seedSnapshotFile", file);
  return () => rm(folder, { recursive: true, force: true });
}
