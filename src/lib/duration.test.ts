import { describe, expect, it } from "vitest";
import { formatElapsed } from "./duration";

describe("a running clock", () => {
  it("shows hours, minutes and seconds", () => {
    expect(formatElapsed(0)).toBe("0:00:00");
    expect(formatElapsed(3_723_000)).toBe("1:02:03");
    expect(formatElapsed(13 * 3600_000)).toBe("13:00:00");
  });
});
