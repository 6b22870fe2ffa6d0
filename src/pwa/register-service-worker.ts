import { Workbox } from "workbox-window";
import { offerUpdate } from "./update-waiting";

const HOURLY = 60 * 60_000;

/** Loaded by main.tsx once the page is idle: workbox-window is not needed for the first screen. */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const workbox = new Workbox("/sw.js", { scope: "/" });
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
