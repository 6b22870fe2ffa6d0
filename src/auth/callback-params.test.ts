// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { captureCallbackParams } from "./callback-params";

describe("captureCallbackParams", () => {
  it("takes ott and state out of the address bar and the history entry before anything else", () => {
    history.pushState(null, "", "/auth/callback?ott=secret-ott&state=s1");
    const params = captureCallbackParams();
    expect(params).toEqual({ ott: "secret-ott", state: "s1", error: null });
    expect(location.href).toBe(`${location.origin}/auth/callback`);
  });

  it("does nothing on other pages", () => {
    history.pushState(null, "", "/tickets?ott=x");
    expect(captureCallbackParams()).toBeNull();
    expect(location.search).toBe("?ott=x");
  });
});
