import { describe, expect, it } from "vitest";
import { roomFor } from "./storage";

describe("room on the device", () => {
  const quota = 1_000_000_000;

  it("is fine while the origin stays under most of its quota", () => {
    expect(roomFor(50_000_000, 100_000_000, quota)).toBe("ok");
  });

  it("warns when the files fit but leave little", () => {
    expect(roomFor(50_000_000, 780_000_000, quota)).toBe("low");
  });

  it("refuses files that would take the origin near its quota, where the browser refuses writes", () => {
    expect(roomFor(200_000_000, 750_000_000, quota)).toBe("full");
  });

  it("does not guess when the browser reports no quota", () => {
    expect(roomFor(200_000_000, 750_000_000, 0)).toBe("ok");
  });
});
