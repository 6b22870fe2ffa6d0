import { describe, expect, it } from "vitest";
import { firstOverlap, type OwnSpan } from "./overlap";

const at = (clock: string) => Date.parse(`2026-12-07T${clock}:00Z`);
const logged: OwnSpan[] = [{ start: at("08:58"), end: at("09:02"), ticketId: "a" }];

describe("firstOverlap", () => {
  it("finds an entry inside the new range, as Alga would refuse it", () => {
    expect(firstOverlap(logged, at("08:05"), at("09:05"))).toEqual(logged[0]);
  });

  it("lets an entry start the minute another ends, and end the minute another starts", () => {
    expect(firstOverlap(logged, at("09:02"), at("09:30"))).toBeNull();
    expect(firstOverlap(logged, at("08:30"), at("08:58"))).toBeNull();
  });
});
