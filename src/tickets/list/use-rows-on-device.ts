import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import type { TicketListItem } from "../../api/schemas/tickets";
import { myTicketIdsOnDevice, rowsOnDevice } from "../rows-on-device";
import { sessionScope, useSession } from "../../auth/session";
import { ticketKeys, type TicketListFilters } from "../ticket-queries";
import { inView, mergeInOrder } from "./additional-tickets";

/**
 * While the server cannot be reached, the view also shows the tickets this device holds that belong in it, in the
 * server's order: a search offline finds them, and the list goes on past the pages it loaded. `added` counts them.
 * The "SLA" views need columns most saved rows lack, so they keep what they loaded.
 */
export function useRowsOnDevice(filters: TicketListFilters, loaded: TicketListItem[], offline: boolean) {
  const queryClient = useQueryClient();
  const [server, userId] = sessionScope(useSession()!);
  const keys = useMemo(() => ticketKeys(server, userId), [server, userId]);
  return useMemo(() => {
    if (!offline || filters.withSla) return { tickets: loaded, added: 0 };
    const mine = myTicketIdsOnDevice(queryClient, keys);
    const extra = rowsOnDevice(queryClient, keys).filter((row) => inView(row, filters, mine));
    const tickets = mergeInOrder(loaded, extra, filters, true);
    return { tickets, added: tickets.length - loaded.length };
  }, [offline, filters, loaded, queryClient, keys]);
}
