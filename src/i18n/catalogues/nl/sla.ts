import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Serviceniveau",
  sla: "SLA",
  paused: " · gepauzeerd",
  pausedForClient: " · gepauzeerd (wacht op de klant)",
  response: "Reactie",
  resolution: "Oplossing",
  onTrack: "Op schema",
  atRisk: "In gevaar",
  breached: "Overschreden",
  pausedState: "Gepauzeerd",
  met: "Gehaald",
  missed: "Gemist",
  rowOnTrack: "SLA op schema · verloopt over {span}",
  rowAtRisk: "SLA in gevaar · verloopt over {span}",
  rowBreached: "SLA {span} geleden overschreden",
  rowPaused: "SLA gepauzeerd · nog {span}",
  overdue: "{span} te laat",
  leftWhenResumes: "nog {span} als het hervat",
  dueIn: "verloopt over {span}",
} satisfies Catalogue["sla"];
