import { describe, expect, it } from "vitest";
import { navigationDenylist } from "./navigation-denylist";

const leftToNetwork = (pathAndSearch: string) => navigationDenylist.some((pattern) => pattern.test(pathAndSearch));

describe("navigations the service worker leaves to the network", () => {
  it("answers the sign-in callback from the app shell, with its token, so the token never reaches the host", () => {
    expect(leftToNetwork("/auth/callback?ott=abc&state=xyz")).toBe(false);
    expect(leftToNetwork("/auth/callback")).toBe(false);
  });

  it("leaves the server's own pages to the network", () => {
    for (const path of [
      "/auth/mobile/handoff?redirect=x&state=y",
      "/auth/msp/signin",
      "/auth/callbackx",
      "/api/v1/tickets",
      "/__sandbox/reset",
    ]) {
      expect(leftToNetwork(path), path).toBe(true);
    }
  });

  it("answers the app's own screens from the shell", () => {
    for (const path of ["/tickets", "/tickets/42?q=printer", "/settings", "/signin"]) expect(leftToNetwork(path), path).toBe(false);
  });
});
