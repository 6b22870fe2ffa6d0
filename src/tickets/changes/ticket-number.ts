import type { QueryClient } from "@tanstack/react-query";
import { rowOnDevice } from "../rows-on-device";
import type { ticketQueries } from "../ticket-queries";

/** The ticket's number as this device knows it (the ticket opened, or its row in a list or among the user's own), or null. */
export function ticketNumberOnDevice(queryClient: QueryClient, queries: ReturnType<typeof ticketQueries>, ticketId: string) {
  const detail = queryClient.getQueryData(queries.detail(ticketId).queryKey);
  return detail?.ticket_number ?? rowOnDevice(queryClient, queries, ticketId)?.ticket_number ?? null;
}
