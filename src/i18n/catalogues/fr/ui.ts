import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Retour",
  close: "Fermer",
  cancel: "Annuler",
  leaveTitle: "Ouvrir un lien hors d’Alga Tickets ?",
  leaveGoesTo: "Ce lien mène à",
  leavePunycode: "Cette adresse contient des lettres internationales (affichées en punycode). Vérifiez que c’est bien le site attendu.",
  leaveMismatch: "Le texte du lien affiche {shown}, mais il mène à {host}.",
  leaveNotEncrypted: "La connexion à ce site n’est pas chiffrée.",
  leaveOpen: "Ouvrir {host}",
} satisfies Catalogue["ui"];
