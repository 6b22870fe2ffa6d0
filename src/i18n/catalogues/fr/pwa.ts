import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Ajoutez Alga Tickets à votre écran d’accueil",
  installBody:
    "Touchez Partager, puis « Sur l’écran d’accueil ». L’app s’ouvre comme une application, et vos tickets hors ligne et modifications non envoyées sont conservés : Safari peut les supprimer après 7 jours sans utilisation tant que l’app n’est qu’un site web.",
  gotIt: "Compris",
  updateReady: "Une nouvelle version d’Alga Tickets est prête.",
  later: "Plus tard",
  update: "Mettre à jour",
} satisfies Catalogue["pwa"];
