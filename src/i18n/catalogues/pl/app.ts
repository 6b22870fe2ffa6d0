import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Wczytywanie…",
  notFoundBar: "Nie znaleziono",
  notFoundTitle: "Pod tym adresem nic nie ma",
  notFoundBody: "Link może być błędnie wpisany albo nieaktualny.",
  goToTickets: "Przejdź do zgłoszeń",
  startFailedTitle: "Nie udało się uruchomić Alga Tickets",
  startFailedCause: "Aplikacja nie mogła otworzyć danych zapisanych na tym urządzeniu: pamięć przeglądarki nie odpowiedziała.",
  startFailedAdvice:
    "Jeśli to się powtórzy, zamknij Alga Tickets w innych kartach i oknach, zwolnij miejsce, jeśli urządzenie jest prawie pełne, i spróbuj ponownie. Pomaga też ponowne uruchomienie przeglądarki.",
  tryAgain: "Spróbuj ponownie",
  crashTitle: "Coś poszło nie tak",
  crashBody: "Alga Tickets napotkała nieoczekiwany problem. Nic z tego, co zapisano, nie zostało utracone.",
  reload: "Wczytaj ponownie",
} satisfies Catalogue["app"];
