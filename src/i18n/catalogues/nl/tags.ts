import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tags",
  notSentYet: " · nog niet verzonden",
  remove: "Tag {tag} verwijderen",
  add: "+ Tag",
  loadOnline: "Tags laden zodra u weer online bent.",
  addTitle: "Een tag toevoegen",
  alreadyHas: "Het ticket heeft al „{tag}”.",
  noSuchTag: "De tag „{tag}” bestaat niet.",
  typeFirst: "Typ eerst een tag.",
  tooLong: "Een tag heeft hoogstens {limit} tekens (deze heeft er {length}).",
  findOrCreate: "Een tag zoeken of maken",
  find: "Een tag zoeken",
  addNew: "Nieuwe tag „{tag}” toevoegen",
  searchFailed: "Bestaande tags kunnen nu niet worden doorzocht.",
  noneYet: "Nog geen tags in gebruik.",
} satisfies Catalogue["tags"];
