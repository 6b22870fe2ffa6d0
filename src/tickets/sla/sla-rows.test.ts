import { describe, expect, it } from "vitest";
import { atRiskRows } from "./sla-rows";

const now = new Date("2026-02-03T12:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
const row = (id: string, resolutionHours: number | null, extra: { sla_paused_at?: string } = {}) => ({
  id,
  sla_policy_id: resolutionHours === null ? null : "p1",
  sla_started_at: at(-48),
  sla_response_due_at: at(-40),
  sla_response_at: at(-41),
  sla_resolution_due_at: resolutionHours === null ? null : at(resolutionHours),
  sla_paused_at: null,
  ...extra,
});

describe("the SLA at risk view of the list", () => {
  it("keeps the breached and at-risk tickets, the ones that can still make it first, and drops on-track, paused and SLA-less ones", () => {
    const rows = [
      row("soon", 0.75),
      row("late", -2),
      row("later", -30),
      row("sooner", 0.25),
      row("fine", 72),
      row("paused", 5, { sla_paused_at: at(-1) }),
      row("none", null),
    ];
    const view = atRiskRows(rows, now);
    // At risk, least time left first; then breached, most recently first: the ones still saveable on the first screen.
    expect(view.rows.map((r) => r.id)).toEqual(["sooner", "soon", "late", "later"]);
    expect(view.known).toBe(true);
  });

  it("says when the server sent no SLA columns at all", () => {
    expect(atRiskRows([{ sla_resolution_due_at: undefined }], now).known).toBe(false);
  });

  it("stops paging once the rows are due more than a day out", () => {
    expect(atRiskRows([row("a", 2), row("b", 20)], now).morePossible).toBe(true);
    expect(atRiskRows([row("a", 2), row("b", 30)], now).morePossible).toBe(false);
  });
});
