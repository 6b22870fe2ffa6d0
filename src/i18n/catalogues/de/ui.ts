import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Zurück",
  close: "Schließen",
  cancel: "Abbrechen",
  leaveTitle: "Link außerhalb von Alga Tickets öffnen?",
  leaveGoesTo: "Dieser Link führt zu",
  leavePunycode: "Diese Adresse enthält internationale Buchstaben (als Punycode angezeigt). Prüfen Sie, ob es die erwartete Website ist.",
  leaveMismatch: "Der Linktext zeigt {shown}, der Link führt aber zu {host}.",
  leaveNotEncrypted: "Die Verbindung zu dieser Website ist nicht verschlüsselt.",
  leaveOpen: "{host} öffnen",
} satisfies Catalogue["ui"];
