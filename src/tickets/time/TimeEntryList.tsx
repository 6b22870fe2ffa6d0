import { Link } from "react-router";
import { formatMinutes } from "../../i18n/duration";
import { whenText } from "./time-text";
import { rowMinutes, type TimeRow } from "./time-rows";
import { useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import "./TimeEntryList.css";

const stateText: Record<NonNullable<TimeRow["pending"]>, MessageKey> = {
  pending: "time.stateNotSent",
  sending: "time.stateSending",
  unknown: "time.stateUnknown",
  failed: "time.stateFailed",
  conflict: "time.stateConflict",
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
  const t = useT();
  return (
    <ol className="time-entries" aria-label={label}>
      {rows.map((row) => {
        const when = row.end ? whenText(row.start, row.end) : t("time.running", { when: whenText(row.start) });
        const state = row.pending ? t(stateText[row.pending]) : row.entry?.approved ? t("time.approved") : "";
        const editable = row.own && row.entry && !row.entry.approved && !row.deleting && row.end !== null;
        return (
          <li key={row.key} className={row.deleting ? "time-entries__row time-entries__row--deleting" : "time-entries__row"}>
            <span className="time-entries__when">{when}</span>
            <span className="time-entries__minutes">{row.end ? formatMinutes(rowMinutes(row)) : t("time.timer")}</span>
            <span className="time-entries__what" dir="auto">
              {[row.serviceName, row.isBillable ? null : t("time.notBillable"), row.own ? null : row.userName].filter(Boolean).join(" · ")}
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
              {row.deleting ? (state ? t("time.deletedHereState", { state }) : t("time.deletedHere")) : state}
            </span>
            {editable ? (
              <button
                type="button"
                className="time-entries__edit"
                aria-haspopup="dialog"
                aria-label={t("time.editEntryNamed", { when })}
                onClick={() => onEdit(row)}
              >
                {t("time.edit")}
              </button>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
