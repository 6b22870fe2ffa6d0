import { useQuery } from "@tanstack/react-query";
import { t, useT } from "../../i18n/active-language";
import { shortDateTime } from "../../lib/date-text";
import type { Interaction } from "../../api/schemas/interactions";
import { formatMinutes } from "../../i18n/duration";
import { useUnconfirmedChanges } from "../changes/unconfirmed-changes";
import type { SectionProps } from "../section-props";
import { FORBIDDEN, useContactQueries } from "./contact-queries";
import "./CallsSection.css";

const when = (iso: string | null | undefined) => (iso ? shortDateTime(new Date(iso)) : "");

// The server lower-cases type names in rows (awareness §7.3): "call" reads better as "Call".
const typeLabel = (name: string | null | undefined) => (name ? name.charAt(0).toUpperCase() + name.slice(1) : t("contact.interaction"));

/** Everyone's calls and e-mails on the ticket, newest first, with the technician's logged ones still waiting to be sent. */
export function CallsSection({ ticket }: SectionProps) {
  const query = useQuery(useContactQueries().interactions(ticket.ticket_id));
  const waiting = useUnconfirmedChanges(ticket.ticket_id, ["interaction"] as const, query.dataUpdatedAt);
  const rows = Array.isArray(query.data) ? query.data : [];
  const t = useT();
  return (
    <div className="calls">
      {query.data === FORBIDDEN ? <p>{t("contact.callsForbidden")}</p> : null}
      {!query.data && query.isError ? <p>{t("contact.callsFailed")}</p> : null}
      {!query.data && !query.isError ? <p>{t("contact.callsLoading")}</p> : null}
      {query.data && rows.length === 0 && waiting.length === 0 ? <p>{t("contact.noCalls")}</p> : null}
      <ul className="calls__list" aria-label={t("contact.calls")}>
        {waiting.toReversed().map(({ change, mark, id }) => (
          <li key={id} className="calls__row">
            <span className="calls__title">{change.interaction.title}</span>
            <span className="calls__meta">
              {when(change.interaction.startTime)} · {formatMinutes(change.interaction.duration)} ·{" "}
              <strong className="calls__mark">{t(mark === "sending" ? "contact.waitingToSend" : "contact.sent")}</strong>
            </span>
            {change.interaction.notes ? <span dir="auto">{change.interaction.notes}</span> : null}
          </li>
        ))}
        {rows.map((row) => (
          <CallRow key={row.interaction_id} row={row} />
        ))}
      </ul>
    </div>
  );
}

/** The type, then the title unless it is the server's default or already says the type. */
function rowTitle(row: Interaction): string {
  const type = typeLabel(row.type_name);
  if (!row.title || row.title === "Interaction") return type;
  return row.title.toLowerCase().startsWith(type.toLowerCase()) ? row.title : t("contact.typedTitle", { type, title: row.title });
}

function CallRow({ row }: { row: Interaction }) {
  useT();
  const parts = [when(row.interaction_date), row.duration ? formatMinutes(row.duration) : null, row.user_name].filter(Boolean);
  return (
    <li className="calls__row">
      <span className="calls__title" dir="auto">
        {rowTitle(row)}
      </span>
      <span className="calls__meta">{parts.join(" · ")}</span>
      {row.notes ? <span dir="auto">{row.notes}</span> : null}
    </li>
  );
}
