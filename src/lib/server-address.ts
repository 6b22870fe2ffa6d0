import { SignInError } from "./sign-in-error";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Turns what people type (`psa.example.com`, `https://psa.example.com/`, stray spaces) into a server
 * origin. Plain http is accepted only for this machine (the sandbox): tokens must not cross a network in clear.
 */
export function normalizeServerAddress(input: string): string {
  const cleaned = input.replace(/\s+/g, "");
  if (cleaned === "") {
    throw new SignInError("empty_address", "Enter your Alga PSA address, for example psa.example.com.", { key: "errorEmptyAddress" });
  }
  const typed = { input: input.trim() };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) ? cleaned : `https://${cleaned}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SignInError("malformed_address", `"${input.trim()}" is not a web address. Enter something like psa.example.com.`, {
      key: "errorNotAnAddress",
      params: typed,
    });
  }
  // `psa.example.com@evil.com` is evil.com with a user name: refuse it rather than go somewhere else.
  if (url.username || url.password) {
    throw new SignInError(
      "malformed_address",
      `"${input.trim()}" contains "@". Enter only the server's address, for example psa.example.com.`,
      { key: "errorAtSign", params: typed },
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new SignInError("insecure_address", "The address must start with https:// (or leave the scheme out).", {
      key: "errorInsecure",
    });
  }
  if (!url.hostname.includes(".") && !LOOPBACK.has(url.hostname)) {
    throw new SignInError("malformed_address", `"${input.trim()}" is not a complete address. Enter something like psa.example.com.`, {
      key: "errorIncomplete",
      params: typed,
    });
  }
  return url.origin;
}
