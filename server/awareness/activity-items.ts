import type { Database } from "../db/database";
import type { ActivityQuery, Priority } from "./activity-query";

/** One item of the feed: notification or ticket fields (awareness §2.4, §4), keys absent rather than null where the server omits them. */
export type Activity = Record<string, unknown> & { type: string; title: string; createdAt: string; priority: Priority; dueDate?: string };

const PRIORITY_OF_STORED: Record<string, Priority> = { high: "high", normal: "medium", low: "low" };
const iso = (value: Date | string | null) => {
  const date = value === null ? new Date() : new Date(value);
  return (Number.isNaN(date.getTime()) ? new Date() : date).toISOString();
};
const within = (value: string, start?: Date, end?: Date) => (!start || new Date(value) >= start) && (!end || new Date(value) <= end);
const contains = (text: unknown, search: string) => typeof text === "string" && text.toLowerCase().includes(search.toLowerCase());

interface NotificationRow {
  internal_notification_id: string;
  user_id: string;
  template_name: string;
  title: string;
  message: string;
  type: string;
  category: string | null;
  link: string | null;
  metadata: Record<string, unknown> | null;
  priority: string;
  is_read: boolean;
  read_at: Date | null;
  tenant: string;
  created_at: Date | null;
  updated_at: Date | null;
}

/** The caller's notifications, newest first as fetched (§2.3); `status=closed` means read ones only. */
export async function notificationActivities(
  db: Database,
  user: { userId: string; tenant: string },
  query: ActivityQuery,
): Promise<Activity[]> {
  const where = ["user_id = $1", "tenant = $2", "deleted_at IS NULL"];
  const params: unknown[] = [user.userId, user.tenant];
  if (query.status === "open") where.push("NOT is_read");
  if (query.status === "closed") where.push("is_read");
  if (query.dates.dateStart) where.push(`created_at >= $${params.push(query.dates.dateStart)}`);
  if (query.dates.dateEnd) where.push(`created_at <= $${params.push(query.dates.dateEnd)}`);
  // The real SQL compares `category` with the whole search text before the text filter: hardly ever a match.
  if (query.search) where.push(`category = $${params.push(query.search)}`);
  const { rows } = await db.query<NotificationRow>(
    `SELECT * FROM internal_notifications WHERE ${where.join(" AND ")} ORDER BY created_at DESC`,
    params,
  );
  // A notification has no due date: any due-date window leaves nothing.
  if (query.dates.dueDateStart || query.dates.dueDateEnd) return [];
  return rows
    .map((row): Activity => {
      const priority = PRIORITY_OF_STORED[row.priority] ?? "medium";
      return {
        id: row.internal_notification_id,
        title: row.title,
        description: row.message,
        type: "notification",
        status: row.type,
        priority,
        assignedTo: [row.user_id],
        sourceId: row.internal_notification_id,
        sourceType: "notification",
        notificationId: row.internal_notification_id,
        templateName: row.template_name,
        message: row.message,
        isRead: row.is_read,
        readAt: row.read_at ? iso(row.read_at) : null,
        link: row.link,
        category: row.category,
        metadata: row.metadata,
        actions: [
          { id: "view", label: "View Details" },
          { id: "mark-read", label: row.is_read ? "Mark Unread" : "Mark Read" },
        ],
        tenant: row.tenant,
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
      };
    })
    .filter((item) => !query.search || contains(item.title, query.search) || contains(item.description, query.search))
    .filter((item) => within(item.createdAt, query.dates.createdAtStart, query.dates.createdAtEnd))
    .filter((item) => !query.priorities || query.priorities.includes(item.priority));
}

interface TicketActivityRow {
  ticket_id: string;
  ticket_number: string;
  title: string | null;
  status_id: string | null;
  status_name: string | null;
  status_closed: boolean | null;
  board_id: string;
  client_id: string | null;
  client_name: string | null;
  contact_name_id: string | null;
  contact_name: string | null;
  priority_name: string | null;
  priority_color: string | null;
  due_date: Date | null;
  assigned_to: string | null;
  tenant: string;
  entered_at: Date | null;
  updated_at: Date | null;
}

