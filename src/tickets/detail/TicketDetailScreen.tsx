import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useLocation, useParams } from "react-router";
import { ApiError } from "../../api/errors";
import { sessionScope, useSession } from "../../auth/session";
import { OnlineIndicator } from "../changes/OnlineIndicator";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries } from "../ticket-queries";
import { CommentComposer } from "./CommentComposer";
import { CommentList } from "./CommentList";
import { draftKey, restoreIntoDraft } from "./draft-store";
import { PendingChanges } from "./PendingChanges";
import { TicketChanges } from "./TicketChanges";
import { TicketSummary } from "./TicketSummary";
import { TimeEntryForm } from "./TimeEntryForm";
import "./TicketDetailScreen.css";

export function TicketDetailScreen() {
  const { ticketId = "" } = useParams();
  const queries = useTicketQueries();
  const ticket = useQuery(queries.detail(ticketId));
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const draft = draftKey(server, userId, ticketId);
  // Bumped when a discarded comment is put back into the draft, to reload the composer.
  const [draftVersion, setDraftVersion] = useState(0);
  const restoreComment = useCallback(
    async (text: string, isInternal: boolean) => {
      await restoreIntoDraft(draft, text, isInternal);
      setDraftVersion((version) => version + 1);
    },
    [draft],
  );
  const { search } = useLocation();
  const back = { to: `/tickets${search}`, label: "Back to tickets" };

  if (ticket.isPending) {
    return (
      <div className="screen">
        <TopBar title="Ticket" back={back} />
        <main>
          <SkeletonList rows={3} label="Loading ticket…" />
        </main>
      </div>
    );
  }
  if (ticket.isError) {
    return (
      <div className="screen">
        <TopBar title="Ticket" back={back} />
        <main>
          <DetailError error={ticket.error} retry={() => void ticket.refetch()} />
        </main>
      </div>
    );
  }
  return (
    <div className="screen">
      <TopBar title={ticket.data.ticket_number} back={back} actions={<OnlineIndicator />} />
      <main>
        <article className="ticket-screen">
          <TicketSummary ticket={ticket.data} server={session.server} />
          <TicketChanges ticket={ticket.data} />
          <PendingChanges ticketId={ticketId} onDiscardComment={restoreComment} />
          <CommentComposer key={draftVersion} ticketId={ticketId} draftKey={draft} scope={`${server}:${userId}`} />
          <CommentList ticketId={ticketId} />
          <TimeEntryForm ticketId={ticketId} />
        </article>
      </main>
    </div>
  );
}

function DetailError({ error, retry }: { error: Error; retry: () => void }) {
  if (error instanceof ApiError && error.kind === "not_found") {
    return (
      <Message title="Ticket not found">
        <p>It may have been deleted or merged. Go back to the list.</p>
      </Message>
    );
  }
  if (error instanceof ApiError && error.kind === "forbidden") {
    return (
      <Message title="No access to this ticket">
        <p>Your Alga account is not allowed to read it. Ask your administrator if you need it.</p>
      </Message>
    );
  }
  if (error instanceof ApiError && error.kind === "validation") {
    return (
      <Message title="This is not a ticket link">
        <p>The address does not point to a ticket. Go back to the list.</p>
      </Message>
    );
  }
  return (
    <Message tone="error" title="The ticket could not be loaded" action={<Button onClick={retry}>Try again</Button>}>
      <p>{error.message}</p>
    </Message>
  );
}
