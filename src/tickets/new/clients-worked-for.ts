import type { InfiniteData, QueryClient } from "@tanstack/react-query";

interface TicketOnDevice {
  client_id: string | null;
  assigned_to: string | null;
}

/** Each is one request a day: a technician's day rarely spans more clients than this. */
export const CLIENTS_WITH_CONTACTS = 20;

/**
 * The clients the technician works for, as far as the device knows: those of the tickets on it (the lists
 * loaded and the tickets opened), the clients of the technician's own tickets first.
 */
/** Whether any list of tickets has come (from the server or the device): until then nobody's clients are known. */
export function hasTicketsOnDevice(queryClient: QueryClient, ticketsKey: readonly unknown[]): boolean {
  return queryClient.getQueriesData({ queryKey: [...ticketsKey, "list"] }).some(([, list]) => list !== undefined);
}

export function clientsWorkedFor(
  queryClient: QueryClient,
  ticketsKey: readonly unknown[],
  userId: string,
  limit = CLIENTS_WITH_CONTACTS,
): string[] {
  const opened = queryClient
    .getQueriesData<TicketOnDevice>({
      queryKey: [...ticketsKey, "detail"],
      // A ticket's own key; its comments and documents lie deeper.
      predicate: (query) => query.queryKey.length === ticketsKey.length + 2,
    })
    .flatMap(([, ticket]) => (ticket ? [ticket] : []));
  const listed = queryClient
    .getQueriesData<InfiniteData<{ data: TicketOnDevice[] }>>({ queryKey: [...ticketsKey, "list"] })
    .flatMap(([, list]) => list?.pages.flatMap((page) => page.data) ?? []);
  const tickets = [...opened, ...listed];
  const mineFirst = [...tickets.filter((ticket) => ticket.assigned_to === userId), ...tickets];
  const clients = new Set(mineFirst.flatMap((ticket) => (ticket.client_id ? [ticket.client_id] : [])));
  return [...clients].slice(0, limit);
}
