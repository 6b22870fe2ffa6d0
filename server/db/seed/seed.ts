import type { Transaction } from "@electric-sql/pglite";
import type { Database } from "../database";
import { SeededRandom } from "./random";
import { seedCreateFormData } from "./create-form";
import { seedDocuments } from "./documents";
import { seedJourneyTickets } from "./journey-tickets";
import { seedReferenceData } from "./reference-data";
import { seedTickets } from "./tickets";

const SEED = 20260203;
// Their own generator, so these rows never shift what the main seed draws.
const CREATE_FORM_AND_DOCUMENTS_SEED = 20260212;

export class SeedTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`Seeding the sandbox took longer than ${timeoutMs / 1000} s and was stopped; its data is as it was before. Try again.`);
  }
}

/**
 * Replaces everything with a fresh seed, all or nothing: one transaction that a timeout rolls back, so
 * a stalled seed answers an error and leaves the database as it was. Deterministic: the same seed gives
 * the same rows, dates relative to `now`.
 */
export async function seedDatabase(db: Database, ticketCount: number, timeoutMs: number, now = new Date()): Promise<void> {
  const stop = new AbortController();
  let committing = false;
  const work = db.transaction(async (tx) => {
    const checked = stoppable(tx, stop.signal);
    await checked.exec("TRUNCATE tenants CASCADE");
    const random = new SeededRandom(SEED);
    const reference = await seedReferenceData(checked, random, now);
    await seedTickets(checked, random, now, reference, ticketCount);
    const extras = new SeededRandom(CREATE_FORM_AND_DOCUMENTS_SEED);
    await seedCreateFormData(checked, extras, now, reference);
    await seedDocuments(checked, extras, now, reference);
    await seedJourneyTickets(checked, now, reference);
    // Thousands of rows sit in the GIN indexes' pending lists, which every search would scan and which
    // the planner, costing that scan, would avoid the index for; no autovacuum merges them in PGlite.
    await checked.query(`SELECT gin_clean_pending_list(c.oid) FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin'`);
    // Fresh statistics, or the planner guesses at 10 000 tickets and picks slow plans. Inside the
    // transaction (Postgres allows it, and counts the transaction's own rows) so a timeout undoes it all.
    await checked.exec("ANALYZE");
    await checkpoint(stop.signal);
    // Past the last check the commit goes ahead; a timeout from here on would report a rollback that never happens.
    committing = true;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      if (committing) return;
      stop.abort();
      reject(new SeedTimeoutError(timeoutMs));
    }, timeoutMs);
  });
  // The rollback after a timeout finishes on its own; its rejection is the timeout already reported.
  work.catch(() => {});
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws once the seed is stopped. The pause lets the timer fire: PGlite runs a statement without giving the event loop a turn. */
async function checkpoint(signal: AbortSignal): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  signal.throwIfAborted();
}

/** The transaction, checking before each statement whether the seed was stopped. */
function stoppable(tx: Transaction, signal: AbortSignal): Transaction {
  return new Proxy(tx, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if ((key !== "query" && key !== "exec") || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await checkpoint(signal);
        return (value as (...args: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
