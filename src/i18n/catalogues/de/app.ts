import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Wird geladen…",
  notFoundBar: "Nicht gefunden",
  notFoundTitle: "Unter dieser Adresse gibt es nichts",
  notFoundBody: "Der Link ist vielleicht falsch geschrieben oder veraltet.",
  goToTickets: "Zu den Tickets",
  startFailedTitle: "Alga Tickets konnte nicht starten",
  startFailedCause: "Die App konnte nicht öffnen, was sie auf diesem Gerät speichert: Der Speicher des Browsers hat nicht geantwortet.",
  startFailedAdvice:
    "Falls das wieder passiert, schließen Sie Alga Tickets in Ihren anderen Tabs und Fenstern, schaffen Sie Platz, wenn das Gerät fast voll ist, und versuchen Sie es erneut. Ein Neustart des Browsers hilft auch.",
  tryAgain: "Erneut versuchen",
  crashTitle: "Etwas ist schiefgelaufen",
  crashBody: "Alga Tickets ist auf ein unerwartetes Problem gestoßen. Nichts, was Sie gespeichert haben, ist verloren.",
  reload: "Neu laden",
} satisfies Catalogue["app"];
