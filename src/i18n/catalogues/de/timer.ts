import type { Catalogue } from "../../catalogue-types";

export const timer = {
  timer: "Timer",
  paused: "Pausiert · {time}",
  runningFor: "läuft seit {time}",
  savedElsewhere: "Der Timer wurde in einem anderen Fenster gespeichert oder verworfen.",
  switchQuestion: "Auf {number} läuft ein Timer ({time}). Es läuft immer nur ein Timer.",
  stopAndSaveFirst: "Erst {number} stoppen und speichern",
  switchAsItIs: "Wechseln: Zeit von {number} so erfassen, dieses Ticket messen",
  cancel: "Abbrechen",
  discardQuestion: "Timer auf {number} verwerfen? Seine Zeit wird nicht erfasst.",
  discardConfirm: "Timer verwerfen",
  discard: "Timer verwerfen…",
  saveTime: "Zeit des Timers speichern",
  saveEntries: { one: "{n} Eintrag speichern", other: "{n} Einträge speichern" },
  saveEntry: "Zeiteintrag speichern",
  entriesPerDay: "Einträge, einer pro Tag",
  entry: "Eintrag",
  underAMinute: "An diesem Tag unter einer Minute: nicht erfasst",
  pausedNote: "Gestartet {when}, insgesamt {duration} pausiert: der Eintrag zählt nur die gearbeitete Zeit.",
  closedElsewhere:
    "Die Stoppuhr auf dem Server wurde bereits erfasst oder verworfen, in Alga oder auf einem anderen Gerät. Ihre Zeit ist hier erhalten: Speichern Sie sie als Zeiteintrag.",
  stretches: "Gearbeitete Abschnitte",
  changeTimes: "Zeiten ändern",
  nothingToLog: "Weniger als eine Minute: es gibt nichts zu erfassen. Verwerfen Sie stattdessen den Timer.",
  pastMidnight:
    "Dieser Timer lief über Mitternacht ({duration} gearbeitet). Lief er versehentlich weiter? Wählen Sie, wie er gespeichert wird.",
  over12h:
    "Dieser Timer lief mehr als 12 Stunden ({duration} gearbeitet). Lief er versehentlich weiter? Wählen Sie, wie er gespeichert wird.",
  splitPerDay: "Pro Tag aufteilen",
  editTimes: "Zeiten bearbeiten",
  keepOne: "Als einen Eintrag behalten",
  elsewhere: "Auf {ticket} läuft ein Timer von einem anderen Gerät.",
  elsewhereHelp:
    "Stoppen Sie ihn, um seine Zeit in Alga zu speichern und diesen dort laufen zu lassen, oder behalten Sie beide: dieser wird gespeichert, wenn Sie ihn stoppen.",
  stopOtherFailed: "Der andere Timer konnte nicht gestoppt werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.",
  stopOther: "Stoppen",
  keepBoth: "Beide behalten",
  otherTicket: "ein anderes Ticket",
} satisfies Catalogue["timer"];
