import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Livello di servizio",
  sla: "SLA",
  paused: " · in pausa",
  pausedForClient: " · in pausa (in attesa del cliente)",
  response: "Risposta",
  resolution: "Risoluzione",
  onTrack: "In linea",
  atRisk: "A rischio",
  breached: "Violato",
  pausedState: "In pausa",
  met: "Rispettato",
  missed: "Mancato",
  rowOnTrack: "SLA in linea · scade tra {span}",
  rowAtRisk: "SLA a rischio · scade tra {span}",
  rowBreached: "SLA violato da {span}",
  rowPaused: "SLA in pausa · {span} rimanenti",
  overdue: "{span} di ritardo",
  leftWhenResumes: "{span} rimanenti alla ripresa",
  dueIn: "scade tra {span}",
} satisfies Catalogue["sla"];
