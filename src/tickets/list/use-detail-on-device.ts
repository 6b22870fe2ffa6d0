import { hashKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useTicketQueries } from "../ticket-queries";

/**
 * The ticket's detail if the device holds it, never fetched: a list row reads what `fields=mobile_list` lacks
 * (SLA columns, due date) from it. Read from the cache rather than through `useQuery`, which would add an empty
 * entry for every row scrolled past; each row listens only while it is rendered (the list is virtual).
 */
export function useDetailOnDevice(ticketId: string): TicketDetail | undefined {
  const queryClient = useQueryClient();
  const queryKey = useTicketQueries().detail(ticketId).queryKey;
  const hash = hashKey(queryKey);
  const subscribe = useCallback(
    (onChange: () => void) =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.query.queryHash === hash) onChange();
      }),
    [queryClient, hash],
  );
  return useSyncExternalStore(subscribe, () => queryClient.getQueryData<TicketDetail>(queryKey));
}
