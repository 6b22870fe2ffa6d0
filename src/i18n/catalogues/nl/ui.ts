import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Terug",
  close: "Sluiten",
  cancel: "Annuleren",
  leaveTitle: "Een link buiten Alga Tickets openen?",
  leaveGoesTo: "Deze link gaat naar",
  leavePunycode: "Dit adres gebruikt internationale letters (getoond als punycode). Controleer of het de site is die u verwacht.",
  leaveMismatch: "De tekst van de link toont {shown}, maar hij gaat naar {host}.",
  leaveNotEncrypted: "De verbinding met deze site is niet versleuteld.",
  leaveOpen: "{host} openen",
} satisfies Catalogue["ui"];
