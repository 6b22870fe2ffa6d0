import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tags",
  notSentYet: " · ainda não enviada",
  remove: "Remover a tag {tag}",
  add: "+ Tag",
  loadOnline: "As tags carregam quando você voltar a ficar online.",
  addTitle: "Adicionar uma tag",
  alreadyHas: "O ticket já tem “{tag}”.",
  noSuchTag: "A tag “{tag}” não existe.",
  typeFirst: "Digite uma tag primeiro.",
  tooLong: "Uma tag tem no máximo {limit} caracteres (esta tem {length}).",
  findOrCreate: "Encontrar ou criar uma tag",
  find: "Encontrar uma tag",
  addNew: "Adicionar a nova tag “{tag}”",
  searchFailed: "Não é possível pesquisar as tags existentes agora.",
  noneYet: "Nenhuma tag em uso ainda.",
} satisfies Catalogue["tags"];
