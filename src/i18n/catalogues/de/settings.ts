import type { Catalogue } from "../../catalogue-types";

export const settings = {
  title: "Einstellungen",
  back: "Zurück zu den Tickets",
  account: "Konto",
  name: "Name",
  email: "E-Mail",
  server: "Server",
  tenant: "Mandant",
  appVersion: "App-Version",
  versionValue: "{version} (Build {build})",
  language: "Sprache",
  languageAuto: "Automatisch (aus Alga / von diesem Gerät)",
  languageHint:
    "Wird auf diesem Gerät gespeichert. Status-, Prioritäts-, Board- und Leistungsnamen bleiben, wie Ihr Alga-Server sie nennt.",
  onDevice: "Auf diesem Gerät",
  stored: "Gespeichert",
  unknown: "Unbekannt",
  offlineData: "Offline-Daten",
  keptByBrowser: "Vom Browser aufbewahrt",
  mayBeRemoved: "Kann vom Browser entfernt werden, wenn der Platz knapp wird",
  safariNote:
    "Safari kann sie auch nach 7 Tagen ohne Nutzung löschen. Fügen Sie die App zum Home-Bildschirm hinzu (Teilen, dann „Zum Home-Bildschirm“), um sie zu behalten.",
  unsentChanges: "Noch nicht gesendete Änderungen",
  keepData: "Daten auf diesem Gerät behalten",
  clearSaved: "Gespeicherte Tickets löschen",
  cleared: "Gespeicherte Tickets gelöscht. Nicht gesendete Änderungen und Entwürfe wurden behalten.",
  unsentWarning: {
    one: "{n} Änderung hat den Server noch nicht erreicht.",
    other: "{n} Änderungen haben den Server noch nicht erreicht.",
  },
  timerRunning: "Die Zeitmessung für {ticket} läuft ({elapsed}).",
  timerPaused: "Die Zeitmessung für {ticket} ist pausiert ({elapsed}).",
  signOutDeletes: { one: "Beim Abmelden wird sie gelöscht.", other: "Beim Abmelden wird alles davon gelöscht." },
  stopAndLog: "Anhalten und erfassen",
  signOutAndDelete: "Abmelden und löschen",
  staySignedIn: "Angemeldet bleiben",
  signOut: "Abmelden",
  signOutHint: "Das Abmelden entfernt Ihre Tickets, Entwürfe und nicht gesendeten Änderungen von diesem Gerät.",
  alertsHeading: "Was auf Sie wartet",
  alertsOpen:
    "Solange die App geöffnet ist, fragt sie Alga etwa einmal pro Minute, was auf Sie wartet (Für mich), und zeigt die Zahl auf ihrem Symbol, wo Ihr Gerät es erlaubt.",
  alertsClosed:
    "Wenn die App geschlossen ist, kommt nichts an: Alga sendet Benachrichtigungen heute nur an seine eigene Handy-App. Würde Alga Web Push annehmen, könnte diese App Sie auch geschlossen benachrichtigen.",
  alertsIos: "Auf iPhone und iPad kommt nichts an, solange die App geschlossen ist oder im Hintergrund läuft.",
} satisfies Catalogue["settings"];
