import type { QueryClient } from "@tanstack/react-query";
import { ticketOnDevice } from "../rows-on-device";
import type { ticketQueries } from "../ticket-queries";

/** The ticket's number as this device knows it (the ticket opened, or its row in a list or among the user's own), or null. */
export function ticketNumberOnDevice(queryClient: QueryClient, queries: ReturnType<typeof ticketQueries>, ticketId: string) {
  return ticketOnDevice(queryClient, queries, ticketId)?.number ?? null;
}
