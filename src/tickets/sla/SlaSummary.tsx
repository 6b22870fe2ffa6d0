import { slaStatus, type SlaTarget } from "../../api/sla";
import type { TicketDetail } from "../../api/schemas/tickets";
import { exactTime } from "../../lib/relative-time";
import { stateWords, targetTiming } from "./sla-words";
import { useNow } from "../../lib/use-now";
import { useT } from "../../i18n/active-language";
import "./SlaSummary.css";

/**
 * The ticket's response and resolution targets with a countdown, each state in words and colour. Nothing when
 * the ticket has no SLA or the server sent no SLA fields (fieldkit §7.2–7.3).
 */
export function SlaSummary({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  // Every 15 s: a countdown that moves.
  const status = slaStatus(ticket, new Date(useNow(15_000)));
  if (!status) return null;
  return (
    <section className="sla" aria-label={t("sla.serviceLevel")}>
      <h3 className="sla__heading">
        {t("sla.sla")}
        {status.paused ? (
          <span className="sla__paused">{ticket.response_state === "awaiting_client" ? t("sla.pausedForClient") : t("sla.paused")}</span>
        ) : null}
      </h3>
      <dl className="sla__targets">
        {status.response ? <Target name={t("sla.response")} target={status.response} /> : null}
        {status.resolution ? <Target name={t("sla.resolution")} target={status.resolution} /> : null}
      </dl>
    </section>
  );
}

function Target({ name, target }: { name: string; target: SlaTarget }) {
  const t = useT();
  const timing = targetTiming(target);
  const due = target.dueAt.toISOString();
  return (
    <div className={`sla__target sla__target--${target.state}`}>
      <dt>{name}</dt>
      <dd>
        <span className="sla__state">
          <span aria-hidden="true">{icons[target.state]} </span>
          {t(stateWords[target.state])}
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
