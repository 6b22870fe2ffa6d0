import { useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useShownFields } from "../fields/shown-fields";
import type { FieldState } from "../changes/pending-value";
import { SlaSummary } from "../sla/SlaSummary";
import { TicketTags } from "../tags/TicketTags";
import { TitleEditor, useShownTitle } from "../fields/TitleEditor";
import type { SheetName } from "./sheet-name";
import { useBoardStatuses } from "../fields/use-board-statuses";
import { useFold } from "../../ui/use-fold";
import "./TicketHeader.css";

function dueLabel(iso: string | null) {
  if (!iso) return "No due date";
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? "Due date unreadable"
    : `Due ${date.toLocaleDateString(undefined, { month: "short", day: "numeric" })}`;
}

/** Title and the row of chips: each chip shows a field and opens its sheet to change it. */
export function TicketHeader({
  ticket,
  partial,
  openSheet,
}: {
  ticket: TicketDetail;
  /** Only the list's row is known: no due date to show, which is not the same as none. */
  partial: boolean;
  openSheet: (sheet: SheetName) => void;
}) {
  const shown = useShownFields(ticket);
  const title = useShownTitle(ticket);
  // Two lines of title at most, so the chips and the conversation stay on the first screen.
  const [whole, setWhole] = useState(false);
  const { folded, foldable } = useFold<HTMLSpanElement>("ticket-header__title--folded", title.title);
  const statuses = useBoardStatuses(ticket.board_id);
  const closed = statuses.find((status) => status.status_id === shown.statusId)?.is_closed ?? ticket.status_is_closed;
  return (
    <header className="ticket-header">
      <div className="ticket-header__title-row">
        <h2 id="ticket-title" className="ticket-header__title" dir="auto">
          <span ref={folded} className={whole ? undefined : "ticket-header__title--folded"}>
            <span id="ticket-title-text" className="ticket-header__title-text">
              {title.title || "(no title)"}
            </span>
          </span>
          {title.mark === "sending" ? <span className="ticket-header__pending"> · not sent yet</span> : null}
        </h2>
        {partial ? null : <TitleEditor ticket={ticket} />}
      </div>
      {foldable || whole ? (
        <button
          type="button"
          className="ticket-header__whole"
          aria-expanded={whole}
          aria-controls="ticket-title-text"
          onClick={() => setWhole(!whole)}
        >
          {whole ? "Show less" : "Show the whole title"}
        </button>
      ) : null}
      <ul className="ticket-chips" aria-label="Ticket fields">
        <Chip
          field="Status"
          value={shown.statusName}
          state={shown.status}
          tone={closed ? "closed" : "status"}
          onOpen={() => openSheet("status")}
        />
        <Chip field="Priority" value={shown.priorityName} state={shown.priority} onOpen={() => openSheet("priority")} />
        <Chip field="Assignee" value={shown.assigneeName} state={shown.assignee} onOpen={() => openSheet("assignee")} />
        <Chip
          field="Due"
          value={partial && !shown.due.change ? "Due date not loaded" : dueLabel(shown.dueIso)}
          state={shown.due}
          onOpen={() => openSheet("due")}
        />
      </ul>
      <button type="button" className="ticket-header__contact" aria-haspopup="dialog" onClick={() => openSheet("contact")}>
        <span aria-hidden="true">☎ </span>
        Contact: <span dir="auto">{ticket.contact_name || ticket.client_name || "none"}</span>
      </button>
      {partial ? null : <TicketTags ticket={ticket} />}
      {partial ? null : <SlaSummary ticket={ticket} />}
    </header>
  );
}

function Chip<K extends "status" | "priority" | "assignment" | "attributes">({
  field,
  value,
  state,
  tone,
  onOpen,
}: {
  field: string;
  value: string;
  state: FieldState<K>;
  tone?: "status" | "closed";
  onOpen: () => void;
}) {
  return (
    <li>
      <button type="button" className={`ticket-chip${tone ? ` ticket-chip--${tone}` : ""}`} onClick={onOpen} aria-haspopup="dialog">
        <span className="visually-hidden">{field}: </span>
        <span className="ticket-chip__value" dir="auto">
          {value}
        </span>
        {state.mark === "sending" ? (
          <span className="ticket-chip__mark ticket-chip__mark--sending">
            <span aria-hidden="true">◷</span> sending
          </span>
        ) : null}
        {state.mark === "delivered" ? (
          <span className="ticket-chip__mark">
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden">sent</span>
          </span>
        ) : null}
        <span className="ticket-chip__caret" aria-hidden="true">
          ▾
        </span>
      </button>
    </li>
  );
}
