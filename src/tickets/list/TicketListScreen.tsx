import { errorText } from "../../auth/error-text";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo, useState, type RefObject } from "react";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { isUnreachable } from "../../api/errors";
import type { TicketListItem } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { relativeTime } from "../../lib/relative-time";
import { OnlineIndicator } from "../changes/OnlineIndicator";
import { Button } from "../../ui/Button";
import { Message } from "../../ui/Message";
import { SkeletonList } from "../../ui/Skeleton";
import { TopBar } from "../../ui/TopBar";
import { useQueuedTickets } from "../changes/queued-tickets";
import { useTicketQueries } from "../ticket-queries";
import { useServerHasSla } from "../sla/use-server-has-sla";
import { useUnseenTickets } from "../unread/use-unseen";
import { FilterRow } from "./FilterRow";
import { FilterSheet } from "./FilterSheet";
import { activeFilters, defaultView, queryFromView, type ListView } from "./list-view";
import { SearchBox } from "./SearchBox";
import { listShortcuts, useListHelpKey } from "./list-shortcuts";
import { Sheet } from "../../ui/Sheet";
import { ShortcutsList } from "../../ui/ShortcutsList";
import { UnassignedCount } from "./UnassignedCount";
import { useAdditionalTickets, useMyTicketsKept } from "./use-additional-tickets";
import { rememberedListParams, useListView } from "./use-list-view";
import { usePrefetchDetails } from "./use-prefetch-details";
import { usePullToRefresh } from "./use-pull-to-refresh";
import { useRowsOnDevice } from "./use-rows-on-device";
import { useSlaView } from "./use-sla-view";
import { VirtualTicketList } from "./VirtualTicketList";
import { t, useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
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
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const queries = useTicketQueries();
  const [view, setView] = useListView(server, userId);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useListHelpKey(
    !selectedId,
    useCallback(() => setHelpOpen(true), []),
  );
  // Fixed for the life of this screen so "updated since" keeps one cache entry while scrolling.
  const [openedAt] = useState(Date.now);
  const filters = useMemo(() => queryFromView(view, userId, openedAt), [view, userId, openedAt]);
  const list = useInfiniteQuery(queries.list(filters));
  const stats = useQuery(queries.stats());
  const pages = useMemo(() => list.data?.pages.flatMap((page) => page.data) ?? [], [list.data]);
  const helping = useAdditionalTickets(filters, pages, list.isSuccess && !list.hasNextPage);
  useMyTicketsKept();
  const offline = list.isError && isUnreachable(list.error);
  const onDevice = useRowsOnDevice(filters, helping.tickets, offline);
  const loaded = onDevice.tickets;
  const { isFetchingNextPage, fetchNextPage } = list;
  const loadPage = useCallback(() => {
    if (list.hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [list.hasNextPage, isFetchingNextPage, fetchNextPage]);
  const sla = useSlaView(view, loaded, { hasNextPage: list.hasNextPage, loadMore: loadPage });
  const { tickets, waiting } = useWithQueuedTickets(sla.tickets, view);
  const slaKnown = useServerHasSla();
  const unseen = useUnseenTickets(loaded);
  const serverTotal = list.data?.pages[0]?.pagination.total;
  const total = sla.on ? sla.tickets.length : serverTotal === undefined ? undefined : serverTotal + helping.count;
  const skipped = list.data?.pages.reduce((count, page) => count + (page.skipped ?? 0), 0) ?? 0;
  const filtered = activeFilters(view).length > 0;
  usePrefetchDetails(useMemo(() => loaded.slice(0, 5).map((ticket) => ticket.ticket_id), [loaded]));
  const refresh = () => {
    void list.refetch();
    helping.refetch();
  };
  const pull = usePullToRefresh(refresh, !scrollPane);
  const hasNextPage = list.hasNextPage && sla.morePossible;
  const openBeside = useCallback(
    (ticketId: string) => void navigate({ pathname: `/tickets/${ticketId}`, search: location.search }, { replace: true }),
    [navigate, location.search],
  );
  const loadMore = hasNextPage ? loadPage : noMore;

  return (
    <div className="screen">
      <TopBar
        title={t("list.title")}
        actions={
          <>
            {/* A plus in the bar, beside the other actions: the title and the offline pill need the width. */}
            <Link to="/tickets/new" className="ticket-list__new" title={t("list.newTicket")}>
              <span aria-hidden="true">+</span>
              <span className="visually-hidden">{t("list.newTicket")}</span>
            </Link>
            <OnlineIndicator />
            <ForMeLink unseen={unseen.size} />
            <button type="button" onClick={refresh} disabled={list.isFetching} aria-label={t("list.refresh")}>
              <span aria-hidden="true" className={list.isFetching ? "spin" : undefined}>
                ⟳
              </span>
            </button>
            <Link to="/time" aria-label={t("list.myTime")}>
              {/* Drawn, not a character: phone fonts often lack the clock symbols. */}
              <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2">
                <circle cx="12" cy="12" r="9" />
                <path d="M12 7v5l3 2" strokeLinecap="round" />
              </svg>
            </Link>
            <Link to="/settings" aria-label={t("list.settings")}>
              <span aria-hidden="true">⚙</span>
            </Link>
          </>
        }
      />
      <main>
        {pull.pulled > 0 ? (
          <div className="ticket-list__pull" style={{ height: pull.pulled }} aria-hidden="true">
            {t(pull.ready ? "list.releaseToRefresh" : "list.pullToRefresh")}
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
              {t("list.sortAndFilter")}
            </Button>
          </div>
          <FilterRow view={view} onChange={setView} slaKnown={slaKnown} />
          <div className="ticket-list__summary-row">
            <p className="ticket-list__summary" aria-live="polite">
              {/* Separate facts, each a whole phrase of the catalogue. */}
              {[
                total !== undefined ? t(sla.on ? "list.countAtRisk" : "list.count", { n: total }) : null,
                list.dataUpdatedAt ? t("list.updatedAgo", { time: relativeTime(new Date(list.dataUpdatedAt).toISOString()) }) : null,
                skipped > 0 ? t("list.skipped", { n: skipped }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {stats.data ? <UnassignedCount stats={stats.data} view={view} onChange={setView} /> : null}
          </div>
        </div>
        <FilterSheet
          open={filtersOpen}
          onClose={() => setFiltersOpen(false)}
          view={view}
          onChange={setView}
          total={total}
          slaKnown={slaKnown}
        />
        <Sheet open={helpOpen} onClose={() => setHelpOpen(false)} title={t("list.keysTitle")}>
          <ShortcutsList shortcuts={listShortcuts} />
        </Sheet>
        {sla.on && !sla.known ? (
          <p className="ticket-list__stale" role="status">
            {t("list.noSlaTargets")}
          </p>
        ) : null}
        {helping.unchecked ? (
          <p className="ticket-list__stale" role="status">
            {t("list.additionalNotInView")}
          </p>
        ) : null}
        {list.isPending ? <SkeletonList label={t("list.loadingTickets")} /> : null}
        {list.isError && tickets.length === 0 ? (
          <ListError error={list.error} searched={view.search.trim() !== ""} retry={() => void list.refetch()} />
        ) : null}
        {list.isSuccess && tickets.length === 0 && !hasNextPage ? (
          <EmptyList filtered={filtered} clear={() => setView({ ...defaultView, sort: view.sort, order: view.order })} />
        ) : null}
        {tickets.length > 0 ? (
          <>
            {offline ? (
              <p className="ticket-list__stale" role="status">
                {onDevice.added > 0 ? t("list.offlineFromDevice", { n: onDevice.added }) : t("list.offlineSaved")}
              </p>
            ) : list.isRefetchError ? (
              <p className="ticket-list__stale" role="status">
                {errorText(list.error)}
              </p>
            ) : null}
            <VirtualTicketList
              tickets={tickets}
              total={total === undefined ? undefined : total + waiting.size}
              waiting={waiting}
              unseen={unseen}
              additional={helping.additional}
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
                  {t(offline ? "list.loadMoreOffline" : "list.loadMoreFailed")}
                </Button>
              ) : hasNextPage ? (
                <Button variant="secondary" busy={isFetchingNextPage} onClick={loadMore}>
                  {t("list.loadMore")}
                </Button>
              ) : offline ? null : (
                // Offline, the end of what the device holds is not the end of the list.
                <p className="ticket-list__end">{t("list.end")}</p>
              )}
            </div>
          </>
        ) : null}
      </main>
    </div>
  );
}

const noMore = () => undefined;

/** One tap to what needs the technician, saying how many tickets have something new. */
function ForMeLink({ unseen }: { unseen: number }) {
  const label = unseen > 0 ? t("list.forMeUnseen", { n: unseen }) : t("list.forMe");
  return (
    <Link to="/for-me" className="ticket-list__for-me" aria-label={label}>
      {/* A drawn bell, not the words: at 360 px the words pushed the screen's title out of the bar. */}
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2">
        <path d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15z" strokeLinejoin="round" />
        <path d="M10 20.5a2 2 0 0 0 4 0" strokeLinecap="round" />
      </svg>
      {unseen > 0 ? (
        <span className="ticket-list__for-me-count" aria-hidden="true">
          {unseen > 99 ? "99+" : unseen}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * Tickets created on this device and not on the server yet, at the top of the list, marked: unless the view
 * shows closed tickets only, or searches for something they do not hold.
 */
function useWithQueuedTickets(loaded: TicketListItem[], view: ListView) {
  const queued = useQueuedTickets();
  return useMemo(() => {
    const search = view.search.trim().toLowerCase();
    const shown = queued.filter(
      ({ row }) => view.state !== "closed" && (!search || `${row.title} ${row.client_name}`.toLowerCase().includes(search)),
    );
    const waiting = new Map(
      shown.map(({ row, item }): [string, MessageKey] => [
        row.ticket_id,
        item.state === "failed" ? "list.notAccepted" : "list.waitingToSend",
      ]),
    );
    return { tickets: shown.length > 0 ? [...shown.map(({ row }) => row), ...loaded] : loaded, waiting };
  }, [queued, loaded, view.search, view.state]);
}

/** Esc in the search box goes back to the list: the open ticket's row, or the first one. */
function focusListRow(selectedId: string | undefined): void {
  const list = document.querySelector(".virtual-list");
  const selected = selectedId ? list?.querySelector<HTMLElement>(`[data-ticket-id="${CSS.escape(selectedId)}"]`) : null;
  const row = selected ?? list?.querySelector<HTMLElement>("[data-ticket-id]");
  if (row) row.focus();
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

const listLabels: Record<ListView["state"], MessageKey> = { closed: "list.labelClosed", all: "list.labelAll", open: "list.labelOpen" };

function listLabel(view: ListView): string {
  return t(listLabels[view.state]);
}

function EmptyList({ filtered, clear }: { filtered: boolean; clear: () => void }) {
  if (!filtered) {
    return (
      <Message title={t("list.emptyTitle")}>
        <p>{t("list.emptyBody")}</p>
      </Message>
    );
  }
  return (
    <Message
      title={t("list.noMatchTitle")}
      action={
        <Button variant="secondary" onClick={clear}>
          {t("list.clearFilters")}
        </Button>
      }
    >
      <p>{t("list.noMatchBody")}</p>
    </Message>
  );
}

function ListError({ error, searched, retry }: { error: Error; searched: boolean; retry: () => void }) {
  const offline = isUnreachable(error);
  return (
    <Message
      tone="error"
      title={t(offline ? "list.offlineTitle" : "list.loadFailedTitle")}
      action={<Button onClick={retry}>{t("list.tryAgain")}</Button>}
    >
      <p>{offline ? t(searched ? "list.offlineNoMatch" : "list.offlineBody") : errorText(error)}</p>
    </Message>
  );
}
