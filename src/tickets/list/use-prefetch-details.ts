import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTicketQueries } from "../ticket-queries";

const PREFETCHED_ROWS = 5;

/**
 * Loads the first rows' tickets when the browser is idle, as the native app does: the ticket a
 * technician opens next usually opens instantly, and is there offline too.
 */
export function usePrefetchDetails(ticketIds: string[]): void {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const latest = useRef(queries);
  useEffect(() => {
    latest.current = queries;
  });
  const key = ticketIds.slice(0, PREFETCHED_ROWS).join(",");
  useEffect(() => {
    if (!key) return;
    const prefetch = () => key.split(",").forEach((id) => void queryClient.prefetchQuery(latest.current.detail(id)));
    if ("requestIdleCallback" in window) {
      const handle = requestIdleCallback(prefetch, { timeout: 3_000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 1_000);
    return () => clearTimeout(timer);
  }, [key, queryClient]);
}
