import type { ApiClient } from "./client";

let installed: ApiClient | null = null;

/**
 * Installs the app's one API client: the app at start (app/AppProviders.tsx), a test before it renders. A module
 * instance rather than a context value, so that query functions call it without it being an input of their keys:
 * the account at the start of every key already says whose data it is, and `clientForAccount` keeps writes to it.
 */
export function installApiClient(client: ApiClient): void {
  installed = client;
}

export function apiClient(): ApiClient {
  if (!installed) throw new Error("No API client installed: the app installs one at start (installApiClient)");
  return installed;
}
