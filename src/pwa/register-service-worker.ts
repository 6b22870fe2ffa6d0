import { useSyncExternalStore } from "react";
import { Workbox } from "workbox-window";

const HOURLY = 60 * 60_000;

let workbox: Workbox | null = null;
let updateWaiting = false;
const listeners = new Set<() => void>();

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  workbox = new Workbox("/sw.js", { scope: "/" });
  workbox.addEventListener("waiting", () => {
    updateWaiting = true;
    for (const listener of listeners) listener();
  });
  void workbox.register();
  // Look for a new version about hourly while the app stays open (installed apps rarely reload).
  setInterval(() => {
    if (navigator.onLine) void workbox?.update();
  }, HOURLY);
}

/** Activates the waiting version and reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener("controlling", () => location.reload());
  workbox.messageSkipWaiting();
}

export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => updateWaiting,
  );
}
