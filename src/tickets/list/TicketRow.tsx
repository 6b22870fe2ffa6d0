import { memo } from "react";
import { Link } from "react-router";
import type { TicketListItem } from "../../api/schemas/tickets";
import { exactTime, relativeTime } from "../../lib/relative-time";
import { Badge } from "../../ui/Badge";
import { rowSla } from "../sla/sla-rows";
import { rowBadge, slaTone } from "../sla/sla-words";
import { dueLabel, isOverdue } from "../due-date";
import { useDetailOnDevice } from "./use-detail-on-device";
import { priorityTone, statusTone } from "../ticket-badges";
import { useT } from "../../i18n/active-language";
import { useSession } from "../../auth/session";
import type { MessageKey } from "../../i18n/catalogue-types";
import "./TicketRow.css";

interface TicketRowProps {
  ticket: TicketListItem;
  /** The list's filters, carried to the ticket's URL so the way back (and the side-by-side list) keeps them. */
  search: string;
  selected?: boolean;
  /** A ticket created on this device that the server does not have yet: what to say about it. */
  waiting?: MessageKey;
  /** Activity on the ticket (a reply, an assignment, a mention…) the technician has not seen yet. */
  unseen?: boolean;
  /** The technician works on it as an additional agent: said in words where the assignee is. */
  additional?: boolean;
}

export const TicketRow = memo(function TicketRow({
  ticket,
  search,
  selected = false,
  waiting,
  unseen = false,
  additional = false,
}: TicketRowProps) {
  const t = useT();
  // Shorter than one's own name, and cut less on a phone.
  const userId = useSession()?.user.id;
  const closed = ticket.status_is_closed === true;
  const updated = ticket.updated_at ?? ticket.entered_at;
  const people = [ticket.client_name, ticket.contact_name].filter(Boolean).join(" · ");
  // Rows of `fields=mobile_list` carry no SLA columns or due date; the ticket's detail has both when the device
  // holds it. A row of the full payload (the "SLA" views) has its own. A ticket without an SLA shows none.
  const detail = useDetailOnDevice(ticket.ticket_id);
  const now = new Date();
  const sla = rowSla(ticket.sla_policy_id === undefined && detail ? detail : ticket, now);
  const slaText = sla && rowBadge(sla);
  const dueIso = detail ? (detail.attributes?.due_date ?? detail.due_date ?? null) : null;
  return (
    <Link
      to={{ pathname: `/tickets/${ticket.ticket_id}`, search }}
      className={[
        "ticket-row",
        closed && "ticket-row--closed",
        selected && "ticket-row--selected",
        waiting && "ticket-row--waiting",
        unseen && "ticket-row--unseen",
      ]
        .filter(Boolean)
        .join(" ")}
      aria-current={selected ? "page" : undefined}
      data-ticket-id={ticket.ticket_id}
    >
      <span className="ticket-row__top">
        {/* Words, not only a dot: a colour or shape alone says nothing to a screen reader. */}
        {unseen ? <span className="ticket-row__unseen">{t("list.rowNewActivity")}</span> : null}
        <span className="ticket-row__number">{ticket.ticket_number}</span>
        {/* Labelled, as in the native app: a bare name near the contact's reads as either. */}
        <span className="ticket-row__assignee" dir="auto">
          {additional
            ? t("list.rowAdditionalAgent")
            : ticket.assigned_to && ticket.assigned_to === userId
              ? t("list.rowAssignedToYou")
              : ticket.assigned_to
                ? ticket.assigned_to_name
                  ? t("list.rowAssignedTo", { name: ticket.assigned_to_name })
                  : t("list.rowAssigned")
                : t("list.rowUnassigned")}
        </span>
        {updated ? (
          <time className="ticket-row__time" dateTime={updated} title={exactTime(updated)}>
            {relativeTime(updated)}
          </time>
        ) : null}
      </span>
      <span className="ticket-row__title" dir="auto">
        {ticket.title || t("list.rowNoTitle")}
      </span>
      <span className="ticket-row__badges">
        {waiting ? (
          <span className="ticket-row__waiting">
            <span aria-hidden="true">◷</span> {t(waiting)}
          </span>
        ) : null}
        {ticket.status_name ? (
          <Badge tone={statusTone(closed)} prefix={t("list.rowStatus")}>
            {ticket.status_name}
          </Badge>
        ) : null}
        {ticket.priority_name ? (
          <Badge tone={priorityTone(ticket.priority_name)} prefix={t("list.rowPriority")}>
            {ticket.priority_name}
          </Badge>
        ) : null}
        {sla && slaText ? <Badge tone={slaTone[sla.state]}>{slaText}</Badge> : null}
        {isOverdue(dueIso, closed, now) ? <Badge tone="danger">{dueLabel(dueIso, closed, now)}</Badge> : null}
        {ticket.tags.map((tag) => (
          <span key={tag.tag_id} className="ticket-row__tag" dir="auto">
            #{tag.tag_text}
          </span>
        ))}
      </span>
      {people ? (
        <span className="ticket-row__people" dir="auto">
          {people}
        </span>
      ) : null}
    </Link>
  );
});
