import { describe, expect, it } from "vitest";
import type { Change, QueuedChange } from "../changes/change";
import { rowMinutes, withQueued, type TimeRow } from "./time-rows";

const serverRow = (id: string, start: string, end: string | null): TimeRow => ({
  key: id,
  start,
  end,
  serviceId: "s1",
  serviceName: "Onsite",
  notes: "",
  isBillable: true,
  ticketId: "t1",
  userName: "Ada",
  own: true,
  entry: { id, updatedAt: null, approved: false },
  pending: null,
  deleting: false,
});

const queued = (id: string, change: Change): QueuedChange => ({
  id,
  change,
  createdAt: 0,
  baseUpdatedAt: null,
  state: "pending",
  attempts: 0,
  nextAttemptAt: 0,
  sentAt: null,
  error: null,
  force: false,
});

const entry = {
  ticketId: "t1",
  serviceId: "s1",
  startTime: "2026-11-03T11:00:00.000Z",
  endTime: "2026-11-03T11:45:00.000Z",
  notes: "",
  isBillable: true,
};

describe("time rows with this device's unsent changes", () => {
  it("shows an edit before it is sent, and a deletion as such", () => {
    const rows = [
      serverRow("e1", "2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z"),
      serverRow("e2", "2026-11-03T07:00:00Z", "2026-11-03T08:00:00Z"),
    ];
    const result = withQueued(
      rows,
      [
        queued("q1", { kind: "timeEntryEdit", ticketId: "t1", entryId: "e1", set: { end_time: "2026-11-03T10:30:00Z", service_id: "s2" } }),
        queued("q2", { kind: "timeEntryDelete", ticketId: "t1", entryId: "e2" }),
      ],
      (id) => (id === "s2" ? "Remote" : null),
    );
    expect(result.map((row) => [row.key, rowMinutes(row), row.serviceName, row.deleting, row.pending])).toEqual([
      ["e1", 90, "Remote", false, "pending"],
      ["e2", 60, "Onsite", true, "pending"],
    ]);
  });

  it("lists a stopped timer once: its queued entry replaces the running session", () => {
    const rows = [serverRow("session", "2026-11-03T11:00:00Z", null)];
    const result = withQueued(rows, [queued("q1", { kind: "timerStop", ticketId: "t1", sessionId: "session", entry })], () => "Onsite");
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ key: "q1", pending: "pending", entry: null });
    expect(rowMinutes(result[0]!)).toBe(45);
  });
});
