import { describe, expect, it } from "vitest";
import type { TicketSla } from "./schemas/sla";
import { mostUrgent, slaStatus } from "./sla";

const now = new Date("2026-02-03T12:00:00Z");
const hours = (offset: number) => new Date(now.getTime() + offset * 3_600_000).toISOString();
const sla = (overrides: Partial<TicketSla>): TicketSla => ({
  sla_policy_id: "p1",
  sla_started_at: hours(-48),
  sla_response_due_at: hours(-44),
  sla_response_at: hours(-45),
  sla_response_met: true,
  sla_resolution_due_at: hours(72),
  sla_resolution_at: null,
  sla_resolution_met: null,
  sla_paused_at: null,
  sla_total_pause_minutes: 0,
  ...overrides,
});

describe("SLA status", () => {
  it("is nothing without a policy or without any target", () => {
    expect(slaStatus(sla({ sla_policy_id: null }), now)).toBeNull();
    expect(slaStatus({}, now)).toBeNull();
    expect(slaStatus(sla({ sla_response_due_at: null, sla_resolution_due_at: null }), now)).toBeNull();
  });

  it("is on track, at risk in the last fifth of the target (an hour to a day), and breached past it", () => {
    expect(slaStatus(sla({}), now)?.resolution?.state).toBe("on_track");
    expect(slaStatus(sla({ sla_resolution_due_at: hours(0.75) }), now)?.resolution).toMatchObject({
      state: "at_risk",
      remainingMs: 2_700_000,
    });
    // 120-hour target, 20 hours left: inside its last fifth.
    expect(slaStatus(sla({ sla_resolution_due_at: hours(20), sla_started_at: hours(-100) }), now)?.resolution?.state).toBe("at_risk");
    // A 90-day target with three days left: the warning starts at most a day ahead.
    expect(slaStatus(sla({ sla_resolution_due_at: hours(72), sla_started_at: hours(-87 * 24) }), now)?.resolution?.state).toBe("on_track");
    expect(slaStatus(sla({ sla_resolution_due_at: hours(-2) }), now)?.resolution).toMatchObject({
      state: "breached",
      remainingMs: -7_200_000,
    });
  });

  it("is met or missed once done, from the server's flag or the times", () => {
    expect(slaStatus(sla({}), now)?.response).toMatchObject({ state: "met", remainingMs: null });
    expect(slaStatus(sla({ sla_response_met: false }), now)?.response?.state).toBe("missed");
    expect(slaStatus(sla({ sla_response_at: hours(-40), sla_response_met: null }), now)?.response?.state).toBe("missed");
  });

  it("freezes the countdown while paused", () => {
    const status = slaStatus(sla({ sla_paused_at: hours(-3), sla_resolution_due_at: hours(24) }), now);
    expect(status?.paused).toBe(true);
    expect(status?.resolution).toMatchObject({ state: "paused", remainingMs: 27 * 3_600_000 });
  });

  it("picks the open target closest to breaking", () => {
    const status = slaStatus(
      sla({ sla_response_at: null, sla_response_met: null, sla_response_due_at: hours(1), sla_resolution_due_at: hours(5) }),
      now,
    );
    expect(mostUrgent(status)?.dueAt.toISOString()).toBe(hours(1));
    expect(mostUrgent(slaStatus(sla({ sla_resolution_at: hours(-1) }), now))).toBeNull();
    expect(mostUrgent(null)).toBeNull();
  });
});
