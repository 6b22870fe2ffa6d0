import type { Catalogue } from "../../catalogue-types";

export const pwa = {
  installTitle: "Zet Alga Tickets op uw beginscherm",
  installBody:
    "Tik op Deel en dan op ‘Zet op beginscherm’. Het opent als een app, en uw offline tickets en niet-verzonden wijzigingen blijven bewaard: Safari kan ze na 7 dagen zonder gebruik wissen zolang de app alleen een website is.",
  gotIt: "Begrepen",
  updateReady: "Er staat een nieuwe versie van Alga Tickets klaar.",
  later: "Later",
  update: "Bijwerken",
} satisfies Catalogue["pwa"];
