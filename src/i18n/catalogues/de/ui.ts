import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Zurück",
  close: "Schließen",
  cancel: "Abbrechen",
  leaveTitle: "Link außerhalb von Alga Tickets öffnen?",
  leaveGoesTo: "Dieser Link öffnet",
  leaveAlgaServer: "Das ist Ihr Alga-Server.",
  leaveUnknownSite: "Alga Tickets kennt diese Website nicht; sie kann Sie zu einer anderen weiterleiten.",
  leaveForwarder: "{host} leitet Besucher an andere Adressen weiter: Wo dieser Link endet, ist von hier aus nicht zu sehen.",
  leaveNoSignIn:
    "Wenn eine Seite Sie bittet, sich bei Alga anzumelden oder eine App zuzulassen, schließen Sie sie: Alga Tickets fragt nie über einen Link danach.",
  leaveOpenAnyway: "Trotzdem öffnen",
  leavePunycode: "Diese Adresse enthält internationale Buchstaben (als Punycode angezeigt). Prüfen Sie, ob es die erwartete Website ist.",
  leaveMismatch: "Der Linktext zeigt {shown}, der Link führt aber zu {host}.",
  leaveNotEncrypted: "Die Verbindung zu dieser Website ist nicht verschlüsselt.",
  leaveOpen: "{host} öffnen",
} satisfies Catalogue["ui"];
