import { closeRuleFailures, failuresIn } from "../../api/close-rules";
import { adviceFor } from "../close-advice";
import type { ApiError } from "../../api/errors";
import { refusalsByField } from "../../api/ticket-create";
import { t } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { showStored, storedText, type StoredText } from "../../i18n/stored-text";
import type { Change, QueuedChange } from "./change";

/** Refusals this device makes itself (send-*.ts), by the code on their ApiError: their words are ours. */
export const deviceRefusals = {
  "device.parentDiscarded": "changes.parentDiscarded",
  "device.answerUnreadable": "changes.answerUnreadable",
  "device.fileGone": "changes.fileGone",
  "device.fileRefused": "changes.fileRefused",
} as const satisfies Record<string, MessageKey>;

/**
 * What to tell the technician when the server refuses a change, as the outbox stores it (stored-text.ts):
 * the server's own words where they are already plain, ours where they are not (contract §10: time entries
 * need a covering time period and must not overlap the user's other entries).
 */
export function refusalMessage(change: Change, error: ApiError): StoredText {
  // Its lines are written when shown, from the failures the outbox keeps with the change (errorDetails).
  if (closeRuleFailures(error)) return storedText("changes.closeRefused");
  const ours = error.code ? deviceRefusals[error.code as keyof typeof deviceRefusals] : undefined;
  if (ours) return storedText(ours);
  if (change.kind === "timeEntryEdit" || change.kind === "timeEntryDelete") {
    if (error.kind === "conflict") return storedText("changes.timeApproved");
    if (error.kind === "not_found") return storedText("changes.timeGone");
    if (error.kind === "forbidden") return storedText("changes.timeNotYours");
  }
  if ((change.kind === "timeEntry" || change.kind === "timerStop") && error.kind === "conflict") {
    return storedText("changes.timeOverlap");
  }
  if ((change.kind === "timeEntry" || change.kind === "timerStop") && /time period/i.test(error.message)) {
    return storedText("changes.noTimePeriod");
  }
  if (change.kind === "createTicket" && error.kind === "validation") {
    return storedText("changes.notCreated", { refusals: Object.values(refusalsByField(error)).join(" ") });
  }
  if (error.kind === "not_found") return storedText("changes.ticketGone");
  if (error.kind === "forbidden") return storedText("changes.forbidden");
  return error.message;
}

/** A stored refusal in the active language; a refused close lists each failed rule with what to do (fieldkit §7.1). */
export function refusalText(item: Pick<QueuedChange, "change" | "error" | "errorDetails">): string | null {
  const { change, error } = item;
  if (error === null) return null;
  if (typeof error === "string" || error.key !== "changes.closeRefused") return showStored(error);
  // A close that carries its resolution note satisfies the resolution-note rule itself (send-resolve).
  const withNote = change.kind === "status" && Boolean(change.resolution);
  const lines = failuresIn(item.errorDetails)
    .filter((failure) => !(withNote && failure.rule === "resolution_comment"))
    .map((failure) => {
      const advice = adviceFor(failure);
      return t("changes.closeRule", { problem: advice.problem, action: advice.action });
    });
  const kept = withNote ? [t("changes.noteKept")] : [];
  return [t("changes.closeRefused"), ...lines, ...kept].join("\n");
}
