import { t } from "../i18n/active-language";
import { localDateValue } from "../lib/local-time";
import { activeLocale, activeTimeZone } from "../lib/user-locale";

/** Past its day in the user's time zone: a date picked in the due sheet is midnight, so the instant alone would say "overdue" all day. */
export function isOverdue(iso: string | null, closed: boolean, now: Date): boolean {
  if (!iso || closed) return false;
  const due = new Date(iso);
  return !Number.isNaN(due.getTime()) && localDateValue(due) < localDateValue(now);
}

/** "Due Sep 25", or "Overdue · due Sep 25" in words once the day has passed (a colour alone says nothing to a screen reader). */
export function dueLabel(iso: string | null, closed: boolean, now: Date): string {
  if (!iso) return t("ticket.noDueDate");
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return t("ticket.dueUnreadable");
  const shown = date.toLocaleDateString(activeLocale(), { month: "short", day: "numeric", timeZone: activeTimeZone() });
  return t(isOverdue(iso, closed, now) ? "ticket.dueOverdue" : "ticket.dueOn", { date: shown });
}
