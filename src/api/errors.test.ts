import { describe, expect, it } from "vitest";
import { errorFromResponse, RETRY_AFTER_MAX_MS, RETRY_AFTER_MIN_MS } from "./errors";

const rateLimited = (msBeforeNext: number) =>
  errorFromResponse(429, { error: { code: "RATE_LIMITED", message: "Too many requests", details: { msBeforeNext } } });

describe("the wait a server asks for", () => {
  it("is kept when reasonable", () => {
    expect(rateLimited(30_000).retryAfterMs).toBe(30_000);
  });

  it("never makes a tight retry loop, nor a stall for good", () => {
    expect(rateLimited(0).retryAfterMs).toBe(RETRY_AFTER_MIN_MS);
    expect(rateLimited(-5_000).retryAfterMs).toBe(RETRY_AFTER_MIN_MS);
    expect(rateLimited(1e12).retryAfterMs).toBe(RETRY_AFTER_MAX_MS);
  });
});
