import type { Database } from "../database";
import { SeededRandom } from "./random";
import { seedFieldKitI } from "./field-kit-i";
import { seedFieldKit } from "./field-kit";
import { seedReferenceData } from "./reference-data";
import { seedTickets } from "./tickets";

const SEED = 20260203;

/** Fills an empty database. Deterministic: the same seed gives the same rows, dates relative to `now`. */
export async function seedDatabase(db: Database, ticketCount: number, now = new Date()): Promise<void> {
  const random = new SeededRandom(SEED);
  await db.transaction(async (tx) => {
    const reference = await seedReferenceData(tx, random, now);
    await seedTickets(tx, random, now, reference, ticketCount);
    await seedFieldKitI(tx, now, reference);
    await seedFieldKit(tx, now, reference);
  });
  // Fresh statistics, or the planner guesses at 10 000 tickets and picks slow plans.
  await db.exec("ANALYZE");
}
