import { describe, expect, it } from "vitest";
import type { FeedItem } from "../../api/activities";
import { changedSinceOpened, isUnseen, NOTHING_SEEN, unseenTicketIds, withAllSeen, withTicketOpened, withTicketSeen } from "./unseen";

const item = (id: string, ticketId: string | null, createdAt: string, readOnServer = false): FeedItem => ({
  id,
  ticketId,
  ticketNumber: null,
  templateName: "ticket-comment-added",
  title: "New Comment",
  message: "",
  who: null,
  createdAt,
  readOnServer,
});

const feed = [
  item("a1", "A", "2026-12-07T10:00:00.000Z"),
  item("a2", "A", "2026-12-07T11:00:00.000Z"),
  item("b1", "B", "2026-12-07T10:30:00.000Z"),
  item("r", "C", "2026-12-07T12:00:00.000Z", true),
  item("x", null, "2026-12-07T09:00:00.000Z"),
];

describe("seen and unseen notifications", () => {
  it("counts tickets with notifications not read in Alga and not seen here", () => {
    expect(unseenTicketIds(feed, NOTHING_SEEN)).toEqual(new Set(["A", "B"]));
  });

  it("clears a ticket when it is opened, until a newer notification about it arrives", () => {
    const seen = withTicketSeen(NOTHING_SEEN, feed, "A");
    expect(unseenTicketIds(feed, seen)).toEqual(new Set(["B"]));
    const newer = [...feed, item("a3", "A", "2026-12-07T13:00:00.000Z")];
    expect(unseenTicketIds(newer, seen)).toEqual(new Set(["A", "B"]));
  });

  it("marks everything seen, ticket or not, up to the newest notification", () => {
    const seen = withAllSeen(withTicketSeen(NOTHING_SEEN, feed, "A"), feed);
    expect(feed.filter((entry) => isUnseen(entry, seen))).toEqual([]);
    expect(seen.tickets).toEqual({});
    expect(isUnseen(item("late", "B", "2026-12-07T12:00:00.001Z"), seen)).toBe(true);
  });
});

describe("on a server without the feed", () => {
  const row = (ticket_id: string, updated_at: string | null) => ({ ticket_id, updated_at });

  it("marks an opened ticket whose updated_at moved since, and no ticket never opened", () => {
    const seen = withTicketOpened(NOTHING_SEEN, "A", "2026-12-07T10:00:00.000Z");
    const rows = [row("A", "2026-12-07T10:05:00.000Z"), row("B", "2026-12-07T10:05:00.000Z")];
    expect(changedSinceOpened(rows, seen)).toEqual(new Set(["A"]));
  });

  it("clears the mark when the ticket is opened again, whatever the time's spelling", () => {
    const seen = withTicketOpened(withTicketOpened(NOTHING_SEEN, "A", "2026-12-07T10:00:00Z"), "A", "2026-12-07T12:05:00+02:00");
    expect(changedSinceOpened([row("A", "2026-12-07T10:05:00.000Z")], seen)).toEqual(new Set());
  });

  it("keeps the times when everything is marked seen", () => {
    const seen = withAllSeen(withTicketOpened(NOTHING_SEEN, "A", "2026-12-07T10:00:00.000Z"), feed);
    expect(changedSinceOpened([row("A", "2026-12-07T10:05:00.000Z")], seen)).toEqual(new Set(["A"]));
  });
});
