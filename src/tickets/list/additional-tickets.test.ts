import { describe, expect, it } from "vitest";
import type { TicketActivity } from "../../api/schemas/activities";
import type { TicketListItem } from "../../api/schemas/tickets";
import { additionalAgentRows, inView, matchesFilters, mergeInOrder } from "./additional-tickets";

const activity = (id: string, overrides: Partial<TicketActivity> = {}): TicketActivity => ({
  id,
  type: "ticket",
  title: `Ticket ${id}`,
  ticketNumber: `TIC00${id}`,
  status: "In Progress",
  statusId: "s1",
  isClosed: false,
  priorityName: "High",
  assignedTo: ["colleague"],
  createdAt: "2026-11-01T09:00:00.000Z",
  updatedAt: "2026-12-01T09:00:00.000Z",
  ...overrides,
});
const row = (id: string, updatedAt: string): TicketListItem => ({
  ...additionalAgentRows([activity(id, { updatedAt })], "me")[0]!,
});
const byUpdated = { sort: "updated_at", order: "desc" } as const;

describe("tickets where I am an additional agent, in Mine", () => {
  it("are the feed's tickets whose primary is someone else, as list rows", () => {
    const rows = additionalAgentRows([activity("1"), activity("2", { assignedTo: ["me"] }), activity("3", { assignedTo: [] })], "me");
    expect(rows.map((ticket) => ticket.ticket_id)).toEqual(["1", "3"]);
    expect(rows[0]).toMatchObject({
      ticket_number: "TIC001",
      status_name: "In Progress",
      status_is_closed: false,
      assigned_to: "colleague",
    });
  });

  it("follow the list's filters: open or closed, status, priority, search, updated since", () => {
    const [ticket] = additionalAgentRows([activity("1", { clientName: "Acme" })], "me");
    expect(matchesFilters(ticket!, { ...byUpdated, is_open: true, status_name: "In Progress", search: "acme" })).toBe(true);
    expect(matchesFilters(ticket!, { ...byUpdated, is_closed: true })).toBe(false);
    expect(matchesFilters(ticket!, { ...byUpdated, priority_name: "Low" })).toBe(false);
    expect(matchesFilters(ticket!, { ...byUpdated, updated_from: "2026-12-02T00:00:00.000Z" })).toBe(false);
  });

  it("merge into the loaded rows in the list's order, and wait for later pages when they sort after them", () => {
    const loaded = [row("a", "2026-12-05T00:00:00.000Z"), row("b", "2026-12-03T00:00:00.000Z")];
    const extra = [row("x", "2026-12-04T00:00:00.000Z"), row("y", "2026-11-01T00:00:00.000Z"), row("a", "2026-12-05T00:00:00.000Z")];
    expect(mergeInOrder(loaded, extra, byUpdated, false).map((ticket) => ticket.ticket_id)).toEqual(["a", "x", "b"]);
    expect(mergeInOrder(loaded, extra, byUpdated, true).map((ticket) => ticket.ticket_id)).toEqual(["a", "x", "b", "y"]);
    expect(mergeInOrder([], extra.slice(0, 2), byUpdated, true).map((ticket) => ticket.ticket_id)).toEqual(["x", "y"]);
  });
});

describe("a row on the device, in a view the server cannot be asked for", () => {
  const tagged = (tag: string): TicketListItem => ({
    ...row("t", "2026-12-01T09:00:00.000Z"),
    tags: [{ tag_id: "m1", tag_text: tag, background_color: null, text_color: null }],
  });

  it("is mine when I am its primary, or one of its agents", () => {
    const primary = { ...row("p", "2026-12-01T09:00:00.000Z"), assigned_to: "me" };
    const helping = row("h", "2026-12-01T09:00:00.000Z");
    const mine = { ...byUpdated, assigned_to: "me" };
    expect(inView(primary, mine, new Set())).toBe(true);
    expect(inView(helping, mine, new Set(["h"]))).toBe(true);
    expect(inView(helping, mine, new Set())).toBe(false);
  });

  it("is unassigned only without an assignee, and carries one of the view's tags", () => {
    const unassigned = { ...row("u", "2026-12-01T09:00:00.000Z"), assigned_to: null };
    expect(inView(unassigned, { ...byUpdated, has_assignment: false }, new Set())).toBe(true);
    expect(inView(row("a", "2026-12-01T09:00:00.000Z"), { ...byUpdated, has_assignment: false }, new Set())).toBe(false);
    expect(inView(tagged("vip"), { ...byUpdated, tags: "urgent,vip" }, new Set())).toBe(true);
    expect(inView(tagged("printer"), { ...byUpdated, tags: "urgent,vip" }, new Set())).toBe(false);
  });
});