/** Derived from the priority's name (§4): high/urgent/critical → high, low/minor → low, anything else → medium. */
function priorityBucket(name: string | null): Priority {
  const lower = (name ?? "").toLowerCase();
  if (/high|urgent|critical/.test(lower)) return "high";
  if (/low|minor/.test(lower)) return "low";
  return "medium";
}

/**
 * Tickets where the caller is the primary or an additional agent (§4). No read-permission narrowing;
 * `status=closed` and `all` both mean every ticket; `dateStart/End` are ignored.
 */
export async function ticketActivities(db: Database, user: { userId: string; tenant: string }, query: ActivityQuery): Promise<Activity[]> {
  const where = [
    "t.tenant = $2",
    `(t.assigned_to = $1 OR EXISTS (SELECT 1 FROM ticket_resources r WHERE r.ticket_id = t.ticket_id AND (r.assigned_to = $1 OR r.additional_user_id = $1)))`,
  ];
  const params: unknown[] = [user.userId, user.tenant];
  if (query.status === "open") where.push("s.is_closed = false");
  if (query.search) where.push(`(t.title ILIKE $${params.push(`%${query.search}%`)} OR t.ticket_number ILIKE $${params.length})`);
  if (query.priorityIds) where.push(`t.priority_id::text = ANY($${params.push(query.priorityIds)}::text[])`);
  if (query.dates.createdAtStart) where.push(`t.entered_at >= $${params.push(query.dates.createdAtStart)}`);
  if (query.dates.createdAtEnd) where.push(`t.entered_at <= $${params.push(query.dates.createdAtEnd)}`);
  // Due dates compare as calendar dates (YYYY-MM-DD).
  if (query.dates.dueDateStart)
    where.push(`t.due_date::date >= $${params.push(query.dates.dueDateStart.toISOString().slice(0, 10))}::date`);
  if (query.dates.dueDateEnd) where.push(`t.due_date::date <= $${params.push(query.dates.dueDateEnd.toISOString().slice(0, 10))}::date`);
  const { rows } = await db.query<TicketActivityRow>(
    `SELECT t.ticket_id, t.ticket_number, t.title, t.status_id, s.name AS status_name, s.is_closed AS status_closed, t.board_id,
       t.client_id, c.client_name, t.contact_name_id, ct.full_name AS contact_name, p.priority_name, p.color AS priority_color,
       t.due_date, t.assigned_to, t.tenant, t.entered_at, t.updated_at
     FROM tickets t
     LEFT JOIN statuses s ON s.status_id = t.status_id
     LEFT JOIN priorities p ON p.priority_id = t.priority_id
     LEFT JOIN clients c ON c.client_id = t.client_id
     LEFT JOIN contacts ct ON ct.contact_name_id = t.contact_name_id
     WHERE ${where.join(" AND ")}
     ORDER BY t.entered_at DESC`,
    params,
  );
  return (
    rows
      .map((row): Activity => {
        const item: Activity = {
          id: row.ticket_id,
          title: row.title ?? "",
          type: "ticket",
          status: row.status_name ?? "Unknown",
          statusId: row.status_id,
          boardId: row.board_id,
          clientId: row.client_id,
          priority: priorityBucket(row.priority_name),
          assignedTo: row.assigned_to ? [row.assigned_to] : [],
          sourceId: row.ticket_id,
          sourceType: "ticket",
          ticketNumber: row.ticket_number,
          clientName: row.client_name,
          contactId: row.contact_name_id,
          contactName: row.contact_name,
          isClosed: row.status_closed,
          actions: [
            { id: "view", label: "View Details" },
            { id: "edit", label: "Edit" },
          ],
          tenant: row.tenant,
          createdAt: iso(row.entered_at),
          // A null updated_at becomes "now", so it changes on every call (§4).
          updatedAt: iso(row.updated_at),
        };
        if (row.priority_name !== null) item.priorityName = row.priority_name;
        if (row.priority_color !== null) item.priorityColor = row.priority_color;
        if (row.due_date !== null) item.dueDate = iso(row.due_date);
        return item;
      })
      // The cross-type text filter runs after the SQL and looks at titles only: a ticket number alone never matches.
      .filter((item) => !query.search || contains(item.title, query.search))
      .filter((item) => !query.priorities || query.priorities.includes(item.priority))
  );
}
