import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { TicketActivity } from "../api/schemas/activities";
import type { TicketListItem } from "../api/schemas/tickets";
import { activityRow, myTicketIdsOnDevice, rowOnDevice, rowsOnDevice } from "./rows-on-device";
import { ticketKeys } from "./ticket-queries";

const keys = ticketKeys("https://alga.example.com", "me");

const activity = (id: string, updatedAt: string): TicketActivity => ({
  id,
  type: "ticket",
  title: `Mine ${id}`,
  ticketNumber: `TIC00${id}`,
  status: "New",
  statusId: "s1",
  isClosed: false,
  assignedTo: ["me"],
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt,
});

const listed = (id: string, updatedAt: string): TicketListItem => ({
  ...activityRow(activity(id, updatedAt)),
  title: `Listed ${id}`,
  tags: [{ tag_id: "m1", tag_text: "vip", background_color: null, text_color: null }],
});

function deviceWith(pages: TicketListItem[][], mine: TicketActivity[] | null) {
  const queryClient = new QueryClient();
  queryClient.setQueryData([...keys.lists, { sort: "updated_at", order: "desc" }], {
    pages: pages.map((data) => ({ data })),
    pageParams: pages.map((_, index) => index + 1),
  });
  if (mine) queryClient.setQueryData([...keys.myTickets, "open"], { supported: true, tickets: mine });
  return queryClient;
}

describe("the tickets this device holds", () => {
  it("are every saved list's rows and all of the user's own tickets, each once", () => {
    const device = deviceWith(
      [[listed("1", "2026-12-05T00:00:00Z")], [listed("2", "2026-12-04T00:00:00Z")]],
      [activity("2", "2026-12-04T00:00:00Z"), activity("3", "2026-10-01T00:00:00Z")],
    );
    const rows = rowsOnDevice(device, keys);
    expect(rows.map((row) => row.ticket_id).sort()).toEqual(["1", "2", "3"]);
    // Same age: the list's row, which has the tags.
    expect(rows.find((row) => row.ticket_id === "2")?.tags).toHaveLength(1);
    expect(myTicketIdsOnDevice(device, keys)).toEqual(new Set(["2", "3"]));
  });

  it("keep the most recently updated copy of a ticket", () => {
    const device = deviceWith([[listed("1", "2026-12-01T00:00:00Z")]], [activity("1", "2026-12-06T00:00:00Z")]);
    expect(rowOnDevice(device, keys, "1")?.title).toBe("Mine 1");
  });

  it("find one ticket among the user's own when no list showed it, and nothing for a ticket never seen", () => {
    const device = deviceWith([], [activity("7", "2026-12-01T00:00:00Z")]);
    expect(rowOnDevice(device, keys, "7")?.ticket_number).toBe("TIC007");
    expect(rowOnDevice(device, keys, "8")).toBeNull();
    expect(rowsOnDevice(deviceWith([], null), keys)).toEqual([]);
  });
});
