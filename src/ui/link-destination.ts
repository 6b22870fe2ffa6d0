/**
 * Hosts whose whole purpose is to send a visitor on: link shorteners and the link rewriters of mail filters. A
 * tap there ends wherever the link's owner chose, which can be the Alga server's sign-in handoff (the handoff
 * gives a session to any https callback, contract §3.2).
 */
const FORWARDING_HOSTS = [
  "bit.ly",
  "t.co",
  "tinyurl.com",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "rb.gy",
  "t.ly",
  "lnkd.in",
  "aka.ms",
  "safelinks.protection.outlook.com",
  "urldefense.com",
  "urldefense.proofpoint.com",
  "l.facebook.com",
  "out.reddit.com",
];

/** Query parameters that by convention carry where to go next. */
const NEXT_ADDRESS_PARAMS =
  /^(url|u|q|redirect|redirect_?ur[il]|redirectto|return_?to|returnurl|next|target|dest|destination|goto|continue|link|to|callbackurl)$/i;
const ABSOLUTE_ADDRESS = /^\s*(https?:)?\/\/\S/i;

export type LinkDestination = "alga" | "forwarder" | "unknown";

/**
 * What the app can tell about where a link from ticket content goes: the user's Alga server, a site known to
 * forward visitors (a shortener, or an address that carries the next address in its query), or a site it does
 * not know, which may forward too: the app never sees past the first host.
 */
export function linkDestination(url: URL, algaServer: string): LinkDestination {
  if (url.origin === new URL(algaServer).origin) return "alga";
  const host = url.hostname.toLowerCase();
  if (FORWARDING_HOSTS.some((forwarder) => host === forwarder || host.endsWith(`.${forwarder}`))) return "forwarder";
  for (const [name, value] of url.searchParams) {
    if (ABSOLUTE_ADDRESS.test(value) || (NEXT_ADDRESS_PARAMS.test(name) && /^[a-z][a-z0-9+.-]*:/i.test(value))) return "forwarder";
  }
  return "unknown";
}
