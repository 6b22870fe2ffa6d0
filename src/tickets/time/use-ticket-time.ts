import { useQuery } from "@tanstack/react-query";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { useTicketQueries } from "../ticket-queries";
import { rowFromSummary, withQueued } from "./time-rows";
import { useTimeQueries } from "./time-queries";

/** A ticket's time: the server's entries (fieldkit §4.5) with what this device has not sent yet. */
export function useTicketTime(ticketId: string) {
  const summary = useQuery(useTimeQueries().ticket(ticketId));
  const services = useQuery(useTicketQueries().services());
  const queue = useOutboxQueue().filter((item) => item.change.ticketId === ticketId);
  const serviceName = (id: string) => services.data?.find((service) => service.service_id === id)?.service_name ?? null;
  const rows = withQueued(
    (summary.data?.entries ?? []).map((entry) => rowFromSummary(ticketId, entry)),
    queue,
    serviceName,
  );
  return { summary, rows };
}
