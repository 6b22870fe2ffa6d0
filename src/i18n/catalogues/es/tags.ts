import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Etiquetas",
  notSentYet: " · aún no enviada",
  remove: "Quitar la etiqueta {tag}",
  add: "+ Etiqueta",
  loadOnline: "Las etiquetas se cargan cuando vuelva a tener conexión.",
  addTitle: "Añadir una etiqueta",
  alreadyHas: "El ticket ya tiene «{tag}».",
  noSuchTag: "No existe la etiqueta «{tag}».",
  typeFirst: "Escriba primero una etiqueta.",
  tooLong: "Una etiqueta tiene como máximo {limit} caracteres (esta tiene {length}).",
  findOrCreate: "Buscar o crear una etiqueta",
  find: "Buscar una etiqueta",
  addNew: "Añadir la etiqueta nueva «{tag}»",
  searchFailed: "Ahora no se pueden buscar las etiquetas existentes.",
  noneYet: "Aún no hay etiquetas en uso.",
} satisfies Catalogue["tags"];
