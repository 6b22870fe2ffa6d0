import { describe, expect, it } from "vitest";
import { overBudget } from "./viewed-documents";

describe("documents kept for offline reading", () => {
  it("drops the least recently opened until the rest fit the budget", () => {
    const entries = [
      { documentId: "old", size: 30, usedAt: 1 },
      { documentId: "newest", size: 30, usedAt: 3 },
      { documentId: "middle", size: 30, usedAt: 2 },
    ];
    expect(overBudget(entries, 60)).toEqual(["old"]);
    expect(overBudget(entries, 30)).toEqual(["old", "middle"]);
    expect(overBudget(entries, 100)).toEqual([]);
  });
});
