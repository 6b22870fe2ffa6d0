import { describe, expect, it } from "vitest";
import { fakeAlga } from "../testing/fake-alga";
import { deleteTimeEntry, getTicketTimeSummary, listMyTimeEntries, updateTimeEntry } from "./time-entry-records";

const row = (id: string, endTime: string | null = "2026-02-03T10:00:00.000Z") => ({
  entry_id: id,
  user_id: "u1",
  user_name: "Taylor Morgan",
  work_item_id: "t1",
  work_item_type: "ticket",
  start_time: "2026-02-03T09:00:00.000Z",
  end_time: endTime,
  notes: null,
  service_id: "s1",
  service_name: "Remote Support",
  billable_duration: endTime ? 60 : 0,
  duration_hours: endTime ? "1.00" : null,
  is_billable: endTime !== null,
  approval_status: "DRAFT",
  work_date: "2026-02-03T00:00:00.000Z",
});
const page = (ids: string[], hasNext: boolean) => ({
  data: ids.map((id) => row(id)),
  pagination: { page: 1, limit: 100, total: 300, totalPages: 3, hasNext, hasPrev: false },
});

describe("my time entries", () => {
  it("asks for one user's week by work date and follows the pages", async () => {
    const { api, calls } = fakeAlga(page(["a"], true), page(["b"], true), page(["c"], false));
    const entries = await listMyTimeEntries(api, { userId: "u1", from: "2026-02-02", to: "2026-02-08" });
    expect(entries.map((entry) => entry.entry_id)).toEqual(["a", "b", "c"]);
    expect(calls.map((call) => call.query?.page)).toEqual([1, 2, 3]);
    expect(calls[0]!.query).toMatchObject({
      user_id: "u1",
      date_from: "2026-02-02",
      date_to: "2026-02-08",
      sort: "start_time",
      order: "desc",
    });
    expect(entries[0]!.work_date).toBe("2026-02-03");
  });

  it("stops after five pages", async () => {
    const { api, calls } = fakeAlga(...Array.from({ length: 6 }, (_, index) => page([`p${index}`], true)));
    expect(await listMyTimeEntries(api, { userId: "u1", from: "2026-02-02", to: "2026-02-08" })).toHaveLength(5);
    expect(calls).toHaveLength(5);
  });

  it("accepts a running entry without an end", async () => {
    const { api } = fakeAlga({ data: row("r", null) });
    expect((await updateTimeEntry(api, "r", { notes: "x" })).end_time).toBeNull();
  });

  it("edits with PUT and deletes with an empty 204", async () => {
    const { api, calls } = fakeAlga({ data: row("a") }, undefined);
    await updateTimeEntry(api, "a", { start_time: "2026-02-03T09:00:00Z", end_time: "2026-02-03T10:00:00Z" });
    await deleteTimeEntry(api, "a");
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(["PUT api/v1/time-entries/a", "DELETE api/v1/time-entries/a"]);
  });
});

describe("the ticket's time summary", () => {
  it("reads a running entry's epoch end as no end", async () => {
    const entry = (endTime: string) => ({
      entry_id: endTime,
      user_id: "u1",
      user_name: "Taylor Morgan",
      start_time: "2026-02-03T09:00:00Z",
      end_time: endTime,
      work_date: "2026-02-03",
      billable_duration: 0,
      notes: "",
      approval_status: "DRAFT",
      service_id: "s1",
      service_name: "Onsite",
      is_own: true,
    });
    const { api } = fakeAlga({
      data: {
        entries: [entry("1970-01-01T00:00:00Z"), entry("2026-02-03T10:30:00Z")],
        ownTotalMinutes: 90,
        ownEntryCount: 2,
        othersTotalMinutes: 45,
        othersEntryCount: 1,
        othersVisibleMinutes: 0,
        othersVisibleCount: 0,
        othersHiddenMinutes: 45,
        othersHiddenCount: 1,
        totalMinutes: 135,
      },
    });
    const summary = await getTicketTimeSummary(api, "t1");
    expect(summary.entries.map((each) => each.end_time)).toEqual([null, "2026-02-03T10:30:00Z"]);
    expect(summary.totalMinutes).toBe(135);
  });
});
