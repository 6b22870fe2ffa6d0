import { fetchCapabilities } from "../api/auth";
import { ApiError } from "../api/errors";
import { deviceKeys } from "../lib/storage-keys";
import { SignInError } from "./sign-in-error";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Turns what people type (`psa.example.com`, `https://psa.example.com/`, stray spaces) into a server
 * origin. Plain http is accepted only for this machine (the sandbox): tokens must not cross a network in clear.
 */
export function normalizeServerAddress(input: string): string {
  const cleaned = input.replace(/\s+/g, "");
  if (cleaned === "") throw new SignInError("empty_address", "Enter your Alga PSA address, for example psa.example.com.");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) ? cleaned : `https://${cleaned}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new SignInError("malformed_address", `"${input.trim()}" is not a web address. Enter something like psa.example.com.`);
  }
  // `psa.example.com@evil.com` is evil.com with a user name: refuse it rather than go somewhere else (review L10).
  if (url.username || url.password) {
    throw new SignInError(
      "malformed_address",
      `"${input.trim()}" contains "@". Enter only the server's address, for example psa.example.com.`,
    );
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK.has(url.hostname))) {
    throw new SignInError("insecure_address", "The address must start with https:// (or leave the scheme out).");
  }
  if (!url.hostname.includes(".") && !LOOPBACK.has(url.hostname)) {
    throw new SignInError("malformed_address", `"${input.trim()}" is not a complete address. Enter something like psa.example.com.`);
  }
  return url.origin;
}

/** Asks the server whether the app may sign in there, and explains each way it can't. */
export async function checkServer(server: string, allowedServers: readonly string[] | undefined, signal?: AbortSignal): Promise<void> {
  if (allowedServers && allowedServers.length > 0 && !allowedServers.includes(normalizeServerAddress(server))) {
    throw new SignInError("not_allowed", `This installation of Alga Tickets only works with ${allowedServers.join(", ")}.`);
  }
  const host = new URL(server).host;
  let capabilities;
  try {
    capabilities = await fetchCapabilities(server, signal);
  } catch (error) {
    if (error instanceof ApiError && (error.kind === "network" || error.kind === "timeout")) {
      throw new SignInError("unreachable", `Can't reach ${host}. Check the address and your connection, then try again.`);
    }
    throw new SignInError("not_alga", `${host} answered, but not as an Alga PSA server. Check the address.`);
  }
  if (!capabilities.enabled) {
    throw new SignInError(
      "mobile_disabled",
      `Mobile sign-in is not available on ${host} (it needs the Enterprise edition). Ask your administrator.`,
    );
  }
  const allowlist = capabilities.hostedDomainAllowlist?.map((name) => name.toLowerCase()) ?? [];
  if (allowlist.length > 0 && !allowlist.includes(new URL(server).hostname.toLowerCase())) {
    throw new SignInError(
      "host_not_allowlisted",
      `${host} does not allow the mobile app to sign in at this address. Use ${allowlist.join(" or ")}.`,
    );
  }
}

const RECENT_KEY = deviceKeys.recentServers;

export function recentServers(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? "[]");
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

export function rememberServer(server: string): void {
  const next = [server, ...recentServers().filter((item) => item !== server)].slice(0, 5);
  localStorage.setItem(RECENT_KEY, JSON.stringify(next));
}
