import type { Area } from "../../catalogue-types";

/** The ticket's SLA targets and the list row's SLA badge. */
export const sla = {
  serviceLevel: "Service level",
  sla: "SLA",
  paused: " · paused",
  pausedForClient: " · paused (waiting for the client)",
  response: "Response",
  resolution: "Resolution",
  onTrack: "On track",
  atRisk: "At risk",
  breached: "Breached",
  pausedState: "Paused",
  met: "Met",
  missed: "Missed",
  badgeOnTrack: "SLA on track",
  badgeAtRisk: "SLA at risk",
  badgeBreached: "SLA breached",
  badgePaused: "SLA paused",
  badgeMet: "SLA met",
  badgeMissed: "SLA missed",
  overdue: "{span} overdue",
  leftWhenResumes: "{span} left when it resumes",
  dueIn: "due in {span}",
  overdueUnderAMinute: "under a minute overdue",
  leftUnderAMinuteWhenResumes: "under a minute left when it resumes",
  dueInUnderAMinute: "due in under a minute",
} satisfies Area;
