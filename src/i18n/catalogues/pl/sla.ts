import type { Catalogue } from "../../catalogue-types";

export const sla = {
  serviceLevel: "Poziom usług",
  sla: "SLA",
  paused: " · wstrzymane",
  pausedForClient: " · wstrzymane (czeka na klienta)",
  response: "Odpowiedź",
  resolution: "Rozwiązanie",
  onTrack: "Zgodnie z planem",
  atRisk: "Zagrożone",
  breached: "Przekroczone",
  pausedState: "Wstrzymane",
  met: "Dotrzymane",
  missed: "Niedotrzymane",
  rowOnTrack: "SLA zgodnie z planem · termin za {span}",
  rowAtRisk: "SLA zagrożone · termin za {span}",
  rowBreached: "SLA przekroczone {span} temu",
  rowPaused: "SLA wstrzymane · zostało {span}",
  overdue: "{span} po terminie",
  leftWhenResumes: "zostanie {span} po wznowieniu",
  dueIn: "termin za {span}",
} satisfies Catalogue["sla"];
