import { describe, expect, it } from "vitest";
import { mailtoHref, telHref } from "./server-links";

describe("contact links from server strings", () => {
  it("links a plain e-mail address", () => {
    expect(mailtoHref(" billing@client.example ")).toBe("mailto:billing@client.example");
  });

  it.each([
    "billing@client.example?bcc=attacker@evil.example",
    "a@b.example&body=hi",
    "two@a.example,three@b.example",
    "not an address",
    "x@localhost",
  ])("leaves %s as text (no injected headers)", (value) => {
    expect(mailtoHref(value)).toBeNull();
  });

  it("links a phone number by its digits", () => {
    expect(telHref("+1 (555) 010-9999")).toBe("tel:+15550109999");
  });

  it.each(["555;ext=1", "call me", "+1 555 010 9999?x", "12"])("leaves %s as text", (value) => {
    expect(telHref(value)).toBeNull();
  });
});
