import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { MyTickets } from "../api/activities";
import type { TicketListItem } from "../api/schemas/tickets";
import type { TicketActivity } from "../api/schemas/activities";
import type { ticketKeys, ticketQueries } from "./ticket-queries";

type ListPages = InfiniteData<{ data: TicketListItem[] }>;
type Keys = Pick<ReturnType<typeof ticketKeys>, "lists" | "myTickets">;

/** A ticket of `activities?type=ticket` as a list row. The feed has no tags, SLA columns or the primary's name: those stay empty. */
export function activityRow(ticket: TicketActivity): TicketListItem {
  return {
    ticket_id: ticket.id,
    ticket_number: ticket.ticketNumber,
    title: ticket.title,
    status_id: ticket.statusId ?? null,
    // The feed says "Unknown" for a ticket without a status.
    status_name: ticket.statusId ? ticket.status : null,
    status_is_closed: ticket.isClosed ?? null,
    priority_name: ticket.priorityName ?? null,
    assigned_to_name: null,
    client_name: ticket.clientName ?? null,
    contact_name: ticket.contactName ?? null,
    updated_at: ticket.updatedAt,
    entered_at: ticket.createdAt,
    closed_at: null,
    tags: [],
    entered_by: null,
    assigned_to: ticket.assignedTo[0] ?? null,
    client_id: ticket.clientId ?? null,
    board_id: ticket.boardId ?? null,
    assigned_team_id: null,
  };
}

/**
 * Every ticket row this device holds: the pages of every list it loaded, and the user's own tickets (primary or
 * additional agent), which are kept whole (`activities?type=ticket`, awareness §4). One row per ticket, the most
 * recently updated copy; a list's row wins a tie, since it carries tags and the assignee's name.
 */
export function rowsOnDevice(queryClient: QueryClient, keys: Keys): TicketListItem[] {
  const listed = queryClient.getQueriesData<ListPages>({ queryKey: keys.lists }).flatMap(([, list]) => list?.pages ?? []);
  const mine = queryClient
    .getQueriesData<MyTickets>({ queryKey: keys.myTickets })
    .flatMap(([, answer]) => (answer?.supported ? answer.tickets.map(activityRow) : []));
  const rows = new Map<string, TicketListItem>();
  for (const row of [...listed.flatMap((page) => page.data), ...mine]) {
    const held = rows.get(row.ticket_id);
    if (!held || updatedMs(row) > updatedMs(held)) rows.set(row.ticket_id, row);
  }
  return [...rows.values()];
}

/** The ids of the user's own tickets on the device, primary or additional agent. */
export function myTicketIdsOnDevice(queryClient: QueryClient, keys: Keys): Set<string> {
  return new Set(
    queryClient
      .getQueriesData<MyTickets>({ queryKey: keys.myTickets })
      .flatMap(([, answer]) => (answer?.supported ? answer.tickets.map((ticket) => ticket.id) : [])),
  );
}

/** One ticket's row on the device (what a list showed), if there is one. */
export function rowOnDevice(queryClient: QueryClient, keys: Keys, ticketId: string): TicketListItem | null {
  return rowsOnDevice(queryClient, keys).find((row) => row.ticket_id === ticketId) ?? null;
}

/** A ticket's number and title as this device knows them: the ticket opened, else its row. No request. */
export function ticketOnDevice(
  queryClient: QueryClient,
  queries: ReturnType<typeof ticketQueries>,
  ticketId: string,
): { number: string; title: string } | null {
  const ticket = queryClient.getQueryData(queries.detail(ticketId).queryKey) ?? rowOnDevice(queryClient, queries, ticketId);
  return ticket ? { number: ticket.ticket_number, title: ticket.title ?? "" } : null;
}

function updatedMs(row: TicketListItem): number {
  const updated = row.updated_at ?? row.entered_at;
  return updated ? Date.parse(updated) : 0;
}
