import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import { useTicketQueries } from "../ticket-queries";

/**
 * Whether this server sends SLA columns, as far as the tickets on this device show (the list prefetches a few):
 * SLA controls are offered only then, never guessed (fieldkit §7.2). No request of its own.
 */
export function useServerHasSla(): boolean {
  const queryClient = useQueryClient();
  const detailKey = [...useTicketQueries().all, "detail"];
  const key = JSON.stringify(detailKey);
  const hasSla = useCallback(
    () =>
      queryClient
        .getQueriesData<object>({ queryKey: JSON.parse(key) as unknown[] })
        .some(([, data]) => data !== null && typeof data === "object" && "sla_policy_id" in data),
    [queryClient, key],
  );
  const subscribe = useCallback((listener: () => void) => queryClient.getQueryCache().subscribe(listener), [queryClient]);
  return useSyncExternalStore(subscribe, hasSla);
}
