import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Service-Level",
  sla: "SLA",
  paused: " · pausiert",
  pausedForClient: " · pausiert (wartet auf den Kunden)",
  response: "Reaktion",
  resolution: "Lösung",
  onTrack: "Im Plan",
  atRisk: "Gefährdet",
  breached: "Verletzt",
  pausedState: "Pausiert",
  met: "Eingehalten",
  missed: "Verfehlt",
  rowOnTrack: "SLA im Plan · fällig in {span}",
  rowAtRisk: "SLA gefährdet · fällig in {span}",
  rowBreached: "SLA seit {span} verletzt",
  rowPaused: "SLA pausiert · noch {span}",
  overdue: "{span} überfällig",
  leftWhenResumes: "{span} übrig, wenn es weiterläuft",
  dueIn: "fällig in {span}",
} satisfies Catalogue["sla"];
