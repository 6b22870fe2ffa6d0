import { Workbox } from "workbox-window";
import { offerUpdate } from "./update-waiting";

const HOURLY = 60 * 60_000;
const SCRIPT = "/sw.js";

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
}

/**
 * Registering a service worker is a Trusted Types sink: under the app's `require-trusted-types-for 'script'`
 * the URL must come from a policy the Content-Security-Policy names, and this one lets through only the
 * app's own worker. Browsers without Trusted Types take the plain string.
 */
function workerScript(): ConstructorParameters<typeof Workbox>[0] {
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return SCRIPT;
  const policy = factory.createPolicy("alga-service-worker", {
    createScriptURL: (url) => {
      if (url !== SCRIPT) throw new TypeError("Only the app's own service worker may be registered");
      return url;
    },
  });
  return policy.createScriptURL(SCRIPT) as ConstructorParameters<typeof Workbox>[0];
}

/** Loaded by main.tsx once the page is idle: workbox-window is not needed for the first screen. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox(workerScript(), { scope: "/" });
  workbox.addEventListener("waiting", () =>
    offerUpdate(() => {
      workbox.addEventListener("controlling", () => location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  void workbox.register();
  // Look for a new version about hourly while the app stays open (installed apps rarely reload).
  setInterval(() => {
    if (navigator.onLine) void workbox.update();
  }, HOURLY);
}
