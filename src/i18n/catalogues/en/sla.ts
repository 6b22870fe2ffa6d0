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
  rowOnTrack: "SLA on track · due in {span}",
  rowAtRisk: "SLA at risk · due in {span}",
  rowBreached: "SLA breached {span} ago",
  rowPaused: "SLA paused · {span} left",
  overdue: "{span} overdue",
  leftWhenResumes: "{span} left when it resumes",
  dueIn: "due in {span}",
  overdueUnderAMinute: "under a minute overdue",
  leftUnderAMinuteWhenResumes: "under a minute left when it resumes",
  dueInUnderAMinute: "due in under a minute",
} satisfies Area;
