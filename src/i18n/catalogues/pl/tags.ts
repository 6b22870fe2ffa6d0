import type { Catalogue } from "../../catalogue-types";

export const tags = {
  tags: "Tagi",
  notSentYet: " · jeszcze nie wysłano",
  remove: "Usuń tag {tag}",
  add: "+ Tag",
  loadOnline: "Tagi wczytają się, gdy wrócisz do sieci.",
  addTitle: "Dodaj tag",
  alreadyHas: "Zgłoszenie ma już „{tag}”.",
  noSuchTag: "Tag „{tag}” nie istnieje.",
  typeFirst: "Najpierw wpisz tag.",
  tooLong: "Tag ma najwyżej {limit} znaków (ten ma {length}).",
  findOrCreate: "Znajdź lub utwórz tag",
  find: "Znajdź tag",
  addNew: "Dodaj nowy tag „{tag}”",
  searchFailed: "Nie można teraz przeszukać istniejących tagów.",
  noneYet: "Nie ma jeszcze używanych tagów.",
} satisfies Catalogue["tags"];
