import type { TicketDetail } from "../../api/schemas/tickets";
import { useT } from "../../i18n/active-language";
import { sessionScope, useSession } from "../../auth/session";
import { LogCallForm } from "./LogCallForm";
import { pendingCall } from "./pending-call";

/** The call waiting to be logged on this ticket, if it still is (another tab may have logged it). */
export function LogCallPrompt({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const call = pendingCall(...sessionScope(useSession()!), ticket.ticket_id);
  if (!call) return <p>{t("contact.alreadyLogged")}</p>;
  return <LogCallForm ticket={ticket} call={call} onDone={onDone} />;
}
