import { useEffect, useMemo } from "react";
import type { TicketListItem } from "../../api/schemas/tickets";
import { atRiskRows } from "../sla/sla-rows";
import { useNow } from "../../lib/use-now";
import type { ListView } from "./list-view";

/** Under "SLA at risk", pages are loaded until a screenful is found or no later page can hold one. */
const WANTED_ROWS = 10;

/** The rows the list shows: all loaded ones, or under "SLA at risk" those at risk or breached, most urgent first. */
export function useSlaView(view: ListView, loaded: TicketListItem[], paging: { hasNextPage: boolean; loadMore: () => void }) {
  const now = useNow(60_000);
  const shown = useMemo(() => {
    if (view.sla !== "risk") return { on: false, tickets: loaded, known: true, morePossible: true };
    const { rows, known, morePossible } = atRiskRows(loaded, new Date(now));
    return { on: true, tickets: rows, known, morePossible };
  }, [view.sla, loaded, now]);
  const { hasNextPage, loadMore } = paging;
  const keepLoading = shown.on && shown.morePossible && hasNextPage && shown.tickets.length < WANTED_ROWS;
  useEffect(() => {
    if (keepLoading) loadMore();
  }, [keepLoading, loadMore, loaded.length]);
  return shown;
}
