import { closeRuleFailures } from "../../api/close-rules";
import { adviceFor } from "../close-advice";
import type { ApiError } from "../../api/errors";
import { refusalsByField } from "../../api/ticket-create";
import type { Change } from "./change";

/**
 * What to tell the technician when the server refuses a change: the server's own words where they
 * are already plain, ours where they are not (contract §10: time entries need a covering time period
 * and must not overlap the user's other entries).
 */
export function refusalMessage(change: Change, error: ApiError): string {
  const failures = closeRuleFailures(error);
  if (failures) {
    const withNote = change.kind === "status" && Boolean(change.resolution);
    // One line per failed rule, each with what to do (fieldkit §7.1); the status change waits for Try again.
    // A close that carries its resolution note satisfies the resolution-note rule itself (send-resolve).
    const lines = failures
      .filter((failure) => !(withNote && failure.rule === "resolution_comment"))
      .map((failure) => {
        const advice = adviceFor(failure);
        return `• ${advice.problem} ${advice.action}`;
      });
    const kept = withNote ? ["Your resolution note was not posted; it is kept for the next try."] : [];
    return ["Alga won't close this ticket yet:", ...lines, ...kept].join("\n");
  }
  if (change.kind === "timeEntryEdit" || change.kind === "timeEntryDelete") {
    if (error.kind === "conflict") return "This time entry is approved in Alga, so it can no longer be changed.";
    if (error.kind === "not_found") return "This time entry is no longer in Alga.";
    if (error.kind === "forbidden") return "Only the technician who logged this time can change it.";
  }
  if ((change.kind === "timeEntry" || change.kind === "timerStop") && error.kind === "conflict") {
    return "This time overlaps another of your time entries. Change the start or end and log it again.";
  }
  if ((change.kind === "timeEntry" || change.kind === "timerStop") && /time period/i.test(error.message)) {
    return "Alga has no open time period for this date, so time can't be logged on it. Ask your administrator to open one.";
  }
  if (change.kind === "createTicket" && error.kind === "validation") {
    return `Not created: ${Object.values(refusalsByField(error)).join(" ")} Edit the ticket and send it again.`;
  }
  if (error.kind === "not_found") return "This ticket no longer exists on the server.";
  if (error.kind === "forbidden") return "Your Alga account is not allowed to make this change.";
  return error.message;
}
