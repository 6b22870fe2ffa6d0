import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it("says a size in the unit that keeps the figure short", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(312_400)).toBe("312 KB");
    expect(formatBytes(2_345_678)).toBe((2.3).toLocaleString() + " MB");
  });
});
