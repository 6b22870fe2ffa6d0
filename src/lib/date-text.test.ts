import { afterEach, describe, expect, it } from "vitest";
import { longDate, shortDateTime, timeOfDay } from "./date-text";
import { setUserLocaleTag, setUserTimeZone } from "./user-locale";

describe("times shown in words", () => {
  afterEach(() => {
    setUserLocaleTag("en");
    setUserTimeZone(undefined);
  });

  it("writes them in the user's language and Alga time zone, not the device's", () => {
    const moment = new Date("2026-12-07T16:30:00Z");
    setUserTimeZone("Europe/Warsaw");
    setUserLocaleTag("pl");
    expect(timeOfDay(moment)).toBe("17:30");
    expect(longDate(moment)).toBe("7 grudnia 2026");
    setUserLocaleTag("en");
    setUserTimeZone("America/New_York");
    expect(shortDateTime(moment)).toBe("Dec 7, 11:30 AM");
  });
});
