import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tags",
  notSentYet: " · noch nicht gesendet",
  remove: "Tag {tag} entfernen",
  add: "+ Tag",
  loadOnline: "Tags laden, sobald Sie wieder online bist.",
  addTitle: "Tag hinzufügen",
  alreadyHas: "Das Ticket hat schon „{tag}“.",
  noSuchTag: "Es gibt kein Tag „{tag}“.",
  typeFirst: "Geben Sie zuerst ein Tag ein.",
  tooLong: "Ein Tag hat höchstens {limit} Zeichen (dieses hat {length}).",
  findOrCreate: "Tag suchen oder anlegen",
  find: "Tag suchen",
  addNew: "Neues Tag „{tag}“ hinzufügen",
  searchFailed: "Vorhandene Tags können gerade nicht durchsucht werden.",
  noneYet: "Noch keine Tags in Gebrauch.",
} satisfies Catalogue["tags"];
