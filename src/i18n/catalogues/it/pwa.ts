import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Aggiungi Alga Tickets alla schermata Home",
  installBody:
    "Tocca Condividi, poi «Aggiungi alla schermata Home». Si apre come un’app e i tuoi ticket offline e le modifiche non inviate vengono conservati: finché l’app è solo un sito web, Safari può eliminarli dopo 7 giorni di inutilizzo.",
  gotIt: "Ho capito",
  updateReady: "È pronta una nuova versione di Alga Tickets.",
  later: "Più tardi",
  update: "Aggiorna",
} satisfies Catalogue["pwa"];
