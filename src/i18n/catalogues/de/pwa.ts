import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Alga Tickets zum Home-Bildschirm hinzufügen",
  installBody:
    "Tippen Sie auf Teilen, dann auf „Zum Home-Bildschirm“. Die App öffnet sich wie eine App, und Ihre Offline-Tickets und nicht gesendeten Änderungen bleiben erhalten: Solange die App nur eine Website ist, kann Safari sie nach 7 Tagen ohne Nutzung löschen.",
  gotIt: "Verstanden",
  updateReady: "Eine neue Version von Alga Tickets ist bereit.",
  later: "Später",
  update: "Aktualisieren",
} satisfies Catalogue["pwa"];
