import type { TicketDetail } from "../api/schemas/tickets";

/** What each section of the ticket screen is given (detail/TicketSections.tsx lists them). */
export interface SectionProps {
  ticket: TicketDetail;
  partial: boolean;
  onDiscardComment: (text: string, isInternal: boolean) => Promise<void>;
}
