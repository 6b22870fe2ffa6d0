import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState, type RefObject } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { ApiError } from "../../api/errors";
import { sessionScope, useSession } from "../../auth/session";
import { relativeTime } from "../../lib/relative-time";
import { OnlineIndicator } from "../changes/OnlineIndicator";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { useTicketQueries } from "../ticket-queries";
import { FilterRow } from "./FilterRow";
import { FilterSheet } from "./FilterSheet";
import { activeFilters, defaultView, queryFromView, type ListView } from "./list-view";
import { SearchBox } from "./SearchBox";
import { UnassignedCount } from "./UnassignedCount";
import { rememberedListParams, useListView } from "./use-list-view";
import { usePrefetchDetails } from "./use-prefetch-details";
import { usePullToRefresh } from "./use-pull-to-refresh";
import { VirtualTicketList } from "./VirtualTicketList";
import "./TicketListScreen.css";

interface TicketListScreenProps {
  /** The side-by-side layout's scrolling pane, and the ticket open beside the list. */
  scrollPane?: RefObject<HTMLElement | null>;
  selectedId?: string;
}

export function TicketListScreen(props: TicketListScreenProps) {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const location = useLocation();
  const remembered = rememberedListParams(server, userId);
  // Opening the app (or the Tickets link) brings back the view this user last chose.
  if (location.pathname === "/tickets" && location.search === "" && remembered !== "") {
    return <Navigate to={{ pathname: "/tickets", search: `?${remembered}` }} replace />;
  }
  return <TicketList server={server} userId={userId} {...props} />;
}

