import { afterEach, describe, expect, it, vi } from "vitest";
import { useDefaultLocale } from "../../testing/default-locale";
import { whenText } from "./time-text";

afterEach(() => vi.restoreAllMocks());

const pastMidnight = new Date(2026, 10, 3, 0, 5).getTime();

describe("the time shown for an entry", () => {
  it("shows the midnight hour as 00, not 24", () => {
    useDefaultLocale("en-US");
    const text = whenText(new Date(pastMidnight).toISOString(), new Date(pastMidnight + 40 * 60_000).toISOString());
    expect(text).toContain("00:05–00:45");
  });
});
