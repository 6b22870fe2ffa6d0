import { useState } from "react";
import { Sheet } from "../../ui/Sheet";
import { formatMinutes } from "../../lib/duration";
import { EditTimeEntrySheet } from "./EditTimeEntrySheet";
import { TimeEntryList } from "./TimeEntryList";
import { rowMinutes, type TimeRow } from "./time-rows";
import { useTicketTime } from "./use-ticket-time";
import type { SectionProps } from "../section-props";
import "./TimeSection.css";

/** The time on the ticket: everyone's entries the server shows, this device's unsent ones, and totals. */
export function TimeSection({ ticket }: SectionProps) {
  const { summary, rows } = useTicketTime(ticket.ticket_id);
  const [editing, setEditing] = useState<TimeRow | null>(null);
  const mine = rows.filter((row) => row.own && !row.deleting).reduce((sum, row) => sum + rowMinutes(row), 0);
  const hidden = summary.data?.othersHiddenCount ?? 0;
  return (
    <>
      {summary.isError && !summary.data ? (
        <p className="time-log__note">
          The time logged in Alga can't be loaded right now; only what this device has not sent yet is listed.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <p className="time-log__total">Your time on this ticket: {formatMinutes(mine)}</p>
          <TimeEntryList rows={rows} label="Time on this ticket" onEdit={setEditing} />
        </>
      ) : (
        <p className="time-log__none">
          {summary.isPending ? "Loading time…" : "No time logged yet. Start the timer or use “Log time” below."}
        </p>
      )}
      {hidden > 0 ? (
        <p className="time-log__note">
          Colleagues logged {formatMinutes(summary.data?.othersHiddenMinutes ?? 0)} more in {hidden} {hidden === 1 ? "entry" : "entries"}{" "}
          you can't see.
        </p>
      ) : null}
      <Sheet open={editing !== null} onClose={() => setEditing(null)} title="Time entry">
        {editing?.entry ? <EditTimeEntrySheet row={{ ...editing, entry: editing.entry }} onDone={() => setEditing(null)} /> : null}
      </Sheet>
    </>
  );
}
