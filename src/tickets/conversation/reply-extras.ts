import { t } from "../../i18n/active-language";
import { fromLocalInput } from "../../lib/local-time";
import { activeTimeZone } from "../../lib/user-locale";

/** Cc and Bcc as typed (comma lists) and the send-later time as a `datetime-local` value ("" = now). */
export interface ReplyExtras {
  cc: string;
  bcc: string;
  later: string;
}

export const NO_EXTRAS: ReplyExtras = { cc: "", bcc: "", later: "" };

/** What a public reply adds on a newer server (awareness §10.1), or why it cannot be sent as it is. */
export type CheckedExtras =
  { fields: { cc?: string[]; bcc?: string[]; schedule?: { at: string; timeZone: string } } } | { problem: string };

// One address, as forms check it: something@domain.tld, no spaces. The server has the last word.
const ADDRESS = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

const addressesIn = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);

export function checkReplyExtras(extras: ReplyExtras, now: number): CheckedExtras {
  const cc = addressesIn(extras.cc);
  const bcc = addressesIn(extras.bcc);
  const wrong = [...cc, ...bcc].find((address) => !ADDRESS.test(address));
  if (wrong) return { problem: t("conversation.notAnAddress", { address: wrong }) };
  const fields: Extract<CheckedExtras, { fields: unknown }>["fields"] = {};
  if (cc.length) fields.cc = cc;
  if (bcc.length) fields.bcc = bcc;
  if (extras.later) {
    const at = fromLocalInput(extras.later);
    if (at === null) return { problem: t("conversation.laterIncomplete") };
    if (at <= now) return { problem: t("conversation.laterPassed") };
    fields.schedule = { at: new Date(at).toISOString(), timeZone: userTimeZone() };
  }
  return { fields };
}

/** The zone the time was chosen in: the user's Alga one, else the device's (lib/user-locale.ts). */
export function userTimeZone(): string {
  return activeTimeZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
