import { useState } from "react";
import { Sheet } from "../../ui/Sheet";
import { formatMinutes } from "../../i18n/duration";
import { EditTimeEntrySheet } from "./EditTimeEntrySheet";
import { TimeEntryList } from "./TimeEntryList";
import { rowMinutes, type TimeRow } from "./time-rows";
import { useTicketTime } from "./use-ticket-time";
import type { SectionProps } from "../section-props";
import { useT } from "../../i18n/active-language";
import "./TimeSection.css";

/** The time on the ticket: everyone's entries the server shows, this device's unsent ones, and totals. */
export function TimeSection({ ticket }: SectionProps) {
  const t = useT();
  const { summary, rows } = useTicketTime(ticket.ticket_id);
  const [editing, setEditing] = useState<TimeRow | null>(null);
  const mine = rows.filter((row) => row.own && !row.deleting).reduce((sum, row) => sum + rowMinutes(row), 0);
  const hidden = summary.data?.othersHiddenCount ?? 0;
  return (
    <>
      {summary.isError && !summary.data ? <p className="time-log__note">{t("time.summaryFailed")}</p> : null}
      {rows.length > 0 ? (
        <>
          <p className="time-log__total">{t("time.yourTime", { duration: formatMinutes(mine) })}</p>
          <TimeEntryList rows={rows} label={t("time.timeOnTicket")} onEdit={setEditing} />
        </>
      ) : (
        <p className="time-log__none">{summary.isPending ? t("time.loadingTime") : t("time.noTime")}</p>
      )}
      {hidden > 0 ? (
        <p className="time-log__note">
          {t("time.othersHidden", { n: hidden, duration: formatMinutes(summary.data?.othersHiddenMinutes ?? 0) })}
        </p>
      ) : null}
      <Sheet open={editing !== null} onClose={() => setEditing(null)} title={t("time.timeEntry")}>
        {editing?.entry ? <EditTimeEntrySheet row={{ ...editing, entry: editing.entry }} onDone={() => setEditing(null)} /> : null}
      </Sheet>
    </>
  );
}
