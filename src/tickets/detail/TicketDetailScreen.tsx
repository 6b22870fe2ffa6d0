import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useParams } from "react-router";
import { ApiError } from "../../api/errors";
import type { TicketDetail } from "../../api/schemas/tickets";
import { exactTime } from "../../lib/relative-time";
import { Badge } from "../../ui/Badge";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { priorityTone, statusTone } from "../ticket-badges";
import { useTicketQueries } from "../ticket-queries";
import { sanitizeHtml } from "./sanitize-html";
import "./TicketDetailScreen.css";

export function TicketDetailScreen() {
  const { ticketId = "" } = useParams();
  const queries = useTicketQueries();
  const ticket = useQuery(queries.detail(ticketId));
  const back = { to: "/tickets", label: "Back to tickets" };

  if (ticket.isPending) {
    return (
      <div className="screen">
        <TopBar title="Ticket" back={back} />
        <main><SkeletonList rows={3} label="Loading ticket…" /></main>
      </div>
    );
  }
  if (ticket.isError) {
    return (
      <div className="screen">
        <TopBar title="Ticket" back={back} />
        <main><DetailError error={ticket.error} retry={() => void ticket.refetch()} /></main>
      </div>
    );
  }
  return (
    <div className="screen">
      <TopBar title={ticket.data.ticket_number} back={back} />
      <main>
        <TicketBody ticket={ticket.data} />
      </main>
    </div>
  );
}

function TicketBody({ ticket }: { ticket: TicketDetail }) {
  const description = useMemo(() => sanitizeHtml(ticket.description_html ?? ""), [ticket.description_html]);
  const due = ticket.due_date ?? ticket.attributes?.due_date ?? null;
  const facts: [string, string | null | undefined][] = [
    ["Client", ticket.client_name],
    ["Contact", ticket.contact_name],
    ["Assigned to", ticket.assigned_to ? ticket.assigned_to_name ?? "Assigned" : "Unassigned"],
    ["Created", ticket.entered_at && exactTime(ticket.entered_at)],
    ["Updated", ticket.updated_at && exactTime(ticket.updated_at)],
    ["Due", due && exactTime(due)],
    ["Closed", ticket.closed_at && exactTime(ticket.closed_at)],
  ];
  return (
    <article className="ticket-detail">
      <header className="ticket-detail__header">
        <h2 className="ticket-detail__title" dir="auto">{ticket.title || "(no title)"}</h2>
        <div className="ticket-detail__badges">
          {ticket.status_name ? <Badge tone={statusTone(ticket.status_is_closed)} label={`Status: ${ticket.status_name}`}>{ticket.status_name}</Badge> : null}
          {ticket.priority_name ? (
            <Badge tone={priorityTone(ticket.priority_name)} label={`Priority: ${ticket.priority_name}`}>{ticket.priority_name}</Badge>
          ) : null}
        </div>
      </header>
      <dl className="ticket-detail__facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        {ticket.contact_phone ? (
          <div>
            <dt>Phone</dt>
            <dd><a href={`tel:${ticket.contact_phone}`}>{ticket.contact_phone}</a></dd>
          </div>
        ) : null}
        {ticket.contact_email ? (
          <div>
            <dt>Email</dt>
            <dd><a href={`mailto:${ticket.contact_email}`}>{ticket.contact_email}</a></dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="description-heading" className="ticket-detail__section">
        <h3 id="description-heading">Description</h3>
        {/* Sanitised with DOMPurify just above (sanitize-html.ts). */}
        <div className="ticket-detail__description" dir="auto" dangerouslySetInnerHTML={{ __html: description }} />
      </section>
    </article>
  );
}

function DetailError({ error, retry }: { error: Error; retry: () => void }) {
  if (error instanceof ApiError && error.kind === "not_found") {
    return <Message title="Ticket not found"><p>It may have been deleted or merged. Go back to the list.</p></Message>;
  }
  if (error instanceof ApiError && error.kind === "forbidden") {
    return <Message title="No access to this ticket"><p>Your Alga account is not allowed to read it. Ask your administrator if you need it.</p></Message>;
  }
  if (error instanceof ApiError && error.kind === "validation") {
    return <Message title="This is not a ticket link"><p>The address does not point to a ticket. Go back to the list.</p></Message>;
  }
  return (
    <Message tone="error" title="The ticket could not be loaded" action={<Button onClick={retry}>Try again</Button>}>
      <p>{error.message}</p>
    </Message>
  );
}
