import type { TicketDetail } from "../../api/schemas/tickets";
import { RichText } from "../../i18n/RichText";
import { useT } from "../../i18n/active-language";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { AssigneePicker } from "./AssigneePicker";
import { TicketAgents } from "./TicketAgents";
import { useShownFields } from "./shown-fields";
import { queueChange } from "../changes/use-queue-change";

export function AssigneeSheet({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const session = useSession()!;
  const { assignedTo, assigneeName } = useShownFields(ticket);
  const assign = (userId: string | null, name: string) => {
    if (userId !== assignedTo)
      void queueChange({ kind: "assignment", ticketId: ticket.ticket_id, assignedTo: userId, label: name }, ticket.updated_at);
    onDone();
  };
  return (
    <div className="sheet-form">
      <p>
        <RichText text={t("fields.now")} parts={{ name: <strong>{assigneeName}</strong> }} />
      </p>
      <div className="sheet-row">
        {assignedTo !== session.user.id ? (
          <Button variant="secondary" onClick={() => assign(session.user.id, session.user.name ?? t("fields.me"))}>
            {t("fields.assignToMe")}
          </Button>
        ) : null}
        {assignedTo ? (
          <Button variant="secondary" onClick={() => assign(null, t("fields.unassigned"))}>
            {t("fields.unassign")}
          </Button>
        ) : null}
      </div>
      {/* Who works on it first: the primary picker's results would push them below a phone's fold. */}
      <TicketAgents ticket={ticket} />
      <AssigneePicker label={t("fields.newPrimaryAgent")} onPick={(userId, name) => assign(userId, name)} />
    </div>
  );
}
