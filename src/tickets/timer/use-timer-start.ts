import { useQuery } from "@tanstack/react-query";
import { clientForAccount } from "../../api/client";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { apiClient } from "../../api/app-client";
import { useTicketQueries } from "../ticket-queries";
import { lastService } from "../time/last-service";
import { startTimer, stopOtherSession } from "./save-timer";
import { syncStopwatch } from "./stopwatch-timer";
import { timerKey, type StoredTimer } from "./timer-store";

/**
 * What starting the server's session needs (fieldkit §4.6): the account's timer key and client, and a
 * service: the last one used, else the first offered; the review at the stop can change it.
 */
function useTimerServer() {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const api = clientForAccount(apiClient(), { server, userId });
  const services = useQuery(useTicketQueries().services());
  return { key: timerKey(session), api, serviceId: () => lastService() || services.data?.[0]?.service_id || "" };
}

/** Starts the timer on a ticket with one tap. */
export function useTimerStart(ticket: Pick<TicketDetail, "ticket_id" | "ticket_number" | "title">) {
  const { key, api, serviceId } = useTimerServer();
  return () =>
    startTimer(key, api, { ticketId: ticket.ticket_id, ticketNumber: ticket.ticket_number, ticketTitle: ticket.title ?? "" }, serviceId());
}

/** Stops the server's timer that runs elsewhere, and starts this timer's session in its place. */
export function useStopOtherTimer() {
  const { key, api, serviceId } = useTimerServer();
  return (timer: StoredTimer) => stopOtherSession(key, api, timer, serviceId());
}

/** Sends the timer's pause or resume to the server's stopwatch, when it has one (awareness §10.3). */
export function useStopwatchSync() {
  const { key, api } = useTimerServer();
  return () => syncStopwatch(key, api);
}
