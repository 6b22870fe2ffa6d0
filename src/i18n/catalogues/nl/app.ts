import type { Catalogue } from "../../catalogue-types";

export const app = {
  appName: "Alga Tickets",
  loading: "Laden…",
  notFoundBar: "Niet gevonden",
  notFoundTitle: "Op dit adres staat niets",
  notFoundBody: "De link is misschien verkeerd getypt of verouderd.",
  goToTickets: "Naar de tickets",
  startFailedTitle: "Alga Tickets kon niet starten",
  startFailedCause: "De app kon niet openen wat hij op dit apparaat bewaart: de opslag van de browser gaf geen antwoord.",
  startFailedAdvice:
    "Gebeurt dit opnieuw, sluit Alga Tickets dan in uw andere tabbladen en vensters, maak ruimte vrij als het apparaat bijna vol is en probeer het opnieuw. De browser herstarten helpt ook.",
  tryAgain: "Opnieuw proberen",
  crashTitle: "Er ging iets mis",
  crashBody: "Alga Tickets stuitte op een onverwacht probleem. Niets wat u hebt opgeslagen is verloren.",
  reload: "Opnieuw laden",
} satisfies Catalogue["app"];
