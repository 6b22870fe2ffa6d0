import type { TicketDetail } from "../../api/schemas/tickets";
import { showToast } from "../../ui/Toast";

/** The ticket's link: the system share sheet where there is one (phones), the clipboard otherwise. */
export function ShareTicket({ ticket }: { ticket: TicketDetail }) {
  const url = `${location.origin}/tickets/${ticket.ticket_id}`;
  async function share() {
    if (navigator.share) {
      try {
        await navigator.share({ title: ticket.ticket_number, url });
        return;
      } catch (error) {
        // The user closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      showToast({ message: `Link to ${ticket.ticket_number} copied` });
    } catch {
      showToast({ message: `Copy this link: ${url}`, durationMs: 10_000 });
    }
  }
  return (
    <button type="button" onClick={() => void share()} aria-label={`Share a link to ${ticket.ticket_number}`}>
      Share
    </button>
  );
}
