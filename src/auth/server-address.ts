import { fetchCapabilities } from "../api/auth";
import { ApiError } from "../api/errors";
import { deviceKeys } from "../lib/storage-keys";
import { SignInError } from "../lib/sign-in-error";
import { normalizeServerAddress } from "../lib/server-address";

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
