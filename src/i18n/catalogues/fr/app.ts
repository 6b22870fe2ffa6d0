import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Chargement…",
  notFoundBar: "Introuvable",
  notFoundTitle: "Il n'y a rien à cette adresse",
  notFoundBody: "Le lien est peut-être mal saisi ou périmé.",
  goToTickets: "Aller aux tickets",
  startFailedTitle: "Alga Tickets n'a pas pu démarrer",
  startFailedCause: "L'application n'a pas pu ouvrir ce qu'elle garde sur cet appareil : le stockage du navigateur n'a pas répondu.",
  startFailedAdvice:
    "Si cela se reproduit, fermez Alga Tickets dans vos autres onglets et fenêtres, libérez de la place si l'appareil est presque plein, puis réessayez. Redémarrer le navigateur aide aussi.",
  tryAgain: "Réessayer",
  crashTitle: "Un problème est survenu",
  crashBody: "Alga Tickets a rencontré un problème inattendu. Rien de ce que vous avez enregistré n'est perdu.",
  reload: "Recharger",
} satisfies Catalogue["app"];
