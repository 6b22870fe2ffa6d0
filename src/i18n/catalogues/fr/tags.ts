import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tags",
  notSentYet: " · pas encore envoyé",
  remove: "Retirer le tag {tag}",
  add: "+ Tag",
  loadOnline: "Les tags se chargent dès que vous êtes de nouveau en ligne.",
  addTitle: "Ajouter un tag",
  alreadyHas: "Le ticket a déjà « {tag} ».",
  noSuchTag: "Aucun tag « {tag} » n'existe.",
  typeFirst: "Tapez d'abord un tag.",
  tooLong: "Un tag a au plus {limit} caractères (celui-ci en a {length}).",
  findOrCreate: "Trouver ou créer un tag",
  find: "Trouver un tag",
  addNew: "Ajouter le nouveau tag « {tag} »",
  searchFailed: "Les tags existants ne peuvent pas être recherchés pour le moment.",
  noneYet: "Aucun tag utilisé pour l'instant.",
} satisfies Catalogue["tags"];
