import type { SlaTarget, SlaTargetState } from "../../api/sla";
import type { BadgeTone } from "../../ui/Badge";
import { formatSpan, isUnderAMinute } from "../../i18n/duration";
import { t } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";

/** The state in words, never colour alone. */
export const stateWords: Record<SlaTargetState, MessageKey> = {
  on_track: "sla.onTrack",
  at_risk: "sla.atRisk",
  breached: "sla.breached",
  paused: "sla.pausedState",
  met: "sla.met",
  missed: "sla.missed",
};

/** The list row's badge for an open target: the state and its time, as one phrase in each language. */
const rowWords: Partial<Record<SlaTargetState, MessageKey>> = {
  on_track: "sla.rowOnTrack",
  at_risk: "sla.rowAtRisk",
  breached: "sla.rowBreached",
  paused: "sla.rowPaused",
};

/** "SLA at risk · due in 22 min", "SLA breached 2 h ago"; null for a target already met or missed. */
export function rowBadge(target: SlaTarget): string | null {
  const key = rowWords[target.state];
  if (!key || target.remainingMs === null) return null;
  return t(key, { span: formatSpan(target.remainingMs) });
}

/** What is left, or how late: "due in 45 min", "2 h overdue", "21 h left when it resumes". */
export function targetTiming(target: SlaTarget): string {
  if (target.remainingMs === null) return "";
  // Under a minute has a sentence of its own: German and Polish decline "a minute" differently in each.
  const short = isUnderAMinute(target.remainingMs);
  const span = formatSpan(target.remainingMs);
  if (target.remainingMs < 0) return short ? t("sla.overdueUnderAMinute") : t("sla.overdue", { span });
  if (target.state === "paused") return short ? t("sla.leftUnderAMinuteWhenResumes") : t("sla.leftWhenResumes", { span });
  return short ? t("sla.dueInUnderAMinute") : t("sla.dueIn", { span });
}

/** The colour that goes with the words. */
export const slaTone: Record<SlaTargetState, BadgeTone> = {
  on_track: "success",
  at_risk: "warning",
  breached: "danger",
  paused: "info",
  met: "success",
  missed: "danger",
};
