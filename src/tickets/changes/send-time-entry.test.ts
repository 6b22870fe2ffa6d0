import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { fakeAlga } from "../../testing/fake-alga";
import { sendTimeEntryDelete, sendTimerStop } from "./send-time-entry";

const entry = {
  ticketId: "t1",
  serviceId: "s1",
  startTime: "2026-11-03T09:15:00.000Z",
  endTime: "2026-11-03T10:00:00.000Z",
  notes: "Swapped the dock",
  isBillable: true,
};
const change = { kind: "timerStop" as const, ticketId: "t1", sessionId: "session-1", entry };

/** The server's row for the session, stopped at `end`, started at `start` (the server knows no pause). */
const row = (start: string, end: string | null) => ({
  data: {
    entry_id: "session-1",
    user_id: "me",
    work_item_id: "t1",
    work_item_type: "ticket",
    start_time: start,
    end_time: end,
    notes: "",
    service_id: "s1",
    billable_duration: 0,
    is_billable: true,
    approval_status: "DRAFT",
    work_date: "2026-11-03",
  },
});
const notLanded = async () => false;
const notFound = () => new ApiError("not_found", { status: 404, message: "Active session not found" });

describe("a stopped timer reaching Alga once", () => {
  it("stops the server's session and moves its start by the pauses", async () => {
    const { api, calls } = fakeAlga(
      row("2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z"),
      row("2026-11-03T09:15:00Z", "2026-11-03T10:00:00Z"),
    );
    await sendTimerStop(api, change, notLanded);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST api/v1/time-entries/stop-tracking/session-1",
      "PUT api/v1/time-entries/session-1",
    ]);
    expect(calls[1]!.body).toMatchObject({ start_time: entry.startTime, end_time: entry.endTime });
  });

  it("sends nothing more when the session already matches the device's times", async () => {
    const { api, calls } = fakeAlga(row("2026-11-03T09:15:00Z", "2026-11-03T10:00:00Z"));
    await sendTimerStop(api, change, notLanded);
    expect(calls).toHaveLength(1);
  });

  it("after a lost answer, finds the stopped session instead of logging the time twice", async () => {
    const { api, calls } = fakeAlga(
      notFound(),
      row("2026-11-03T09:00:00Z", "2026-11-03T10:00:00Z"),
      row("2026-11-03T09:15:00Z", "2026-11-03T10:00:00Z"),
    );
    await sendTimerStop(api, change, notLanded);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST api/v1/time-entries/stop-tracking/session-1",
      "GET api/v1/time-entries/session-1",
      "PUT api/v1/time-entries/session-1",
    ]);
  });

  it("logs a new entry when the session was deleted in Alga meanwhile", async () => {
    const { api, calls } = fakeAlga(notFound(), new ApiError("not_found", { status: 404 }), {
      data: { ...row(entry.startTime, entry.endTime).data, duration_hours: "0.75" },
    });
    await sendTimerStop(api, change, notLanded);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      "POST api/v1/time-entries/stop-tracking/session-1",
      "GET api/v1/time-entries/session-1",
      "POST api/v1/time-entries",
    ]);
  });
});

describe("deleting an entry", () => {
  it("counts an entry already gone as deleted", async () => {
    const { api } = fakeAlga(new ApiError("not_found", { status: 404 }));
    await expect(sendTimeEntryDelete(api, { kind: "timeEntryDelete", ticketId: "t1", entryId: "e1" })).resolves.toBeUndefined();
  });

  it("says so when Alga refuses it", async () => {
    const { api } = fakeAlga(new ApiError("conflict", { status: 409, message: "Cannot delete approved time entries" }));
    await expect(sendTimeEntryDelete(api, { kind: "timeEntryDelete", ticketId: "t1", entryId: "e1" })).rejects.toThrow("approved");
  });
});
