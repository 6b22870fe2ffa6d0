import type { Area } from "../../catalogue-types";

/** Shared controls: sheets, the confirm step, the dialog before a link leaves the app. */
export const ui = {
  back: "Back",
  close: "Close",
  cancel: "Cancel",
  leaveTitle: "Open a link outside Alga Tickets?",
  leaveGoesTo: "This link goes to",
  leavePunycode: "This address uses international letters (shown as punycode). Check it is the site you expect.",
  leaveMismatch: "The link's text shows {shown}, but it goes to {host}.",
  leaveNotEncrypted: "The connection to this site is not encrypted.",
  leaveOpen: "Open {host}",
} satisfies Area;
