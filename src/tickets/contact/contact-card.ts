import type { ContactDetail, LocationAddress } from "../../api/schemas/contact-card";
import type { TicketDetail } from "../../api/schemas/tickets";

export interface CardPhone {
  text: string;
  /** Null for a phone field holding words ("Ask at reception"): shown, never dialled. */
  href: string | null;
}

// Digits with the separators people type, an optional extension; at least three digits to be worth dialling.
const PHONE = /^\s*(\+?[\d\s().\-/]+?)\s*(?:(?:ext\.?|x|#)\s*(\d+))?\s*$/i;

/** A `tel:` link (RFC 3966, with `;ext=`) for a phone that is a number, else null. */
export function phoneHref(raw: string): string | null {
  const match = PHONE.exec(raw);
  if (!match?.[1]) return null;
  const digits = match[1].replace(/[^\d+]/g, "");
  if (digits.replace("+", "").length < 3 || digits.lastIndexOf("+") > 0) return null;
  return `tel:${digits}${match[2] ? `;ext=${match[2]}` : ""}`;
}

/** Awareness §8.3's recipe: the contact's numbers (mobile first), the ticket's contact phone, the location's phone. */
export function cardPhone(contact: ContactDetail | null, ticketContactPhone: string | null | undefined, location: LocationAddress | null) {
  const numbers = [...(contact?.phone_numbers ?? [])].sort(
    (a, b) => Number(b.canonical_type === "mobile") - Number(a.canonical_type === "mobile"),
  );
  const first = numbers[0];
  const text = first
    ? first.extension
      ? `${first.phone_number} ext. ${first.extension}`
      : first.phone_number
    : ticketContactPhone || location?.phone || null;
  return text ? { text, href: phoneHref(text) } : null;
}

/** The contact's address, else the client's (the ticket's location's or the client's default). */
export function cardEmail(contact: ContactDetail | null, ticket: Pick<TicketDetail, "contact_email" | "client_email">) {
  return contact?.email || ticket.contact_email || contact?.client_email || ticket.client_email || null;
}

/** The ticket's location, else the client's default one (the server lists the default first). */
export function ticketLocation(locations: readonly LocationAddress[], locationId: string | null | undefined) {
  return locations.find((row) => row.location_id === locationId) ?? locations.find((row) => row.is_default) ?? null;
}

/** The address as it is written on an envelope; missing parts are left out. */
export function addressLines(location: LocationAddress): string[] {
  const town = [location.city, location.state_province].filter(Boolean).join(", ");
  return [
    location.address_line1,
    location.address_line2,
    location.address_line3,
    [town, location.postal_code].filter(Boolean).join(" "),
    location.country_name,
  ].filter((line): line is string => Boolean(line?.trim()));
}

// iPadOS asks for desktop pages and says "Macintosh"; a Mac with touch is an iPad.
const isApple = (userAgent: string, touchPoints: number) =>
  /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && touchPoints > 1);

/** Directions in the platform's maps app: Apple Maps on iOS, Google Maps elsewhere (both take a written address). */
export function directionsUrl(lines: readonly string[], userAgent: string, touchPoints = 0): string {
  const destination = encodeURIComponent(lines.join(", "));
  return isApple(userAgent, touchPoints)
    ? `https://maps.apple.com/?daddr=${destination}`
    : `https://www.google.com/maps/dir/?api=1&destination=${destination}`;
}
