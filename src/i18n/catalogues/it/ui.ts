import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Indietro",
  close: "Chiudi",
  cancel: "Annulla",
  leaveTitle: "Aprire un link fuori da Alga Tickets?",
  leaveGoesTo: "Questo link apre",
  leaveAlgaServer: "È il tuo server Alga.",
  leaveUnknownSite: "Alga Tickets non conosce questo sito, che può rimandarti a un altro.",
  leaveForwarder: "{host} inoltra i visitatori ad altri indirizzi: da qui non si vede dove finisce questo link.",
  leaveNoSignIn:
    "Se una pagina ti chiede di accedere ad Alga o di autorizzare un'app, chiudila: Alga Tickets non lo chiede mai tramite un link.",
  leaveOpenAnyway: "Apri comunque",
  leavePunycode: "Questo indirizzo usa lettere internazionali (mostrate come punycode). Verifica che sia il sito che ti aspetti.",
  leaveMismatch: "Il testo del link mostra {shown}, ma porta a {host}.",
  leaveNotEncrypted: "La connessione a questo sito non è cifrata.",
  leaveOpen: "Apri {host}",
} satisfies Catalogue["ui"];
