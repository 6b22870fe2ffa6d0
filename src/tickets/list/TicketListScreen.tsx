import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { ApiError } from "../../api/errors";
import { relativeTime } from "../../lib/relative-time";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries, type TicketListFilters } from "../ticket-queries";
import { StatsStrip } from "./StatsStrip";
import { TicketRow } from "./TicketRow";
import "./TicketListScreen.css";

// The technician's default queue: open tickets, most recently updated first.
const defaultFilters: TicketListFilters = { sort: "updated_at", order: "desc", is_open: true };

export function TicketListScreen() {
  const queries = useTicketQueries();
  const list = useInfiniteQuery(queries.list(defaultFilters));
  const stats = useQuery(queries.stats());
  const tickets = list.data?.pages.flatMap((page) => page.data) ?? [];
  const total = list.data?.pages[0]?.pagination.total;

  return (
    <div className="screen">
      <TopBar
        title="Tickets"
        actions={
          <>
            <button type="button" onClick={() => void list.refetch()} disabled={list.isFetching} aria-label="Refresh tickets">
              <span aria-hidden="true">⟳</span>
            </button>
            <Link to="/settings" aria-label="Settings">
              <span aria-hidden="true">⚙</span>
            </Link>
          </>
        }
      />
      <main>
        {stats.data ? <StatsStrip stats={stats.data} /> : null}
        {list.isPending ? <SkeletonList label="Loading tickets…" /> : null}
        {list.isError && tickets.length === 0 ? <ListError error={list.error} retry={() => void list.refetch()} /> : null}
        {list.isSuccess && tickets.length === 0 ? (
          <Message title="No open tickets">
            <p>Nothing is waiting in this queue. New tickets appear here when they are created.</p>
          </Message>
        ) : null}
        {tickets.length > 0 ? (
          <>
            <p className="ticket-list__summary" aria-live="polite">
              {total !== undefined ? `${total} open tickets` : null}
              {list.dataUpdatedAt ? ` · updated ${relativeTime(new Date(list.dataUpdatedAt).toISOString())}` : null}
            </p>
            <ul className="ticket-list" aria-label="Open tickets">
              {tickets.map((ticket) => (
                <TicketRow key={ticket.ticket_id} ticket={ticket} />
              ))}
            </ul>
            <div className="ticket-list__more">
              {list.hasNextPage ? (
                <Button variant="secondary" busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  Load more
                </Button>
              ) : (
                <p className="ticket-list__end">That's every open ticket.</p>
              )}
              {list.isFetchNextPageError ? <p role="alert">{(list.error as ApiError).message}</p> : null}
            </div>
          </>
        ) : null}
      </main>
    </div>
  );
}

function ListError({ error, retry }: { error: Error; retry: () => void }) {
  const offline = error instanceof ApiError && (error.kind === "network" || error.kind === "timeout");
  return (
    <Message
      tone="error"
      title={offline ? "You're offline" : "Tickets could not be loaded"}
      action={<Button onClick={retry}>Try again</Button>}
    >
      <p>{offline ? "Tickets you opened before are kept on this device; new ones load when you're back online." : error.message}</p>
    </Message>
  );
}
