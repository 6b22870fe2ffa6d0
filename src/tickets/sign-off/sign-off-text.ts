import { formatMinutes } from "../../lib/duration";
import { clockOf, localDateValue } from "../../lib/local-time";

/** When it was signed, in words the customer reads on the image and in the comment: "7 December 2026, 17:30". */
export const signedAtText = (time: Date) =>
  `${time.toLocaleDateString(undefined, { day: "numeric", month: "long", year: "numeric" })}, ${clockOf(time)}`;

/** The public comment that goes with the signature. */
export const signOffComment = (name: string, signedAt: string, summary: string) =>
  `Signed off by ${name.trim()} on ${signedAt}: ${summary.trim()}`;

/** The summary the sheet opens with: the resolution note being written, then the time logged on the ticket. */
export function summaryOf(note: string, minutesLogged: number): string {
  const time = minutesLogged > 0 ? `Time on this ticket: ${formatMinutes(minutesLogged)}.` : "";
  return [note.trim(), time].filter(Boolean).join("\n\n");
}

/** The document's name: the date and time tell two sign-offs on one ticket apart (and a landed upload from a new one). */
export const signOffFileName = (time: Date) => `Sign-off ${localDateValue(time)} ${clockOf(time).replace(":", "")}.png`;