function TicketList({ server, userId, scrollPane, selectedId }: { server: string; userId: string } & TicketListScreenProps) {
  const location = useLocation();
  const navigate = useNavigate();
  const queries = useTicketQueries();
  const [view, setView] = useListView(server, userId);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // Fixed for the life of this screen so "updated since" keeps one cache entry while scrolling.
  const [openedAt] = useState(Date.now);
  const list = useInfiniteQuery(queries.list(queryFromView(view, userId, openedAt)));
  const stats = useQuery(queries.stats());
  const tickets = useMemo(() => list.data?.pages.flatMap((page) => page.data) ?? [], [list.data]);
  const total = list.data?.pages[0]?.pagination.total;
  const skipped = list.data?.pages.reduce((count, page) => count + (page.skipped ?? 0), 0) ?? 0;
  const filtered = activeFilters(view).length > 0;
  usePrefetchDetails(useMemo(() => tickets.slice(0, 5).map((ticket) => ticket.ticket_id), [tickets]));
  const pull = usePullToRefresh(() => void list.refetch(), !scrollPane);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const openBeside = useCallback(
    (ticketId: string) => void navigate({ pathname: `/tickets/${ticketId}`, search: location.search }, { replace: true }),
    [navigate, location.search],
  );
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <div className="screen">
      <TopBar
        title="Tickets"
        actions={
          <>
            <OnlineIndicator />
            <button type="button" onClick={() => void list.refetch()} disabled={list.isFetching} aria-label="Refresh tickets">
              <span aria-hidden="true" className={list.isFetching ? "spin" : undefined}>
                ⟳
              </span>
            </button>
            <Link to="/time" aria-label="My time">
              <span aria-hidden="true">⏱</span>
            </Link>
            <Link to="/settings" aria-label="Settings">
              <span aria-hidden="true">⚙</span>
            </Link>
          </>
        }
      />
      <main>
        {pull.pulled > 0 ? (
          <div className="ticket-list__pull" style={{ height: pull.pulled }} aria-hidden="true">
            {pull.ready ? "Release to refresh" : "Pull to refresh"}
          </div>
        ) : null}
        <div className="ticket-list__controls">
          <div className="ticket-list__search-row">
            <SearchBox value={view.search} onSearch={(search) => setView({ ...view, search })} onLeave={() => focusListRow(selectedId)} />
            <Button
              variant="secondary"
              className="ticket-list__filters-toggle"
              aria-haspopup="dialog"
              aria-expanded={filtersOpen}
              onClick={() => setFiltersOpen(true)}
            >
              Sort &amp; filter
            </Button>
          </div>
          <FilterRow view={view} onChange={setView} />
          <div className="ticket-list__summary-row">
            <p className="ticket-list__summary" aria-live="polite">
              {total !== undefined ? `${total.toLocaleString()} ${total === 1 ? "ticket" : "tickets"}` : null}
              {list.dataUpdatedAt ? ` · updated ${relativeTime(new Date(list.dataUpdatedAt).toISOString())}` : null}
              {skipped > 0
                ? ` · ${skipped} ${skipped === 1 ? "ticket" : "tickets"} could not be shown (unreadable answer from the server)`
                : null}
            </p>
            {stats.data ? <UnassignedCount stats={stats.data} view={view} onChange={setView} /> : null}
          </div>
        </div>
        <FilterSheet open={filtersOpen} onClose={() => setFiltersOpen(false)} view={view} onChange={setView} total={total} />
        {list.isPending ? <SkeletonList label="Loading tickets…" /> : null}
        {list.isError && tickets.length === 0 ? <ListError error={list.error} retry={() => void list.refetch()} /> : null}
        {list.isSuccess && tickets.length === 0 ? (
          <EmptyList filtered={filtered} clear={() => setView({ ...defaultView, sort: view.sort, order: view.order })} />
        ) : null}
        {tickets.length > 0 ? (
          <>
            {list.isRefetchError ? (
              <p className="ticket-list__stale" role="status">
                {list.error instanceof ApiError && list.error.kind !== "network"
                  ? list.error.message
                  : "Offline: showing tickets saved on this device."}
              </p>
            ) : null}
            <VirtualTicketList
              tickets={tickets}
              total={total}
              label={listLabel(view)}
              hasMore={Boolean(hasNextPage)}
              loadMore={loadMore}
              search={location.search}
              selectedId={selectedId}
              scrollPane={scrollPane}
              onKeyboardMove={scrollPane ? openBeside : undefined}
            />
            <div className="ticket-list__more">
              {list.isFetchNextPageError ? (
                <Button variant="secondary" onClick={loadMore}>
                  Couldn't load more — try again
                </Button>
              ) : hasNextPage ? (
                <Button variant="secondary" busy={isFetchingNextPage} onClick={loadMore}>
                  Load more
                </Button>
              ) : (
                <p className="ticket-list__end">End of the list.</p>
              )}
            </div>
          </>
        ) : null}
      </main>
    </div>
  );
}

/** Esc in the search box goes back to the list: the open ticket's row, or the first one. */
function focusListRow(selectedId: string | undefined): void {
  const list = document.querySelector(".virtual-list");
  const selected = selectedId ? list?.querySelector<HTMLElement>(`[data-ticket-id="${CSS.escape(selectedId)}"]`) : null;
  const row = selected ?? list?.querySelector<HTMLElement>("[data-ticket-id]");
  if (row) row.focus();
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

function listLabel(view: ListView): string {
  if (view.state === "closed") return "Closed tickets";
  if (view.state === "all") return "Tickets";
  return "Open tickets";
}

function EmptyList({ filtered, clear }: { filtered: boolean; clear: () => void }) {
  if (!filtered) {
    return (
      <Message title="No open tickets">
        <p>Nothing is waiting in this queue. New tickets appear here when they are created.</p>
      </Message>
    );
  }
  return (
    <Message
      title="No tickets match these filters"
      action={
        <Button variant="secondary" onClick={clear}>
          Clear filters
        </Button>
      }
    >
      <p>Try another search or fewer filters.</p>
    </Message>
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
      <p>{offline ? "This view has not been loaded on this device yet. It will load when you're back online." : error.message}</p>
    </Message>
  );
}
