import { describe, expect, it } from "vitest";
import { linkDestination } from "./link-destination";

const ALGA = "https://alga.msp.example";
const of = (address: string) => linkDestination(new URL(address), ALGA);

describe("where a link from ticket content goes, as far as the app can tell", () => {
  it("the user's own Alga server", () => {
    expect(of("https://alga.msp.example/msp/tickets/42")).toBe("alga");
    expect(of("https://alga.msp.example.evil.example/")).toBe("unknown");
  });

  it("a shortener or a mail filter's rewriter, whatever the path", () => {
    expect(of("https://bit.ly/3xYz")).toBe("forwarder");
    expect(of("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fvendor.example")).toBe("forwarder");
    expect(of("https://notbit.ly/3xYz")).toBe("unknown");
  });

  it("an address that carries the next address in its query", () => {
    expect(of("https://www.google.com/url?q=https://alga.msp.example/auth/mobile/handoff")).toBe("forwarder");
    expect(of("https://vendor.example/out?redirect_uri=https%3A%2F%2Fattacker.example")).toBe("forwarder");
    expect(of("https://vendor.example/go?x=//attacker.example/auth/callback")).toBe("forwarder");
    expect(of("https://vendor.example/kb/42?page=2&next=3")).toBe("unknown");
  });

  it("any other site is unknown: a bare redirector looks like any page", () => {
    expect(of("http://127.0.0.1:47831/r")).toBe("unknown");
  });
});
