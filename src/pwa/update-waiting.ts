import { useSyncExternalStore } from "react";

/*
 * Whether a new version waits, apart from the service worker's registration: the update prompt is on
 * every screen, while workbox-window is loaded only when the page is idle (register-service-worker.ts).
 */
let activate: (() => void) | null = null;
const listeners = new Set<() => void>();

/** Called by the registration when a new version is installed and waiting; `activateIt` switches to it. */
export function offerUpdate(activateIt: () => void): void {
  activate = activateIt;
  for (const listener of listeners) listener();
}

/** Activates the waiting version, which reloads the page once it controls it. */
export function applyUpdate(): void {
  activate?.();
}

export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => activate !== null,
  );
}
