/**
 * What a URL found in server content (ticket or comment HTML) may become in the app. Ticket text comes
 * from e-mails and client portals, so every URL in it is the sender's choice.
 */

/**
 * Alga's sign-in flow on ANY host: the mobile handoff, the web sign-in pages, NextAuth's routes and a
 * callback carrying a one-time token. The real server's handoff sends a one-time sign-in token to any
 * https redirect ending in /auth/callback (contract §3.2), so one tap on such a link by a technician who
 * is signed in to Alga on the web hands the session to whoever wrote the link.
 * The host is not checked on purpose: the attacker picks the technician's own server, under any of its names.
 */
export function isSignInUrl(url: URL): boolean {
  const text = decodeRepeatedly(`${url.pathname}${url.search}`)
    .toLowerCase()
    .replace(/\\/g, "/")
    .replace(/\/{2,}/g, "/");
  return /\/(api\/)?auth(\/|$)|handoff|callbackurl=|[?&]ott=/.test(text);
}

/** Servers decode percent-escapes (`/auth/%6Dobile/handoff`); so do we, a few layers deep. */
function decodeRepeatedly(value: string): string {
  let current = value;
  for (let i = 0; i < 3; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** `href`/`src` resolved against the Alga server that sent the content, never against the app's own origin. */
export function resolveOnServer(value: string, server: string): URL | null {
  try {
    return new URL(value.trim(), `${server}/`);
  } catch {
    return null;
  }
}

const EMAIL = /^([^\s@?&#%<>"'`,;:/\\()[\]]+)@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})$/i;

/** A `mailto:` for one plain address, or null: a raw string could carry `?bcc=…&body=…`. */
export function mailtoHref(value: string): string | null {
  const match = EMAIL.exec(value.trim());
  if (!match) return null;
  const [, local, domain] = match as unknown as [string, string, string];
  return `mailto:${encodeURIComponent(local)}@${domain}`;
}

/** A `tel:` of digits (and a leading +) only, or null when the value is not a phone number. */
export function telHref(value: string): string | null {
  const compact = value.trim().replace(/[\s().-]/g, "");
  return /^\+?[0-9]{3,20}$/.test(compact) ? `tel:${compact}` : null;
}

/** A link in server content: opened outside the app after a confirmation, turned into a mail/phone link, or none. */
export type ContentLink = { kind: "web"; href: string } | { kind: "contact"; href: string } | { kind: "sign-in" } | { kind: "none" };

export function classifyLink(value: string, server: string): ContentLink {
  const trimmed = value.trim();
  // DOMPurify empties an href it refused (javascript:…); an empty href would otherwise mean the server's home page.
  if (trimmed === "") return { kind: "none" };
  if (/^mailto:/i.test(trimmed)) return contact(mailtoHref(safeDecode(trimmed.slice(7).split("?")[0] ?? "")));
  if (/^tel:/i.test(trimmed)) return contact(telHref(safeDecode(trimmed.slice(4))));
  const url = resolveOnServer(trimmed, server);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) return { kind: "none" };
  if (url.username || url.password) return { kind: "none" };
  if (isSignInUrl(url)) return { kind: "sign-in" };
  return { kind: "web", href: url.href };
}

function contact(href: string | null): ContentLink {
  return href ? { kind: "contact", href } : { kind: "none" };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const IMAGE_DATA_URI = /^data:image\/(?:png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;

/**
 * An image source that loads nothing from anyone but the Alga server: its own files, or inline data.
 * Anything else would tell the sender when and where the ticket was read.
 */
export function imageSource(value: string, server: string): string | null {
  if (IMAGE_DATA_URI.test(value.trim())) return value.trim();
  const url = resolveOnServer(value, server);
  if (!url || url.origin !== new URL(server).origin || url.username || url.password || isSignInUrl(url)) return null;
  return url.href;
}
