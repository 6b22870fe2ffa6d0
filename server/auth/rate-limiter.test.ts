import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("forgets callers whose window is over, so spoofed addresses cannot grow it without bound", () => {
    const limiter = new RateLimiter(10, 60, 300);
    const start = 1_000_000;
    for (let index = 0; index < 5000; index++) limiter.consume(`203.0.113.${index}`, start);
    expect(limiter.size).toBe(5000);
    limiter.consume("198.51.100.1", start + 60_000);
    expect(limiter.size).toBe(1);
  });

  it("remembers a blocked caller until its block ends, and counts it afresh after", () => {
    const limiter = new RateLimiter(2, 60, 300);
    const start = 1_000_000;
    for (let attempt = 0; attempt < 3; attempt++) limiter.consume("blocked", start);
    limiter.consume("other", start + 120_000);
    expect(limiter.consume("blocked", start + 120_000)).toEqual({ allowed: false, msBeforeNext: 180_000 });
    expect(limiter.msBlocked("blocked", start + 120_000)).toBe(180_000);
    limiter.consume("other", start + 301_000);
    expect(limiter.size).toBe(1);
    expect(limiter.consume("blocked", start + 301_000)).toEqual({ allowed: true });
  });
});
