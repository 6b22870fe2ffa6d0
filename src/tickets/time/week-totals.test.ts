import { describe, expect, it } from "vitest";
import { weekOf } from "../../lib/local-time";
import { totalsByDay } from "./week-totals";

describe("the totals on My time", () => {
  it("totals each day and the week, leaving out other weeks", () => {
    const week = weekOf(new Date(2026, 10, 25));
    const { perDay, total } = totalsByDay(week, [
      { day: "2026-11-23", minutes: 30 },
      { day: "2026-11-23", minutes: 45 },
      { day: "2026-11-27", minutes: 60 },
      { day: "2026-11-30", minutes: 90 },
    ]);
    expect(perDay.get("2026-11-23")).toBe(75);
    expect(perDay.get("2026-11-24")).toBe(0);
    expect(total).toBe(135);
  });
});
