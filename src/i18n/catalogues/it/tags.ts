import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tag",
  notSentYet: " · non ancora inviato",
  remove: "Rimuovi il tag {tag}",
  add: "+ Tag",
  loadOnline: "I tag si caricano quando torni online.",
  addTitle: "Aggiungi un tag",
  alreadyHas: "Il ticket ha già «{tag}».",
  noSuchTag: "Il tag «{tag}» non esiste.",
  typeFirst: "Scrivi prima un tag.",
  tooLong: "Un tag ha al massimo {limit} caratteri (questo ne ha {length}).",
  findOrCreate: "Trova o crea un tag",
  find: "Trova un tag",
  addNew: "Aggiungi il nuovo tag «{tag}»",
  searchFailed: "Ora non si possono cercare i tag esistenti.",
  noneYet: "Nessun tag ancora in uso.",
} satisfies Catalogue["tags"];
