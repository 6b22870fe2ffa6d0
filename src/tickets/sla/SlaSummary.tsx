import { slaStatus, type SlaTarget } from "../../api/sla";
import type { TicketDetail } from "../../api/schemas/tickets";
import { exactTime } from "../../lib/relative-time";
import { stateWords, targetTiming } from "./sla-words";
import { useNow } from "../../lib/use-now";
import "./SlaSummary.css";

/**
 * The ticket's response and resolution targets with a countdown, each state in words and colour. Nothing when
 * the ticket has no SLA or the server sent no SLA fields (fieldkit §7.2–7.3).
 */
export function SlaSummary({ ticket }: { ticket: TicketDetail }) {
  // Every 15 s: a countdown that moves.
  const status = slaStatus(ticket, new Date(useNow(15_000)));
  if (!status) return null;
  return (
    <section className="sla" aria-label="Service level">
      <h3 className="sla__heading">
        SLA
        {status.paused ? (
          <span className="sla__paused"> · paused{ticket.response_state === "awaiting_client" ? " (waiting for the client)" : ""}</span>
        ) : null}
      </h3>
      <dl className="sla__targets">
        {status.response ? <Target name="Response" target={status.response} /> : null}
        {status.resolution ? <Target name="Resolution" target={status.resolution} /> : null}
      </dl>
    </section>
  );
}

function Target({ name, target }: { name: string; target: SlaTarget }) {
  const timing = targetTiming(target);
  const due = target.dueAt.toISOString();
  return (
    <div className={`sla__target sla__target--${target.state}`}>
      <dt>{name}</dt>
      <dd>
        <span className="sla__state">
          <span aria-hidden="true">{icons[target.state]} </span>
          {stateWords[target.state]}
        </span>
        {timing ? (
          <>
            {" · "}
            <time dateTime={due} title={exactTime(due)}>
              {timing}
            </time>
          </>
        ) : null}
      </dd>
    </div>
  );
}

const icons: Record<SlaTarget["state"], string> = {
  on_track: "●",
  at_risk: "▲",
  breached: "✕",
  paused: "‖",
  met: "✓",
  missed: "✕",
};
