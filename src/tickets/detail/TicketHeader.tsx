import { useState } from "react";
import { RichText } from "../../i18n/RichText";
import { useT } from "../../i18n/active-language";
import { dueLabel, isOverdue } from "../due-date";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useShownFields } from "../fields/shown-fields";
import type { FieldState } from "../changes/pending-value";
import { SlaSummary } from "../sla/SlaSummary";
import { TicketTags } from "../tags/TicketTags";
import { TitleEditor, useShownTitle } from "../fields/TitleEditor";
import type { SheetName } from "./sheet-name";
import { useBoardStatuses } from "../fields/use-board-statuses";
import { useFold } from "../../ui/use-fold";
import { useOnline } from "../../offline/use-online-status";
import "./TicketHeader.css";

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
  const t = useT();
  const shown = useShownFields(ticket);
  const title = useShownTitle(ticket);
  // Two lines of title at most, so the chips and the conversation stay on the first screen.
  const [whole, setWhole] = useState(false);
  const { folded, foldable } = useFold<HTMLSpanElement>("ticket-header__title--folded", title.title);
  const statuses = useBoardStatuses(ticket.board_id);
  const closed = statuses.find((status) => status.status_id === shown.statusId)?.is_closed ?? ticket.status_is_closed;
  const now = new Date();
  return (
    <header className="ticket-header">
      <div className="ticket-header__title-row">
        <h2 id="ticket-title" className="ticket-header__title" dir="auto">
          <span ref={folded} className={whole ? undefined : "ticket-header__title--folded"}>
            <span id="ticket-title-text" className="ticket-header__title-text">
              {title.title || t("ticket.noTitle")}
            </span>
          </span>
          {title.mark === "sending" ? <span className="ticket-header__pending"> · {t("ticket.notSentYet")}</span> : null}
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
          {whole ? t("ticket.showLess") : t("ticket.showWholeTitle")}
        </button>
      ) : null}
      <ul className="ticket-chips" aria-label={t("ticket.fields")}>
        <Chip
          field={t("ticket.status")}
          value={shown.statusName}
          state={shown.status}
          tone={closed ? "closed" : "status"}
          onOpen={() => openSheet("status")}
        />
        <Chip field={t("ticket.priority")} value={shown.priorityName} state={shown.priority} onOpen={() => openSheet("priority")} />
        <Chip field={t("ticket.assignee")} value={shown.assigneeName} state={shown.assignee} onOpen={() => openSheet("assignee")} />
        <Chip
          field={t("ticket.due")}
          value={partial && !shown.due.change ? t("ticket.dueNotLoaded") : dueLabel(shown.dueIso, closed === true, now)}
          state={shown.due}
          tone={isOverdue(shown.dueIso, closed === true, now) ? "overdue" : undefined}
          onOpen={() => openSheet("due")}
        />
      </ul>
      <button type="button" className="ticket-header__contact" aria-haspopup="dialog" onClick={() => openSheet("contact")}>
        <span aria-hidden="true">☎ </span>
        <RichText
          text={t("ticket.contact")}
          parts={{ name: <span dir="auto">{ticket.contact_name || ticket.client_name || t("ticket.noContact")}</span> }}
        />
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
  tone?: "status" | "closed" | "overdue";
  onOpen: () => void;
}) {
  const t = useT();
  // Offline nothing is on its way: the change waits for the network.
  const online = useOnline();
  return (
    <li>
      <button type="button" className={`ticket-chip${tone ? ` ticket-chip--${tone}` : ""}`} onClick={onOpen} aria-haspopup="dialog">
        <span className="visually-hidden">{t("ticket.chipField", { field })} </span>
        <span className="ticket-chip__value" dir="auto">
          {value}
        </span>
        {state.mark === "sending" ? (
          <span className="ticket-chip__mark ticket-chip__mark--sending">
            <span aria-hidden="true">◷</span> {online ? t("ticket.sending") : t("ticket.waitingToSend")}
          </span>
        ) : null}
        {state.mark === "delivered" ? (
          <span className="ticket-chip__mark">
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden">{t("ticket.sent")}</span>
          </span>
        ) : null}
        <span className="ticket-chip__caret" aria-hidden="true">
          ▾
        </span>
      </button>
    </li>
  );
}
