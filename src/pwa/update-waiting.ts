import { createExternalStore, useExternalStore } from "../lib/external-store";

/*
 * Whether a new version waits, apart from the service worker's registration: the update prompt is on
 * every screen, while workbox-window is loaded only when the page is idle (register-service-worker.ts).
 */
const activate = createExternalStore<(() => void) | null>(null);

/** Called by the registration when a new version is installed and waiting; `activateIt` switches to it. */
export function offerUpdate(activateIt: () => void): void {
  activate.set(activateIt);
}

/** Activates the waiting version, which reloads the page once it controls it. */
export function applyUpdate(): void {
  activate.get()?.();
}

export function useUpdateWaiting(): boolean {
  return useExternalStore(activate, (activateIt) => activateIt !== null);
}
