import { Link } from "react-router";
import { formatMinutes } from "../../lib/duration";
import { whenText } from "./time-text";
import { rowMinutes, type TimeRow } from "./time-rows";
import "./TimeEntryList.css";

const stateText: Record<NonNullable<TimeRow["pending"]>, string> = {
  pending: "Not sent yet",
  sending: "Sending…",
  unknown: "Checking whether it arrived…",
  failed: "Not accepted: see the ticket's unsent changes",
  conflict: "Changed in Alga meanwhile: see the ticket's unsent changes",
};

/** Entries of time, newest first; the user's own (until approved) can be changed or deleted. */
export function TimeEntryList({
  rows,
  label,
  onEdit,
  ticketLabel,
}: {
  rows: TimeRow[];
  label: string;
  onEdit: (row: TimeRow) => void;
  /** On My time: each entry links to its ticket. */
  ticketLabel?: (ticketId: string) => string;
}) {
  return (
    <ol className="time-entries" aria-label={label}>
      {rows.map((row) => {
        const when = row.end ? whenText(row.start, row.end) : `${whenText(row.start)} · running`;
        const editable = row.own && row.entry && !row.entry.approved && !row.deleting && row.end !== null;
        return (
          <li key={row.key} className={row.deleting ? "time-entries__row time-entries__row--deleting" : "time-entries__row"}>
            <span className="time-entries__when">{when}</span>
            <span className="time-entries__minutes">{row.end ? formatMinutes(rowMinutes(row)) : "Timer"}</span>
            <span className="time-entries__what" dir="auto">
              {[row.serviceName, row.isBillable ? null : "not billable", row.own ? null : row.userName].filter(Boolean).join(" · ")}
            </span>
            {row.notes ? (
              <span className="time-entries__notes" dir="auto">
                {row.notes}
              </span>
            ) : null}
            {ticketLabel && row.ticketId ? (
              <Link className="time-entries__ticket" to={`/tickets/${encodeURIComponent(row.ticketId)}`}>
                {ticketLabel(row.ticketId)}
              </Link>
            ) : null}
            <span className="time-entries__state">
              {row.deleting ? "Deleted here, " : ""}
              {row.pending ? stateText[row.pending] : row.entry?.approved ? "Approved" : ""}
            </span>
            {editable ? (
              <button type="button" className="time-entries__edit" aria-haspopup="dialog" onClick={() => onEdit(row)}>
                Edit <span className="visually-hidden">entry {when}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
