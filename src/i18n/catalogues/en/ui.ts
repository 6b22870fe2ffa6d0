import type { Area } from "../../catalogue-types";

/** Shared controls: sheets, the confirm step, the dialog before a link leaves the app. */
export const ui = {
  back: "Back",
  close: "Close",
  cancel: "Cancel",
  leaveTitle: "Open a link outside Alga Tickets?",
  leaveGoesTo: "This link opens",
  leaveAlgaServer: "This is your Alga server.",
  leaveUnknownSite: "Alga Tickets doesn't know this site, and it may send you on to another one.",
  leaveForwarder: "{host} forwards visitors to other addresses: where this link ends can't be seen from here.",
  leaveNoSignIn: "If a page asks you to sign in to Alga or to let an app in, close it: Alga Tickets never asks for that through a link.",
  leaveOpenAnyway: "Open anyway",
  leavePunycode: "This address uses international letters (shown as punycode). Check it is the site you expect.",
  leaveMismatch: "The link's text shows {shown}, but it goes to {host}.",
  leaveNotEncrypted: "The connection to this site is not encrypted.",
  leaveOpen: "Open {host}",
} satisfies Area;
