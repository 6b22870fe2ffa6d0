import type { SlaTarget, SlaTargetState } from "../../api/sla";
import type { BadgeTone } from "../../ui/Badge";
import { formatSpan } from "../../lib/duration";

/** The state in words, never colour alone. */
export const stateWords: Record<SlaTargetState, string> = {
  on_track: "On track",
  at_risk: "At risk",
  breached: "Breached",
  paused: "Paused",
  met: "Met",
  missed: "Missed",
};

/** What is left, or how late: "due in 45 min", "2 h overdue", "21 h left when it resumes". */
export function targetTiming(target: SlaTarget): string {
  if (target.remainingMs === null) return "";
  if (target.remainingMs < 0) return `${formatSpan(target.remainingMs)} overdue`;
  if (target.state === "paused") return `${formatSpan(target.remainingMs)} left when it resumes`;
  return `due in ${formatSpan(target.remainingMs)}`;
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
