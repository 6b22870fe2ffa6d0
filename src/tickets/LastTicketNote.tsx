import { Navigate } from "react-router";
import { sessionScope, useSession } from "../auth/session";
import { lastTicket } from "./last-ticket";

/** Where the state a navigation carries asks the ticket screen to put the cursor. */
export interface TicketArrival {
  focus?: "composer";
}

/**
 * The "New note" app shortcut (manifest): the ticket this user last opened, with the cursor in its
 * composer. With no ticket opened yet on this device, the list.
 */
export function LastTicketNote() {
  const [server, userId] = sessionScope(useSession()!);
  const ticketId = lastTicket(server, userId);
  if (!ticketId) return <Navigate to="/tickets" replace />;
  const arrival: TicketArrival = { focus: "composer" };
  return <Navigate to={`/tickets/${encodeURIComponent(ticketId)}`} state={arrival} replace />;
}
