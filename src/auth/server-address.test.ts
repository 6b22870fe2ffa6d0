import { afterEach, describe, expect, it, vi } from "vitest";
import { normalizeServerAddress } from "../lib/server-address";
import { checkServer } from "./server-address";
import type { SignInError } from "../lib/sign-in-error";

afterEach(() => vi.unstubAllGlobals());

describe("normalizeServerAddress", () => {
  it("accepts what people type", () => {
    expect(normalizeServerAddress("psa.example.com")).toBe("https://psa.example.com");
    expect(normalizeServerAddress("  https://PSA.example.com/  ")).toBe("https://psa.example.com");
    expect(normalizeServerAddress("psa.example.com:8443/")).toBe("https://psa.example.com:8443");
    expect(normalizeServerAddress("http://localhost:8080")).toBe("http://localhost:8080");
  });

  it("explains what is wrong with a bad address", () => {
    const attempt = (input: string) => {
      try {
        normalizeServerAddress(input);
        return null;
      } catch (error) {
        return (error as SignInError).code;
      }
    };
    expect(attempt("")).toBe("empty_address");
    expect(attempt("http://psa.example.com")).toBe("insecure_address");
    expect(attempt("ftp://psa.example.com")).toBe("insecure_address");
    expect(attempt("psa")).toBe("malformed_address");
    expect(attempt("https://exa mple..com:99999")).toBe("malformed_address");
  });

  it("refuses an address with a user name instead of going to the host after the @", () => {
    expect(() => normalizeServerAddress("psa.example.com@evil.com")).toThrow(/contains "@"/);
    expect(() => normalizeServerAddress("https://user:pw@psa.example.com")).toThrow(/contains "@"/);
  });
});

function stubCapabilities(response: () => Response | Promise<Response>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => response()),
  );
}

const capabilities = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });

describe("checkServer", () => {
  const fail = (promise: Promise<void>) =>
    promise.then(
      () => null,
      (error: SignInError) => error.code,
    );

  it("passes an Alga server with mobile sign-in enabled", async () => {
    stubCapabilities(capabilities({ enabled: true, providers: {} }));
    await expect(checkServer("https://psa.example.com", undefined)).resolves.toBeUndefined();
  });

  it("tells unreachable, not-Alga, disabled and not-allowlisted apart", async () => {
    stubCapabilities(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(await fail(checkServer("https://psa.example.com", undefined))).toBe("unreachable");
    stubCapabilities(() => new Response("<html>welcome</html>", { status: 200 }));
    expect(await fail(checkServer("https://psa.example.com", undefined))).toBe("not_alga");
    stubCapabilities(capabilities({ enabled: false, providers: {} }));
    expect(await fail(checkServer("https://psa.example.com", undefined))).toBe("mobile_disabled");
    stubCapabilities(capabilities({ enabled: true, providers: {}, hostedDomainAllowlist: ["App.Alga.example"] }));
    expect(await fail(checkServer("https://psa.example.com", undefined))).toBe("host_not_allowlisted");
    await expect(checkServer("https://app.alga.example", undefined)).resolves.toBeUndefined();
  });

  it("refuses a server the deployment does not allow, without contacting it", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    expect(await fail(checkServer("https://other.example.com", ["https://psa.example.com"]))).toBe("not_allowed");
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
