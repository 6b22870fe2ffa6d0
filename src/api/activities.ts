import type { ApiClient } from "./client";
import { ApiError } from "./errors";
import { paginatedEnvelope } from "./schemas/envelopes";
import { notificationActivitySchema, type NotificationActivity } from "./schemas/activities";

const feedEnvelope = paginatedEnvelope(notificationActivitySchema);

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
 * high-priority item first however old (§2.3). A server without the route (older than 2026-06-26) answers its
 * web app's 404 page, not JSON: that is "not supported", not an error (§1.4, §10.4).
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
    if (error instanceof ApiError && error.kind === "not_found" && error.code === null) return { supported: false };
    throw error;
  }
}
