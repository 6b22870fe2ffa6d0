import type { Area } from "../../catalogue-types";

/** The shell: start-up, errors, not found. */
export const app = {
  appName: "Alga Tickets",
  loading: "Loading…",
  notFoundBar: "Not found",
  notFoundTitle: "There's nothing at this address",
  notFoundBody: "The link may be mistyped or out of date.",
  goToTickets: "Go to tickets",
  startFailedTitle: "Alga Tickets could not start",
  startFailedCause: "The app could not open what it keeps on this device: the browser's storage did not answer.",
  startFailedAdvice:
    "If this happens again, close Alga Tickets in your other tabs and windows, and make some room if the device is nearly full, then try again. Restarting the browser helps too.",
  tryAgain: "Try again",
  crashTitle: "Something went wrong",
  crashBody: "Alga Tickets hit an unexpected problem. Nothing you saved is lost.",
  reload: "Reload",
} satisfies Area;
