import * as z from "zod/mini";
import { deviceKeys } from "../lib/storage-keys";

/**
 * The deployment's runtime configuration, read from /config.json beside index.html so one build
 * runs against any Alga server. `server` pins one server (no address screen); `allowedServers`
 * restricts the choice.
 */
const runtimeConfigSchema = z.object({
  server: z.optional(z.url()),
  allowedServers: z.optional(z.array(z.url())),
});
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

const CACHE_KEY = deviceKeys.runtimeConfig;

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

function parse(value: unknown): RuntimeConfig | null {
  const parsed = runtimeConfigSchema.safeParse(value);
  if (!parsed.success) return null;
  return {
    server: parsed.data.server && stripSlash(parsed.data.server),
    allowedServers: parsed.data.allowedServers?.map(stripSlash),
  };
}

async function fetchConfig(): Promise<RuntimeConfig | null> {
  try {
    const response = await fetch("/config.json", { cache: "no-store" });
    const config = response.ok ? parse(await response.json()) : null;
    if (config) localStorage.setItem(CACHE_KEY, JSON.stringify(config));
    return config;
  } catch {
    return null;
  }
}

function readCachedConfig(): RuntimeConfig | null {
  try {
    return parse(JSON.parse(localStorage.getItem(CACHE_KEY) ?? "null"));
  } catch {
    return null;
  }
}

/**
 * The last known configuration answers at once (an offline cold start must not wait on the network)
 * and a fresh copy is fetched in the background; only the very first start waits for it.
 */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const fresh = fetchConfig();
  return readCachedConfig() ?? (await fresh) ?? {};
}
