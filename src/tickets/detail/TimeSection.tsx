import type { QueuedChange } from "../changes/change";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { formatMinutes, loggedMinutes, useTimeLog } from "./time-log";
import type { SectionProps } from "./TicketSections";
import "./TimeSection.css";

const stateText: Record<QueuedChange["state"], string> = {
  pending: "Waiting to send",
  sending: "Sending…",
  unknown: "Checking whether it arrived…",
  failed: "Not accepted: see Conversation",
  conflict: "Not accepted: see Conversation",
};

const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { weekday: "short", month: "short", day: "numeric" });

/** The time this device logged on the ticket, each with where it is on its way to Alga. */
export function TimeSection({ ticket }: SectionProps) {
  const { entries } = useTimeLog(ticket.ticket_id);
  const queue = useOutboxQueue();
  if (entries.length === 0) {
    return <p className="time-log__none">No time logged from this device yet. Use “Log time” below.</p>;
  }
  return (
    <>
      <ol className="time-log" aria-label="Time logged on this device">
        {entries.map((entry) => {
          const queued = queue.find((item) => item.id === entry.id);
          return (
            <li key={entry.id} className="time-log__entry">
              <span className="time-log__when">
                {day(entry.startTime)} · {clock(entry.startTime)}–{clock(entry.endTime)}
              </span>
              <span className="time-log__what" dir="auto">
                {formatMinutes(loggedMinutes(entry))}
                {entry.serviceName ? ` · ${entry.serviceName}` : ""}
                {entry.isBillable ? "" : " · not billable"}
              </span>
              <span className={queued ? "time-log__state" : "time-log__state time-log__state--sent"}>
                {queued ? stateText[queued.state] : "✓ In Alga"}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="time-log__note">Time logged from other devices or in Alga is not listed here.</p>
    </>
  );
}
