import { describe, expect, it } from "vitest";
import { totalsByDay, weekOf } from "./week";

describe("the week on My time", () => {
  it("runs Monday to Sunday around the day", () => {
    expect(weekOf(new Date(2026, 10, 29))).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf(new Date(2026, 10, 23))).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("moves a week back and forth across months", () => {
    expect(weekOf(new Date(2026, 10, 29), 1)).toMatchObject({ from: "2026-11-30", to: "2026-12-06" });
    expect(weekOf(new Date(2026, 10, 29), -4).from).toBe("2026-10-26");
  });

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
