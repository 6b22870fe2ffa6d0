import type { TicketListItem } from "../../api/schemas/tickets";
import { exactTime, relativeTime } from "../../lib/relative-time";
import type { BootWords } from "../../i18n/boot-words";
import { priorityTone, statusTone } from "../ticket-badges";
// The first stylesheet then styles the rows the boot module paints before the list's own code arrives.
import "../../ui/Badge.css";
import "./TicketRow.css";
import "./VirtualTicketList.css";

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  // Text only, never markup: the ticket's fields come from the server.
  if (text !== undefined) node.textContent = text;
  return node;
}

function badge(tone: string, prefix: string, text: string): HTMLElement {
  const node = element("span", `badge badge--${tone}`);
  node.append(element("span", "visually-hidden", `${prefix} `), text);
  return node;
}

/**
 * A list row as TicketRow renders it (same elements, classes and text), without React: what the boot module
 * paints from the device while the app's code loads, replaced by TicketRow in React's first commit.
 * Marks that need the app (new activity, waiting to be sent, SLA) come with React.
 */
/** The row's words in the user's language: `words` saved by the app for the boot module (i18n/boot-words.ts). */
export type RowText = (key: Exclude<keyof BootWords, "locale">, params?: Record<string, string>) => string;

export function ticketRowElement(ticket: TicketListItem, text: RowText, locale: string, userId: string): HTMLAnchorElement {
  const closed = ticket.status_is_closed === true;
  const updated = ticket.updated_at ?? ticket.entered_at;
  const people = [ticket.client_name, ticket.contact_name].filter(Boolean).join(" · ");
  const row = element("a", closed ? "ticket-row ticket-row--closed" : "ticket-row") as HTMLAnchorElement;
  row.href = `/tickets/${encodeURIComponent(ticket.ticket_id)}`;
  row.dataset.ticketId = ticket.ticket_id;

  const top = element("span", "ticket-row__top");
  top.append(element("span", "ticket-row__number", ticket.ticket_number));
  const assignee = ticket.assigned_to
    ? ticket.assigned_to === userId
      ? text("rowAssignedToYou")
      : ticket.assigned_to_name
        ? text("rowAssignedTo", { name: ticket.assigned_to_name })
        : text("rowAssigned")
    : text("rowUnassigned");
  top.append(Object.assign(element("span", "ticket-row__assignee", assignee), { dir: "auto" }));
  if (updated) {
    const time = element("time", "ticket-row__time", relativeTime(updated, Date.now(), locale));
    time.setAttribute("datetime", updated);
    time.title = exactTime(updated, locale);
    top.append(time);
  }
  row.append(top, Object.assign(element("span", "ticket-row__title", ticket.title || text("rowNoTitle")), { dir: "auto" }));

  const badges = element("span", "ticket-row__badges");
  if (ticket.status_name) badges.append(badge(statusTone(closed), text("rowStatus"), ticket.status_name));
  if (ticket.priority_name) badges.append(badge(priorityTone(ticket.priority_name), text("rowPriority"), ticket.priority_name));
  for (const tag of ticket.tags) badges.append(Object.assign(element("span", "ticket-row__tag", `#${tag.tag_text}`), { dir: "auto" }));
  row.append(badges);
  if (people) row.append(Object.assign(element("span", "ticket-row__people", people), { dir: "auto" }));
  return row;
}
