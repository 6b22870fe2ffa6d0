import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Dodaj Alga Tickets do ekranu początkowego",
  installBody:
    "Stuknij Udostępnij, a potem „Do ekranu początkowego”. Aplikacja otworzy się jak aplikacja, a Twoje zgłoszenia offline i niewysłane zmiany zostaną zachowane: dopóki aplikacja jest tylko stroną, Safari może je usunąć po 7 dniach nieużywania.",
  gotIt: "Rozumiem",
  updateReady: "Nowa wersja Alga Tickets jest gotowa.",
  later: "Później",
  update: "Aktualizuj",
} satisfies Catalogue["pwa"];
