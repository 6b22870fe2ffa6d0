import { afterEach, describe, expect, it, vi } from "vitest";
import { useDefaultLocale } from "../../testing/default-locale";
import { setUserLocaleTag, setUserTimeZone } from "../../lib/user-locale";
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

describe("the time shown for an entry, in the user's Alga time zone and language", () => {
  afterEach(() => {
    setUserTimeZone(undefined);
    setUserLocaleTag("en");
  });

  it("shows Warsaw's wall clock and Polish day names whatever the device's zone", () => {
    setUserTimeZone("Europe/Warsaw");
    setUserLocaleTag("pl");
    // 08:00Z is 09:00 in Warsaw in November (UTC+1): on any device, the entry reads 09:00–10:30 on Tuesday.
    expect(whenText("2026-11-03T08:00:00Z", "2026-11-03T09:30:00Z")).toBe("wt., 3 lis · 09:00–10:30");
  });

  it("a span ending at the user's midnight stays one day", () => {
    setUserTimeZone("America/New_York");
    expect(whenText("2026-11-04T04:00:00Z", "2026-11-04T05:00:00Z")).toBe("Tue, Nov 3 · 23:00–00:00");
  });
});
