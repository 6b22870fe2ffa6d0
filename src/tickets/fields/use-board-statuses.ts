import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { TicketStatus } from "../../api/schemas/tickets";
import { useTicketQueries } from "../ticket-queries";

/**
 * The statuses a ticket can take (statuses belong to boards: contract README fact 8). Offline, the
 * list's cached statuses of every board stand in, so a ticket never opened can still change status.
 */
export function useBoardStatuses(boardId: string | null | undefined): TicketStatus[] {
  const queries = useTicketQueries();
  const queryClient = useQueryClient();
  const board = useQuery({ ...queries.statuses(boardId ?? undefined), enabled: Boolean(boardId) });
  if (board.data) return board.data;
  const everyBoard = queryClient.getQueryData(queries.statuses().queryKey);
  return everyBoard?.filter((status) => status.board_id === boardId) ?? [];
}
