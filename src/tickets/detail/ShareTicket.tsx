import type { TicketDetail } from "../../api/schemas/tickets";
import { useT } from "../../i18n/active-language";
import { showToast } from "../../ui/Toast";

/** The ticket's link: the system share sheet where there is one (phones), the clipboard otherwise. */
export function ShareTicket({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
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
      showToast({ message: t("ticket.linkCopied", { number: ticket.ticket_number }) });
    } catch {
      showToast({ message: t("ticket.copyThisLink", { url }), durationMs: 10_000 });
    }
  }
  return (
    <button type="button" onClick={() => void share()} aria-label={t("ticket.shareLabel", { number: ticket.ticket_number })}>
      {t("ticket.share")}
    </button>
  );
}
