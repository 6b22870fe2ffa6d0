import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { nextPollMs, POLL_MS } from "./poll-schedule";

describe("the feed's poll schedule", () => {
  it("polls every minute while answers come, and backs off doubling after failures", () => {
    expect(nextPollMs(0, null)).toBe(POLL_MS);
    expect(nextPollMs(1, new ApiError("server"))).toBe(2 * POLL_MS);
    expect(nextPollMs(3, new ApiError("network"))).toBe(8 * POLL_MS);
    expect(nextPollMs(10, new ApiError("network"))).toBe(15 * POLL_MS);
  });

  it("waits at least as long as a 429 asks", () => {
    const limited = new ApiError("rate_limited", { status: 429, details: { retry_after_ms: 5 * 60_000 } });
    expect(nextPollMs(1, limited)).toBe(5 * 60_000);
  });
});
