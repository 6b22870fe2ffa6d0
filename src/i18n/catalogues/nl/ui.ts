import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Terug",
  close: "Sluiten",
  cancel: "Annuleren",
  leaveTitle: "Een link buiten Alga Tickets openen?",
  leaveGoesTo: "Deze link opent",
  leaveAlgaServer: "Dit is je Alga-server.",
  leaveUnknownSite: "Alga Tickets kent deze site niet, en die kan je naar een andere doorsturen.",
  leaveForwarder: "{host} stuurt bezoekers door naar andere adressen: waar deze link eindigt, is van hieruit niet te zien.",
  leaveNoSignIn:
    "Vraagt een pagina je om in te loggen bij Alga of een app toegang te geven, sluit haar dan: Alga Tickets vraagt dat nooit via een link.",
  leaveOpenAnyway: "Toch openen",
  leavePunycode: "Dit adres gebruikt internationale letters (getoond als punycode). Controleer of het de site is die u verwacht.",
  leaveMismatch: "De tekst van de link toont {shown}, maar hij gaat naar {host}.",
  leaveNotEncrypted: "De verbinding met deze site is niet versleuteld.",
  leaveOpen: "{host} openen",
} satisfies Catalogue["ui"];
