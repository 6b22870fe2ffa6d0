import { fetchCapabilities } from "../api/auth";
import { isUnreachable } from "../api/errors";
import { deviceKeys } from "../lib/storage-keys";
import { SignInError } from "../lib/sign-in-error";
import { normalizeServerAddress } from "../lib/server-address";
import { t } from "../i18n/active-language";
import { activeLocale } from "../lib/user-locale";

/** Asks the server whether the app may sign in there, and explains each way it can't. */
export async function checkServer(server: string, allowedServers: readonly string[] | undefined, signal?: AbortSignal): Promise<void> {
  if (allowedServers && allowedServers.length > 0 && !allowedServers.includes(normalizeServerAddress(server))) {
    throw new SignInError("not_allowed", t("auth.errorNotAllowed", { servers: listOf(allowedServers, "conjunction") }));
  }
  const host = new URL(server).host;
  let capabilities;
  try {
    capabilities = await fetchCapabilities(server, signal);
  } catch (error) {
    if (isUnreachable(error)) {
      throw new SignInError("unreachable", t("auth.errorUnreachable", { host }));
    }
    throw new SignInError("not_alga", t("auth.errorNotAlga", { host }));
  }
  if (!capabilities.enabled) {
    throw new SignInError("mobile_disabled", t("auth.errorMobileDisabled", { host }));
  }
  const allowlist = capabilities.hostedDomainAllowlist?.map((name) => name.toLowerCase()) ?? [];
  if (allowlist.length > 0 && !allowlist.includes(new URL(server).hostname.toLowerCase())) {
    throw new SignInError("host_not_allowlisted", t("auth.errorHostNotAllowlisted", { host, hosts: listOf(allowlist, "disjunction") }));
  }
}

/** "a, b and c" or "a or b" in the user's language. */
function listOf(items: readonly string[], type: Intl.ListFormatType): string {
  return new Intl.ListFormat(activeLocale(), { type }).format(items);
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
