import { describe, expect, it } from "vitest";
import type { ContactDetail, LocationAddress } from "../../api/schemas/contact-card";
import { addressLines, cardEmail, cardPhone, directionsUrl, phoneHref, ticketLocation } from "./contact-card";

const contact = (over: Partial<ContactDetail> = {}): ContactDetail => ({
  contact_name_id: "c1",
  full_name: "Dana Smith",
  client_id: "k1",
  email: "dana@acme.example",
  phone_numbers: [],
  ...over,
});
const location = (over: Partial<LocationAddress> = {}): LocationAddress => ({
  location_id: "l1",
  address_line1: "1200 NW Naito Parkway",
  address_line2: "Suite 200",
  city: "Portland",
  state_province: "OR",
  postal_code: "97209",
  country_name: "United States",
  phone: "+1 503 555 0100",
  ...over,
});

describe("phoneHref", () => {
  it("calls a number written with spaces, dashes and brackets, keeping an extension", () => {
    expect(phoneHref("+1 (503) 555-0142")).toBe("tel:+15035550142");
    expect(phoneHref("503.555.0142 ext. 12")).toBe("tel:5035550142;ext=12");
  });

  it("has no call for a phone that is not a number", () => {
    expect(phoneHref("Ask at reception for Dana")).toBeNull();
    expect(phoneHref("12")).toBeNull();
    expect(phoneHref("call 555 0142 after 5")).toBeNull();
  });
});

describe("cardPhone", () => {
  it("prefers the contact's mobile, then the ticket's contact phone, then the location's", () => {
    const phones = [
      { phone_number: "+1 503 555 0001", canonical_type: "work", is_default: true },
      { phone_number: "+1 503 555 0002", canonical_type: "mobile", is_default: false },
    ];
    expect(cardPhone(contact({ phone_numbers: phones }), "+1 503 555 0003", location())?.text).toBe("+1 503 555 0002");
    expect(cardPhone(null, "+1 503 555 0003", location())?.text).toBe("+1 503 555 0003");
    expect(cardPhone(null, null, location())).toEqual({ text: "+1 503 555 0100", href: "tel:+15035550100" });
    expect(cardPhone(null, null, null)).toBeNull();
  });

  it("shows a phone that is not a number as text", () => {
    const phone = cardPhone(contact({ phone_numbers: [{ phone_number: "Ask at reception for Dana" }] }), null, null);
    expect(phone).toEqual({ text: "Ask at reception for Dana", href: null });
  });
});

describe("cardEmail", () => {
  it("takes the contact's address, else the client's", () => {
    expect(cardEmail(contact(), { contact_email: null, client_email: "office@acme.example" })).toBe("dana@acme.example");
    expect(cardEmail(contact({ email: null }), { contact_email: null, client_email: "office@acme.example" })).toBe("office@acme.example");
    expect(cardEmail(null, { contact_email: null, client_email: null })).toBeNull();
  });
});

describe("the address", () => {
  it("picks the ticket's location, else the default one", () => {
    const rows = [location({ location_id: "d", is_default: true }), location({ location_id: "t" })];
    expect(ticketLocation(rows, "t")?.location_id).toBe("t");
    expect(ticketLocation(rows, null)?.location_id).toBe("d");
    expect(ticketLocation([], null)).toBeNull();
  });

  it("writes the lines a person reads, leaving out what is missing", () => {
    expect(addressLines(location())).toEqual(["1200 NW Naito Parkway", "Suite 200", "Portland, OR 97209", "United States"]);
    expect(addressLines(location({ address_line1: null, address_line2: null, city: "Beaverton", state_province: null }))).toEqual([
      "Beaverton 97209",
      "United States",
    ]);
  });

  it("opens Apple Maps on iOS and Google Maps elsewhere", () => {
    const lines = ["1200 NW Naito Parkway", "Portland, OR 97209"];
    const iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1";
    const android = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";
    expect(directionsUrl(lines, iphone)).toBe("https://maps.apple.com/?daddr=1200%20NW%20Naito%20Parkway%2C%20Portland%2C%20OR%2097209");
    expect(directionsUrl(lines, android)).toBe(
      "https://www.google.com/maps/dir/?api=1&destination=1200%20NW%20Naito%20Parkway%2C%20Portland%2C%20OR%2097209",
    );
  });
});
