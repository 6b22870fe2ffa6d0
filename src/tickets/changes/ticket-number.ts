import type { QueryClient } from "@tanstack/react-query";
import { listRow } from "./use-ticket";
import type { ticketQueries } from "../ticket-queries";

/** The ticket's number as this device knows it (the ticket opened, or its row in a list), or null. */
export function ticketNumberOnDevice(queryClient: QueryClient, queries: ReturnType<typeof ticketQueries>, ticketId: string) {
  const detail = queryClient.getQueryData(queries.detail(ticketId).queryKey);
  return detail?.ticket_number ?? listRow(queryClient, queries.lists, ticketId)?.ticket_number ?? null;
}
