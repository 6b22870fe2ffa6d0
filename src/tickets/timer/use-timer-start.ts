import { useQuery } from "@tanstack/react-query";
import { clientForAccount } from "../../api/client";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { apiClient } from "../../api/app-client";
import { useTicketQueries } from "../ticket-queries";
import { lastService } from "../time/last-service";
import { startTimer } from "./save-timer";
import { timerKey } from "./timer-store";

/**
 * Starts the timer on a ticket with one tap. The server's session needs a service (fieldkit §4.6): the
 * last one used, else the first offered; the review at the stop can change it.
 */
export function useTimerStart(ticket: Pick<TicketDetail, "ticket_id" | "ticket_number" | "title">) {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const api = clientForAccount(apiClient(), { server, userId });
  const services = useQuery(useTicketQueries().services());
  return () =>
    startTimer(
      timerKey(session),
      api,
      { ticketId: ticket.ticket_id, ticketNumber: ticket.ticket_number, ticketTitle: ticket.title ?? "" },
      lastService() || services.data?.[0]?.service_id || "",
    );
}
