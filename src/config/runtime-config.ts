import * as z from "zod/mini";
import { normalizeServerAddress } from "../lib/server-address";
import { deviceKeys } from "../lib/storage-keys";
import { whenIdle } from "../lib/when-idle";

/**
 * The deployment's runtime configuration, read from /config.json beside index.html so one build
 * runs against any Alga server. `server` pins one server (no address screen); `allowedServers`
 * restricts the choice.
 */
const runtimeConfigSchema = z.object({
  server: z.optional(z.string()),
  allowedServers: z.optional(z.array(z.string())),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

const CACHE_KEY = deviceKeys.runtimeConfig;

/** A configured server goes through the same checks as a typed one (https origin, no userinfo, no path); null if it fails them. */
function serverOrNull(value: string): string | null {
  try {
    return normalizeServerAddress(value);
  } catch {
    return null;
  }
}

/** The configuration with every server normalised; a server that fails the checks is dropped. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig | null {
  const parsed = runtimeConfigSchema.safeParse(value);
  if (!parsed.success) return null;
  const server = parsed.data.server === undefined ? undefined : (serverOrNull(parsed.data.server) ?? undefined);
  const allowedServers = parsed.data.allowedServers?.map(serverOrNull).filter((entry): entry is string => entry !== null);
  return { server, allowedServers };
}

/**
 * The deployment's current config.json. A 404, or a host answering with its index.html, means there is
 * none any more: that is remembered too, so removing a pin takes effect. A network or server error says
 * nothing and keeps what is cached.
 */
export async function fetchRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig | null> {
  let config: RuntimeConfig | null;
  try {
    const response = await fetchImpl("/config.json", { cache: "no-store" });
    if (response.status >= 500) return null;
    config = response.ok ? (parseRuntimeConfig(await response.json().catch(() => ({}))) ?? {}) : {};
  } catch {
    return null;
  }
  localStorage.setItem(CACHE_KEY, JSON.stringify(config));
  return config;
}

function readCachedConfig(): RuntimeConfig | null {
  try {
    return parseRuntimeConfig(JSON.parse(localStorage.getItem(CACHE_KEY) ?? "null"));
  } catch {
    return null;
  }
}

/**
 * The last known configuration answers at once (an offline cold start must not wait on the network)
 * and a fresh copy is fetched once the start-up has painted; only the very first start waits for it.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const cached = readCachedConfig();
  if (!cached) return (await fetchRuntimeConfig()) ?? {};
  whenIdle(() => void fetchRuntimeConfig());
  return cached;
}
