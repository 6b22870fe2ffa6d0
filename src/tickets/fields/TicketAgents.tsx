import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/errors";
import { t, useT } from "../../i18n/active-language";
import type { TicketAgents as Agents } from "../../api/schemas/ticket-agents";
import type { TicketDetail } from "../../api/schemas/tickets";
import { Button } from "../../ui/Button";
import type { Change } from "../changes/change";
import { showsAsValue } from "../changes/pending-value";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { queueChange } from "../changes/use-queue-change";
import { useTicketQueries } from "../ticket-queries";
import { AssigneePicker } from "./AssigneePicker";
import "./TicketAgents.css";

type AgentChange = Extract<Change, { kind: "agentAdd" | "agentRemove" }>;

interface ShownAgent {
  userId: string;
  name: string;
  role: string;
  waiting: boolean;
}

const nameOf = (agent: { first_name: string | null; last_name: string | null; email: string | null }) =>
  [agent.first_name, agent.last_name].filter(Boolean).join(" ") || agent.email || t("fields.unknownUser");

/** The server's additional agents with the user's adds and removals that have not reached it yet, each user's latest. */
export function shownAdditionalAgents(agents: Agents | undefined, waiting: readonly AgentChange[]): ShownAgent[] {
  const latest = new Map(waiting.map((change) => [change.userId, change]));
  const shown: ShownAgent[] = (agents?.additional_agents ?? [])
    .filter((agent) => latest.get(agent.user_id)?.kind !== "agentRemove")
    .map((agent) => ({ userId: agent.user_id, name: nameOf(agent), role: agent.role ?? "support", waiting: false }));
  for (const change of latest.values()) {
    if (change.kind === "agentAdd" && !shown.some((agent) => agent.userId === change.userId))
      shown.unshift({ userId: change.userId, name: change.name, role: "support", waiting: true });
  }
  return shown;
}

/**
 * Everyone working the ticket (awareness §9): the primary and the additional agents with their role; additional
 * ones are added and removed through the outbox. Without permission to read them, a plain line instead.
 */
export function TicketAgents({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const queries = useTicketQueries();
  const agents = useQuery(queries.ticketAgents(ticket.ticket_id));
  const queue = useOutboxQueue();
  const [picking, setPicking] = useState(false);
  const waiting = queue
    .filter((item) => item.change.ticketId === ticket.ticket_id && showsAsValue(item))
    .map((item) => item.change)
    .filter((change): change is AgentChange => change.kind === "agentAdd" || change.kind === "agentRemove");

  if (agents.error instanceof ApiError && agents.error.kind === "forbidden") {
    return <p className="ticket-agents__note">{t("fields.agentsForbidden")}</p>;
  }
  const shown = shownAdditionalAgents(agents.data, waiting);
  const primary = agents.data?.primary_agent;
  const send = (change: AgentChange) => void queueChange(change, ticket.updated_at);

  return (
    <section className="ticket-agents" aria-labelledby="ticket-agents-title">
      <h3 id="ticket-agents-title" className="ticket-agents__title">
        {t("fields.workingOn")}
      </h3>
      {agents.isPending && !agents.isFetching ? <p className="ticket-agents__note">{t("fields.agentsOffline")}</p> : null}
      {agents.isError && !(agents.error instanceof ApiError && agents.error.kind === "forbidden") ? (
        <p className="ticket-agents__note">{errorText(agents.error)}</p>
      ) : null}
      <ul className="ticket-agents__list" aria-labelledby="ticket-agents-title">
        {primary ? (
          <li>
            <span>
              {nameOf(primary)} <span className="ticket-agents__role">{t("fields.primary")}</span>
            </span>
          </li>
        ) : null}
        {shown.map((agent) => (
          <li key={agent.userId}>
            <span>
              {agent.name}{" "}
              <span className="ticket-agents__role">
                {agent.role !== "support" ? t("fields.additionalAgentRole", { role: agent.role }) : t("fields.additionalAgent")}
                {agent.waiting ? ` · ${t("fields.agentWaiting")}` : ""}
              </span>
            </span>
            <Button
              variant="ghost"
              aria-label={t("fields.removeAgent", { name: agent.name })}
              onClick={() => send({ kind: "agentRemove", ticketId: ticket.ticket_id, userId: agent.userId, name: agent.name })}
            >
              {t("fields.remove")}
            </Button>
          </li>
        ))}
        {agents.isSuccess && !primary && shown.length === 0 ? <li className="ticket-agents__note">{t("fields.nobodyYet")}</li> : null}
      </ul>
      {picking ? (
        <AssigneePicker
          label={t("fields.agentToAdd")}
          listLabel={t("fields.agentsToAdd")}
          onCancel={() => setPicking(false)}
          onPick={(userId, name) => {
            const onTicket = primary?.user_id === userId || shown.some((agent) => agent.userId === userId);
            if (!onTicket) send({ kind: "agentAdd", ticketId: ticket.ticket_id, userId, name });
            setPicking(false);
          }}
        />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setPicking(true)}>
            {t("fields.addAgent")}
          </Button>
        </div>
      )}
    </section>
  );
}
