/** What the tickets screens' chunk holds: the layout with its lists kept on the device, and the empty ticket pane. */
export { TicketsRoute } from "./TicketsRoute";
export { NoTicketSelected } from "../tickets/list/TicketsLayout";
