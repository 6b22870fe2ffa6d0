import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Caricamento…",
  notFoundBar: "Non trovato",
  notFoundTitle: "Non c'è niente a questo indirizzo",
  notFoundBody: "Il link potrebbe essere scritto male o non più valido.",
  goToTickets: "Vai ai ticket",
  startFailedTitle: "Alga Tickets non è riuscito ad avviarsi",
  startFailedCause:
    "L'app non è riuscita ad aprire ciò che conserva su questo dispositivo: lo spazio di archiviazione del browser non ha risposto.",
  startFailedAdvice:
    "Se succede di nuovo, chiudi Alga Tickets nelle altre schede e finestre, libera spazio se il dispositivo è quasi pieno e riprova. Anche riavviare il browser aiuta.",
  tryAgain: "Riprova",
  crashTitle: "Qualcosa è andato storto",
  crashBody: "Alga Tickets ha incontrato un problema imprevisto. Niente di ciò che hai salvato è andato perso.",
  reload: "Ricarica",
} satisfies Catalogue["app"];
