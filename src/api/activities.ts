import type { ApiClient } from "./client";
import { isMissingRoute } from "./feature-answers";
import { paginatedEnvelope } from "./schemas/envelopes";
import { notificationActivitySchema, ticketActivitySchema, type NotificationActivity, type TicketActivity } from "./schemas/activities";

const feedEnvelope = paginatedEnvelope(notificationActivitySchema);
const ticketsEnvelope = paginatedEnvelope(ticketActivitySchema);

/** One notification as the app uses it: which ticket it is about (if any), who caused it, when. */
export interface FeedItem {
  id: string;
  ticketId: string | null;
  ticketNumber: string | null;
  templateName: string;
  /** The server's rendered title and message, in the user's language as set on the server. */
  title: string;
  message: string;
  /** The person named in the notification's data, when the server says (comment authors, mentions). */
  who: string | null;
  createdAt: string;
  /** Read in Alga's web UI: its bell's read state, which the API cannot change (awareness §2.6). */
  readOnServer: boolean;
}

export type Feed = { supported: true; items: FeedItem[]; skipped: number } | { supported: false };

// How many of the newest the inbox shows: one request, however many accumulate (there is no retention, §2.4).
export const FEED_PAGE_SIZE = 100;

const TICKET_PATH = /\/msp\/tickets\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

/** The ticket a link points to, by path only: ticket links are absolute on the web UI's host, SLA ones relative (§3.1). */
export function ticketIdOfLink(link: string | null | undefined): string | null {
  if (!link) return null;
  const path = link.split(/[?#]/)[0] ?? "";
  return TICKET_PATH.exec(path)?.[1]?.toLowerCase() ?? null;
}

function toFeedItem(activity: NotificationActivity): FeedItem {
  const metadata = activity.metadata ?? {};
  const comment = (typeof metadata.comment === "object" && metadata.comment !== null ? metadata.comment : {}) as Record<string, unknown>;
  // "Someone" is what an e-mail reply's author renders as (the event carries no user, §3.2): no name at all.
  const who = text(comment.author) ?? text(metadata.commentAuthor);
  return {
    id: activity.id,
    ticketId: ticketIdOfLink(activity.link) ?? text(metadata.ticketId) ?? text(metadata.ticket_id),
    ticketNumber: text(metadata.ticketNumber),
    templateName: activity.templateName ?? "",
    title: activity.title,
    message: activity.message ?? "",
    who: who === "Someone" ? null : who,
    createdAt: new Date(activity.createdAt).toISOString(),
    readOnServer: activity.isRead,
  };
}

/**
 * The newest notifications, newest first. `sortBy=dueDate` because the default order puts every unread
 * high-priority item first however old (§2.3).
 */
export async function getFeed(api: ApiClient, signal?: AbortSignal): Promise<Feed> {
  try {
    const page = await api.request("api/v1/activities", {
      query: { type: "notification", sortBy: "dueDate", sortDirection: "asc", page: 1, pageSize: FEED_PAGE_SIZE },
      schema: feedEnvelope,
      signal,
    });
    return { supported: true, items: page.data.map(toFeedItem), skipped: page.skipped };
  } catch (error) {
    // A server older than 2026-06-26 has no such route: "not supported", not an error (§10.4).
    if (isMissingRoute(error)) return { supported: false };
    throw error;
  }
}

export type MyTickets = { supported: true; tickets: TicketActivity[] } | { supported: false };

// The server loads every matching ticket and pages in memory (§2.3): a few pages hold a technician's tickets.
const MY_TICKETS_PAGE_SIZE = 100;
const MY_TICKETS_MAX_PAGES = 10;

/**
 * The tickets where the user is the primary or an additional agent (§4). `status=open` keeps tickets whose status
 * is open; `all` is every ticket (the server's `closed` means all too).
 */
export async function getMyTickets(api: ApiClient, status: "open" | "all", signal?: AbortSignal): Promise<MyTickets> {
  const tickets: TicketActivity[] = [];
  try {
    for (let page = 1; page <= MY_TICKETS_MAX_PAGES; page++) {
      const answer = await api.request("api/v1/activities", {
        // Any `sortBy` keeps the fetch order stable between pages; without one the order is by priority (§2.3).
        query: { type: "ticket", status, sortBy: "title", page, pageSize: MY_TICKETS_PAGE_SIZE },
        schema: ticketsEnvelope,
        signal,
      });
      tickets.push(...answer.data);
      if (!answer.pagination.hasNext) break;
    }
    return { supported: true, tickets };
  } catch (error) {
    if (isMissingRoute(error)) return { supported: false };
    throw error;
  }
}
