import type { Area } from "../../catalogue-types";

/** The installed app: the update prompt and the hint to add the app to the Home Screen. */
export const pwa = {
  installTitle: "Add Alga Tickets to your Home Screen",
  installBody:
    "Tap Share, then “Add to Home Screen”. It opens like an app, and your offline tickets and unsent changes are kept: Safari may delete them after 7 days without use while the app is only a website.",
  gotIt: "Got it",
  updateReady: "A new version of Alga Tickets is ready.",
  later: "Later",
  update: "Update",
} satisfies Area;
