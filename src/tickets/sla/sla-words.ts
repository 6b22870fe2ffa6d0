import type { SlaTarget, SlaTargetState } from "../../api/sla";
import type { BadgeTone } from "../../ui/Badge";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "3 d 4 h", "5 h 20 min", "45 min", "under a minute": as precise as a glance needs. */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE_MS) return "under a minute";
  if (span >= 2 * DAY_MS) {
    const hours = Math.floor((span % DAY_MS) / HOUR_MS);
    return `${Math.floor(span / DAY_MS)} d${hours ? ` ${hours} h` : ""}`;
  }
  const hours = Math.floor(span / HOUR_MS);
  const minutes = Math.floor((span % HOUR_MS) / MINUTE_MS);
  return [hours ? `${hours} h` : "", minutes ? `${minutes} min` : ""].filter(Boolean).join(" ");
}

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
