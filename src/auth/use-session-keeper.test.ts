import { describe, expect, it } from "vitest";
import { refreshDelayMs } from "./use-session-keeper";

describe("refreshDelayMs", () => {
  const now = 1_000_000;
  it("refreshes a minute before an ordinary token expires", () => {
    expect(refreshDelayMs(now + 8 * 3600_000, now)).toBe(8 * 3600_000 - 60_000);
  });
  it("refreshes halfway through a short lifetime instead of at once, again and again", () => {
    expect(refreshDelayMs(now + 2_000, now)).toBe(1_000);
    expect(refreshDelayMs(now + 90_000, now)).toBe(45_000);
  });
  it("refreshes at once when the token has already expired", () => {
    expect(refreshDelayMs(now - 5_000, now)).toBe(0);
  });
  it("never sets a timer longer than the browser can hold", () => {
    expect(refreshDelayMs(now + 60 * 24 * 3600_000, now)).toBe(2 ** 31 - 1);
  });
});
