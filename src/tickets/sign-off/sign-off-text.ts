import { formatMinutes } from "../../i18n/duration";
import { t } from "../../i18n/active-language";
import { longDate } from "../../lib/date-text";
import { clockOf, localDateValue } from "../../lib/local-time";

/**
 * When it was signed, in words the customer reads on the image and in the comment: "7 December 2026, 17:30".
 * Like the rest of the sign-off, in the technician's language: it is written once and kept on the ticket.
 */
export const signedAtText = (time: Date) => t("signOff.signedAt", { date: longDate(time), time: clockOf(time) });

/** The public comment that goes with the signature. */
export const signOffComment = (name: string, signedAt: string, summary: string) =>
  t("signOff.comment", { name: name.trim(), when: signedAt, summary: summary.trim() });

/** The summary the sheet opens with: the resolution note being written, then the time logged on the ticket. */
export function summaryOf(note: string, minutesLogged: number): string {
  const time = minutesLogged > 0 ? t("signOff.timeOnTicket", { duration: formatMinutes(minutesLogged) }) : "";
  return [note.trim(), time].filter(Boolean).join("\n\n");
}

/** The document's name: the date and time tell two sign-offs on one ticket apart (and a landed upload from a new one). */
export const signOffFileName = (time: Date) => t("signOff.fileName", { date: localDateValue(time), time: clockOf(time).replace(":", "") });
