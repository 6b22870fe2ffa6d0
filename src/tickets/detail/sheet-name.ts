/** The sheets of the ticket screen (TicketSheets.tsx), named by the header, the dock and the shortcuts that open them. */
export type SheetName =
  | "status"
  | "resolve"
  | "priority"
  | "assignee"
  | "due"
  | "time"
  | "help"
  | "timerStop"
  | "timerSwitch"
  | "signOff"
  | "contact"
  | "logCall";
