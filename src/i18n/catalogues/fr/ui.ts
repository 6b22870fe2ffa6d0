import type { Catalogue } from "../../catalogue-types";

export const ui = {
  back: "Retour",
  close: "Fermer",
  cancel: "Annuler",
  leaveTitle: "Ouvrir un lien hors d’Alga Tickets ?",
  leaveGoesTo: "Ce lien ouvre",
  leaveAlgaServer: "C’est votre serveur Alga.",
  leaveUnknownSite: "Alga Tickets ne connaît pas ce site, qui peut vous renvoyer vers un autre.",
  leaveForwarder: "{host} redirige ses visiteurs vers d’autres adresses : la destination finale de ce lien n’est pas visible d’ici.",
  leaveNoSignIn:
    "Si une page vous demande de vous connecter à Alga ou d’autoriser une application, fermez-la : Alga Tickets ne le demande jamais par un lien.",
  leaveOpenAnyway: "Ouvrir quand même",
  leavePunycode: "Cette adresse contient des lettres internationales (affichées en punycode). Vérifiez que c’est bien le site attendu.",
  leaveMismatch: "Le texte du lien affiche {shown}, mais il mène à {host}.",
  leaveNotEncrypted: "La connexion à ce site n’est pas chiffrée.",
  leaveOpen: "Ouvrir {host}",
} satisfies Catalogue["ui"];
