import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Nivel de servicio",
  sla: "SLA",
  paused: " · en pausa",
  pausedForClient: " · en pausa (esperando al cliente)",
  response: "Respuesta",
  resolution: "Resolución",
  onTrack: "En plazo",
  atRisk: "En riesgo",
  breached: "Incumplido",
  pausedState: "En pausa",
  met: "Cumplido",
  missed: "No cumplido",
  rowOnTrack: "SLA en plazo · vence en {span}",
  rowAtRisk: "SLA en riesgo · vence en {span}",
  rowBreached: "SLA incumplido hace {span}",
  rowPaused: "SLA en pausa · quedan {span}",
  overdue: "{span} de retraso",
  leftWhenResumes: "quedarán {span} al reanudarse",
  dueIn: "vence en {span}",
} satisfies Catalogue["sla"];
