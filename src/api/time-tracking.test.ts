import { describe, expect, it } from "vitest";
import { fakeAlga } from "../testing/fake-alga";
import { getActiveSession, startTracking, stopTracking } from "./time-tracking";

const session = {
  session_id: "e1",
  entry_id: "e1",
  start_time: "2026-02-03T09:00:00.000Z",
  end_time: null,
  elapsed_minutes: 0,
  status: "active",
  work_item_id: "t1",
  work_item_type: "ticket",
  work_item_title: "Printer offline",
  service_id: "s1",
  service_name: "Onsite Support",
  notes: "",
};
const stoppedRow = {
  entry_id: "e1",
  user_id: "u1",
  user_name: "Taylor Morgan",
  work_item_id: "t1",
  work_item_type: "ticket",
  start_time: "2026-02-03T09:00:00.000Z",
  end_time: "2026-02-03T10:35:00.000Z",
  notes: "Swapped the PSU",
  service_id: "s1",
  service_name: "Onsite Support",
  billable_duration: 95,
  duration_hours: "1.58",
  is_billable: true,
  approval_status: "DRAFT",
  work_date: "2026-02-03T00:00:00.000Z",
  time_sheet_id: null,
};

describe("the server timer", () => {
  it("starts on a ticket without sending blank notes", async () => {
    const { api, calls } = fakeAlga({ data: session });
    const started = await startTracking(api, { ticketId: "t1", serviceId: "s1", notes: "" });
    expect(calls[0]).toMatchObject({
      path: "api/v1/time-entries/start-tracking",
      method: "POST",
      body: { work_item_type: "ticket", work_item_id: "t1", service_id: "s1", notes: undefined },
    });
    expect(started).toMatchObject({ session_id: "e1", start_time: session.start_time, work_item_title: "Printer offline" });
  });

  it("reads no session as null", async () => {
    const { api } = fakeAlga({ data: null }, { data: session });
    expect(await getActiveSession(api)).toBeNull();
    expect((await getActiveSession(api))?.session_id).toBe("e1");
  });

  it("stops a session into an entry with its date taken from the timestamp", async () => {
    const { api, calls } = fakeAlga({ data: stoppedRow });
    const entry = await stopTracking(api, "e1", { endTime: "2026-02-03T10:35:00.000Z", notes: "Swapped the PSU", isBillable: true });
    expect(calls[0]).toMatchObject({
      path: "api/v1/time-entries/stop-tracking/e1",
      method: "POST",
      body: { end_time: "2026-02-03T10:35:00.000Z", notes: "Swapped the PSU", is_billable: true },
    });
    expect(entry).toMatchObject({ billable_duration: 95, work_date: "2026-02-03", end_time: stoppedRow.end_time });
  });

  it("refuses an answer that is not a session", async () => {
    const { api } = fakeAlga({ data: { entry_id: "e1" } });
    await expect(getActiveSession(api)).rejects.toThrow();
  });
});
