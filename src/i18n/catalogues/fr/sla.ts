import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Niveau de service",
  sla: "SLA",
  paused: " · en pause",
  pausedForClient: " · en pause (en attente du client)",
  response: "Réponse",
  resolution: "Résolution",
  onTrack: "Dans les temps",
  atRisk: "À risque",
  breached: "Dépassé",
  pausedState: "En pause",
  met: "Respecté",
  missed: "Manqué",
  rowOnTrack: "SLA dans les temps · échéance dans {span}",
  rowAtRisk: "SLA à risque · échéance dans {span}",
  rowBreached: "SLA dépassé depuis {span}",
  rowPaused: "SLA en pause · {span} restant",
  overdue: "{span} de retard",
  leftWhenResumes: "{span} restant à la reprise",
  dueIn: "échéance dans {span}",
} satisfies Catalogue["sla"];
