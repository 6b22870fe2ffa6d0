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
const change = { kind: "timerStop" as const, ticketId: "t1", sessionId: "sw-1", entry, stopwatch: true };
const closed = () => new ApiError("conflict", { status: 409, code: "CONFLICT", message: "This stopwatch session is already closed." });
/** The entry `POST /time-entries` answers (contract §10). */
const created = {
  data: {
    entry_id: "e1",
    user_id: "me",
    work_item_id: "t1",
    work_item_type: "ticket",
    start_time: entry.startTime,
    end_time: entry.endTime,
    notes: entry.notes,
    service_id: "s1",
    billable_duration: 45,
    is_billable: true,
    approval_status: "DRAFT",
    work_date: "2026-11-03",
    duration_hours: "0.75",
  },
};
const paths = (calls: { method: string; path: string }[]) => calls.map((call) => `${call.method} ${call.path}`);

describe("a stopped stopwatch reaching Alga once", () => {
  it("logs the session with the reviewed times, notes and service, and nothing else", async () => {
    const { api, calls } = fakeAlga({ data: {} });
    await sendTimerStop(api, change, async () => false);
    expect(paths(calls)).toEqual(["POST api/v1/stopwatch/sw-1/log"]);
    expect(calls[0]!.body).toEqual({
      start_time: entry.startTime,
      end_time: entry.endTime,
      notes: entry.notes,
      service_id: "s1",
      is_billable: true,
    });
  });

  it("after a lost answer, finds its entry instead of logging the time twice", async () => {
    const { api, calls } = fakeAlga(closed());
    await sendTimerStop(api, change, async () => true);
    expect(paths(calls)).toEqual(["POST api/v1/stopwatch/sw-1/log"]);
  });

  it("saves the time as a plain entry when the session was closed elsewhere", async () => {
    const { api, calls } = fakeAlga(closed(), created);
    await sendTimerStop(api, change, async () => false);
    expect(paths(calls)).toEqual(["POST api/v1/stopwatch/sw-1/log", "POST api/v1/time-entries"]);
    expect(calls[1]!.body).toMatchObject({ work_item_id: "t1", start_time: entry.startTime, end_time: entry.endTime });
  });

  it("discards the session, and takes one gone already as done", async () => {
    const { api, calls } = fakeAlga(new ApiError("not_found", { status: 404, code: "NOT_FOUND" }));
    await sendTimeEntryDelete(api, { kind: "timeEntryDelete", ticketId: "t1", entryId: "sw-1", stopwatch: true });
    expect(paths(calls)).toEqual(["DELETE api/v1/stopwatch/sw-1"]);
  });
});
