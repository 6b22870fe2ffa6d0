import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";
import { TopBar } from "../../ui/TopBar";
import { localDateValue, shiftedDay, weekOf } from "../../lib/local-time";
import { formatMinutes } from "../../i18n/duration";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { useTicketQueries } from "../ticket-queries";
import { rowsOnDevice } from "../rows-on-device";
import { EditTimeEntrySheet } from "./EditTimeEntrySheet";
import { TimeEntryList } from "./TimeEntryList";
import { rowFromRecord, rowMinutes, withQueued, type TimeRow } from "./time-rows";
import { useTimeQueries } from "./time-queries";
import { totalsByDay } from "./week-totals";
import { useT } from "../../i18n/active-language";
import { activeLocale } from "../../lib/user-locale";
import "./MyTimeScreen.css";

// A calendar day ("yyyy-mm-dd") names itself: noon UTC of it, shown in UTC, is that day in every language.
const dayText = (day: string, options: Intl.DateTimeFormatOptions) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(activeLocale(), { ...options, timeZone: "UTC" });
const dayName = (day: string) => dayText(day, { weekday: "long", month: "short", day: "numeric" });
const shortDay = (day: string) => dayText(day, { month: "short", day: "numeric" });

/** The technician's week: every entry, totals per day and for the week, with the unsent ones counted in. */
export function MyTimeScreen() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const offset = Math.min(0, Number.parseInt(params.get("week") ?? "0", 10) || 0);
  // The device's own calendar week, not a server time period: those are normally refused (403, fieldkit §4.1).
  const week = weekOf(new Date(), offset);
  // The server files an entry under its day in the user's zone there (fieldkit §4.3); a day either side catches a different zone here.
  const entries = useQuery(useTimeQueries().mine(shiftedDay(week.from, -1), shiftedDay(week.to, 1)));
  const services = useQuery(useTicketQueries().services());
  const queryClient = useQueryClient();
  const ticketQueries = useTicketQueries();
  const queue = useOutboxQueue();
  const [editing, setEditing] = useState<TimeRow | null>(null);

  const serviceName = (id: string) => services.data?.find((service) => service.service_id === id)?.service_name ?? null;
  const rows = withQueued((entries.data ?? []).map(rowFromRecord), queue, serviceName).filter((row) =>
    week.days.includes(localDateValue(new Date(row.start))),
  );
  const counted = rows
    .filter((row) => !row.deleting)
    .map((row) => ({ day: localDateValue(new Date(row.start)), minutes: rowMinutes(row) }));
  const { perDay, total } = totalsByDay(week, counted);
  // The ticket's detail, else its row in a list or among the user's own tickets: whatever the device holds.
  const ticketRows = new Map(rowsOnDevice(queryClient, ticketQueries).map((row) => [row.ticket_id, row]));
  const ticketLabel = (ticketId: string) => {
    const ticket = queryClient.getQueryData(ticketQueries.detail(ticketId).queryKey) ?? ticketRows.get(ticketId);
    return ticket ? `${ticket.ticket_number} · ${ticket.title ?? ""}` : t("time.openTicket");
  };
  const goTo = (next: number) => setParams(next === 0 ? {} : { week: String(next) }, { replace: true });

  return (
    <div className="screen">
      <TopBar title={t("time.myTime")} back={{ to: "/tickets", label: t("time.backToTickets") }} />
      <main className="my-time">
        <nav className="my-time__weeks" aria-label={t("time.weeks")}>
          <Button variant="secondary" onClick={() => goTo(offset - 1)} aria-label={t("time.previousWeek")}>
            {t("time.previous")}
          </Button>
          <h2 className="my-time__week" aria-live="polite">
            {offset === 0 ? t("time.thisWeek") : t("time.weekRange", { from: shortDay(week.from), to: shortDay(week.to) })}
          </h2>
          <Button variant="secondary" onClick={() => goTo(offset + 1)} disabled={offset === 0} aria-label={t("time.nextWeek")}>
            {t("time.next")}
          </Button>
        </nav>
        <p className="my-time__total">
          <span>{t("time.weekTotal")}</span> <strong>{formatMinutes(total)}</strong>
        </p>
        {entries.isError && !entries.data ? <p className="my-time__note">{t("time.mineFailed")}</p> : null}
        {entries.isPending ? <p className="my-time__note">{t("time.loadingMine")}</p> : null}
        <ol className="my-time__days" aria-label={t("time.days")}>
          {week.days.map((day) => {
            const ofDay = rows.filter((row) => localDateValue(new Date(row.start)) === day);
            const headingId = `day-${day}`;
            return (
              <li key={day} aria-labelledby={headingId}>
                <h3 className="my-time__day" id={headingId}>
                  <span>{dayName(day)}</span>
                  <span>{formatMinutes(perDay.get(day) ?? 0)}</span>
                </h3>
                {ofDay.length > 0 ? (
                  <TimeEntryList
                    rows={ofDay}
                    label={t("time.timeOnDay", { day: dayName(day) })}
                    onEdit={setEditing}
                    ticketLabel={ticketLabel}
                  />
                ) : null}
              </li>
            );
          })}
        </ol>
      </main>
      <Sheet open={editing !== null} onClose={() => setEditing(null)} title={t("time.timeEntry")}>
        {editing?.entry ? <EditTimeEntrySheet row={{ ...editing, entry: editing.entry }} onDone={() => setEditing(null)} /> : null}
      </Sheet>
    </div>
  );
}
