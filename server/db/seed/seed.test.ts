import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../database";
import { SeedTimeoutError, seedDatabase } from "./seed";

let db: Database;

beforeAll(async () => {
  db = await openDatabase(null, () => {});
  await seedDatabase(db, 50, 60_000);
});
afterAll(() => db.close());

const ticketCount = async () => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM tickets")).rows[0]?.n;

describe("seeding", () => {
  it("replaces the data with a fresh seed of the asked size", async () => {
    await seedDatabase(db, 80, 60_000);
    expect(await ticketCount()).toBe(80);
  });

  it("stops a seed that outlasts its timeout, with a clear error, and leaves the data and the database as they were", async () => {
    const before = await ticketCount();
    const error = await seedDatabase(db, 3000, 1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedTimeoutError);
    expect((error as Error).message).toBe(
      "Seeding the sandbox took longer than 0.001 s and was stopped; its data is as it was before. Try again.",
    );
    expect(await ticketCount()).toBe(before);
    await seedDatabase(db, 60, 60_000);
    expect(await ticketCount()).toBe(60);
  });
});
