import { describe, expect, it } from "vitest";
import { getFeed, getMyTickets, ticketIdOfLink } from "./activities";
import { ApiError, errorFromResponse } from "./errors";
import { fakeAlga } from "../testing/fake-alga";

const TICKET = "3c9d6a7e-1111-4222-8333-444455556666";
const page = (data: unknown[]) => ({
  data,
  pagination: { page: 1, limit: 100, total: data.length, totalPages: 1, hasNext: false, hasPrev: false },
});
const notification = (overrides: Record<string, unknown> = {}) => ({
  id: "n1",
  type: "notification",
  title: "New Comment",
  message: 'Someone commented on ticket #TIC001042: "Printer still jams"',
  templateName: "ticket-comment-added",
  isRead: false,
  link: `https://psa.example.com/msp/tickets/${TICKET}`,
  category: "tickets",
  metadata: { ticketId: TICKET, ticketNumber: "TIC001042", comment: { author: "Someone", isInternal: false } },
  createdAt: "2026-08-20T09:14:03.120Z",
  ...overrides,
});

describe("the notification feed", () => {
  it("asks for the newest notifications, newest first, not the default priority order", async () => {
    const { api, calls } = fakeAlga(page([notification()]));
    const feed = await getFeed(api);
    expect(calls[0]).toMatchObject({ path: "api/v1/activities", query: { type: "notification", sortBy: "dueDate", pageSize: 100 } });
    expect(feed).toEqual({
      supported: true,
      skipped: 0,
      items: [
        {
          id: "n1",
          ticketId: TICKET,
          ticketNumber: "TIC001042",
          templateName: "ticket-comment-added",
          title: "New Comment",
          message: 'Someone commented on ticket #TIC001042: "Printer still jams"',
          who: null,
          createdAt: "2026-08-20T09:14:03.120Z",
          readOnServer: false,
        },
      ],
    });
  });

  it("skips and counts malformed rows, and keeps a notification whose link is no ticket", async () => {
    const { api } = fakeAlga(
      page([
        notification({ id: null }),
        notification({ id: "n2", createdAt: "yesterday" }),
        notification({ id: "n3", link: "https://psa.example.com/msp/projects/x", metadata: null, templateName: null }),
      ]),
    );
    const feed = await getFeed(api);
    if (!feed.supported) throw new Error("expected a feed");
    expect(feed.skipped).toBe(2);
    expect(feed.items).toMatchObject([{ id: "n3", ticketId: null, templateName: "" }]);
  });

  it("reads the ticket from relative SLA links and the mention author from its metadata", async () => {
    const { api } = fakeAlga(
      page([
        notification({ id: "sla", link: `/msp/tickets/${TICKET}`, metadata: { ticket_id: TICKET }, templateName: "sla-warning" }),
        notification({ id: "m", link: `https://x.example/msp/tickets/${TICKET}#comment-1`, metadata: { commentAuthor: "Jordan Lee" } }),
      ]),
    );
    const feed = await getFeed(api);
    expect(feed.supported && feed.items.map((item) => [item.ticketId, item.who])).toEqual([
      [TICKET, null],
      [TICKET, "Jordan Lee"],
    ]);
    expect(ticketIdOfLink("https://psa.example.com/other/msp/tickets/not-a-uuid")).toBeNull();
  });

  it("takes a 404 page that is not JSON for a server without the feed, and rethrows other failures", async () => {
    expect(await getFeed(fakeAlga(errorFromResponse(404, undefined)).api)).toEqual({ supported: false });
    await expect(getFeed(fakeAlga(errorFromResponse(404, { error: { code: "NOT_FOUND", message: "x" } })).api)).rejects.toThrow();
    await expect(getFeed(fakeAlga(new ApiError("rate_limited")).api)).rejects.toMatchObject({ kind: "rate_limited" });
  });
});

const ticketActivity = (id: string, assignedTo: string[]) => ({
  id,
  type: "ticket",
  title: "Printer offline",
  ticketNumber: "TIC001042",
  status: "New",
  isClosed: false,
  assignedTo,
  createdAt: "2026-08-20T09:14:03.120Z",
  updatedAt: "2026-08-21T09:14:03.120Z",
});

describe("my tickets", () => {
  it("reads every page of the tickets where I am primary or additional agent", async () => {
    const first = { ...page([ticketActivity("t1", ["me"])]), pagination: { ...page([]).pagination, hasNext: true } };
    const { api, calls } = fakeAlga(first, page([ticketActivity("t2", ["someone"])]));
    const mine = await getMyTickets(api, "open");
    expect(calls.map((call) => call.query)).toMatchObject([
      { type: "ticket", status: "open", page: 1, pageSize: 100 },
      { type: "ticket", status: "open", page: 2 },
    ]);
    expect(mine.supported && mine.tickets.map((ticket) => ticket.id)).toEqual(["t1", "t2"]);
  });

  it("takes the 404 page of an older server for 'not supported'", async () => {
    expect(await getMyTickets(fakeAlga(errorFromResponse(404, undefined)).api, "all")).toEqual({ supported: false });
  });
});
