import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Nível de serviço",
  sla: "SLA",
  paused: " · pausado",
  pausedForClient: " · pausado (aguardando o cliente)",
  response: "Resposta",
  resolution: "Resolução",
  onTrack: "No prazo",
  atRisk: "Em risco",
  breached: "Violado",
  pausedState: "Pausado",
  met: "Cumprido",
  missed: "Não cumprido",
  rowOnTrack: "SLA no prazo · vence em {span}",
  rowAtRisk: "SLA em risco · vence em {span}",
  rowBreached: "SLA violado há {span}",
  rowPaused: "SLA pausado · restam {span}",
  overdue: "{span} de atraso",
  leftWhenResumes: "restarão {span} ao retomar",
  dueIn: "vence em {span}",
} satisfies Catalogue["sla"];
