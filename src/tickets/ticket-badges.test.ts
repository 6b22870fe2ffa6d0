import { describe, expect, it } from "vitest";
import { priorityTone, statusTone } from "./ticket-badges";

describe("badge tones", () => {
  it("marks urgent priorities as danger and high ones as warning, whatever their case", () => {
    expect(priorityTone("Critical")).toBe("danger");
    expect(priorityTone("P1 - Urgent")).toBe("danger");
    expect(priorityTone("HIGH")).toBe("warning");
    expect(priorityTone("Low")).toBe("muted");
  });
  it("stays neutral for unknown or missing priorities", () => {
    expect(priorityTone("Medium")).toBe("neutral");
    expect(priorityTone(null)).toBe("neutral");
  });
  it("greys out closed statuses", () => {
    expect(statusTone(true)).toBe("muted");
    expect(statusTone(false)).toBe("info");
  });
});
