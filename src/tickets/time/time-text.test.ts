import { afterEach, describe, expect, it } from "vitest";
import { setUserLocaleTag, setUserTimeZone } from "../../lib/user-locale";
import { whenText } from "./time-text";

afterEach(() => {
  setUserLocaleTag("en");
  setUserTimeZone(undefined);
});

describe("the time shown for an entry", () => {
  it("shows the midnight hour as 00, not 24", () => {
    setUserLocaleTag("en-US");
    setUserTimeZone("Europe/Warsaw");
    expect(whenText("2026-11-02T23:05:00Z", "2026-11-02T23:45:00Z")).toContain("00:05–00:45");
  });

  it("names the day in the user's language and time zone", () => {
    setUserLocaleTag("de");
    setUserTimeZone("America/New_York");
    expect(whenText("2026-11-03T02:00:00Z", "2026-11-03T03:00:00Z")).toBe("Mo., 2. Nov. · 21:00–22:00");
  });
});
