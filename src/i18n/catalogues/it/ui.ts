import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Indietro",
  close: "Chiudi",
  cancel: "Annulla",
  leaveTitle: "Aprire un link fuori da Alga Tickets?",
  leaveGoesTo: "Questo link porta a",
  leavePunycode: "Questo indirizzo usa lettere internazionali (mostrate come punycode). Verifica che sia il sito che ti aspetti.",
  leaveMismatch: "Il testo del link mostra {shown}, ma porta a {host}.",
  leaveNotEncrypted: "La connessione a questo sito non è cifrata.",
  leaveOpen: "Apri {host}",
} satisfies Catalogue["ui"];
