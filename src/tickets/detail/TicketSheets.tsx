import type { TicketDetail } from "../../api/schemas/tickets";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useT } from "../../i18n/active-language";
import { Sheet } from "../../ui/Sheet";
import { AssigneeSheet } from "../fields/AssigneeSheet";
import { DueSheet } from "../fields/DueSheet";
import { LogTimeForm } from "../time/LogTimeForm";
import { PrioritySheet } from "../fields/PrioritySheet";
import { ShortcutsList } from "../../ui/ShortcutsList";
import { ticketShortcuts } from "./use-ticket-shortcuts";
import { StatusSheet } from "../fields/StatusSheet";
import { ResolveSheet } from "./ResolveSheet";
import { TimerSheet } from "../timer/TimerSheet";
import { useTimer } from "../timer/timer-store";
import { sessionScope, useSession } from "../../auth/session";
import { asksSignOff } from "../sign-off/board-choice";
import { SignOffSheet } from "../sign-off/SignOffSheet";
import { useSignOffSettled } from "../sign-off/signed-tickets";
import type { SheetName } from "./sheet-name";
import { ContactCard } from "../contact/ContactCard";
import { LogCallPrompt } from "../contact/LogCallPrompt";

const titles: Record<SheetName, MessageKey> = {
  status: "ticket.sheetStatus",
  resolve: "ticket.sheetResolve",
  priority: "ticket.sheetPriority",
  assignee: "ticket.sheetAssignee",
  due: "ticket.sheetDue",
  time: "ticket.sheetTime",
  help: "ticket.sheetHelp",
  timerStop: "ticket.sheetTimerStop",
  timerSwitch: "ticket.sheetTimerSwitch",
  signOff: "ticket.sheetSignOff",
  contact: "ticket.sheetContact",
  logCall: "ticket.sheetLogCall",
};

/** Every sheet of the ticket screen; one is open at a time. */
export function TicketSheets({
  ticket,
  sheet,
  onClose,
  openSheet,
  showSection,
}: {
  ticket: TicketDetail;
  sheet: SheetName | null;
  onClose: () => void;
  openSheet: (sheet: SheetName) => void;
  showSection: (section: string) => void;
}) {
  const t = useT();
  const session = useSession()!;
  const settled = useSignOffSettled(ticket.ticket_id);
  const timer = useTimer();
  // On a board where the technician asked for it, Resolve takes the customer's sign-off first (or a pass over it).
  const signOffFirst = sheet === "resolve" && !settled && asksSignOff(...sessionScope(session), ticket.board_id);
  const shown = signOffFirst ? "signOff" : sheet;
  return (
    <Sheet open={shown !== null} onClose={onClose} title={shown ? t(titles[shown]) : ""}>
      {shown === "signOff" ? (
        <SignOffSheet ticket={ticket} onSaved={() => openSheet("resolve")} onSkip={signOffFirst ? () => openSheet("resolve") : undefined} />
      ) : null}
      {sheet === "status" ? <StatusSheet ticket={ticket} onDone={onClose} /> : null}
      {shown === "resolve" ? <ResolveSheet ticket={ticket} onDone={onClose} showSection={showSection} openSheet={openSheet} /> : null}
      {sheet === "timerStop" || sheet === "timerSwitch" ? <TimerSheet ticket={ticket} mode={sheet} onDone={onClose} /> : null}
      {sheet === "priority" ? <PrioritySheet ticket={ticket} onDone={onClose} /> : null}
      {sheet === "assignee" ? <AssigneeSheet ticket={ticket} onDone={onClose} /> : null}
      {sheet === "due" ? <DueSheet ticket={ticket} onDone={onClose} /> : null}
      {sheet === "time" ? <LogTimeForm ticket={ticket} timer={timer} onDone={onClose} /> : null}
      {sheet === "help" ? <ShortcutsList shortcuts={ticketShortcuts} /> : null}
      {sheet === "contact" ? <ContactCard ticket={ticket} /> : null}
      {sheet === "logCall" ? <LogCallPrompt ticket={ticket} onDone={onClose} /> : null}
    </Sheet>
  );
}
