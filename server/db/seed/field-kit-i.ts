import type { Transaction } from "@electric-sql/pglite";
import { seedCreateFormData } from "./create-form";
import { seedDocuments } from "./documents";
import { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

// A generator of its own, so these rows never shift what the other seeds draw.
const SEED = 20260212;

/** Field kit I: the create form's reference data and some ticket documents. */
export async function seedFieldKitI(tx: Transaction, now: Date, ref: ReferenceData): Promise<void> {
  const random = new SeededRandom(SEED);
  await seedCreateFormData(tx, random, now, ref);
  await seedDocuments(tx, random, now, ref);
}
