import { afterEach, describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";
import { setUserLocaleTag } from "./user-locale";

describe("formatBytes", () => {
  afterEach(() => setUserLocaleTag("en"));

  it("says a size in the unit that keeps the figure short", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(312_400)).toBe("312 KB");
    expect(formatBytes(2_345_678)).toBe("2.3 MB");
  });

  it("writes the figure in the user's language, and French's units in octets", () => {
    setUserLocaleTag("pl");
    expect(formatBytes(2_345_678)).toBe("2,3 MB");
    setUserLocaleTag("fr");
    expect(formatBytes(312_400)).toBe("312 Ko");
    expect(formatBytes(2_345_678)).toBe("2,3 Mo");
  });
});
