import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { createAppRouter, loadSignInScreen, loadTicketsScreen } from "./app/router";
import { loadRuntimeConfig } from "./config/runtime-config";
import { captureCallbackParams } from "./auth/handoff";
import { sweepAbandonedAccountData } from "./auth/account-data";
import { retryPendingRevocations } from "./auth/pending-revocations";
import { currentSession, restoreSession } from "./auth/session";
import { deviceKeys } from "./lib/storage-keys";
import { whenIdle } from "./lib/when-idle";
import { registerServiceWorker } from "./pwa/register-service-worker";
import "./app/app.css";

// After a deploy, a lazily loaded chunk of the old version may be gone from the server: reload
// into the new version once, instead of showing an error.
window.addEventListener("vite:preloadError", (event) => {
  if (sessionStorage.getItem(deviceKeys.reloadedForChunk)) return;
  sessionStorage.setItem(deviceKeys.reloadedForChunk, "1");
  event.preventDefault();
  location.reload();
});

// Before anything else: take the one-time token out of the address bar and the history.
const callbackParams = captureCallbackParams();

/**
 * A warm start renders from the device first: the configuration of the last run and the session
 * from IndexedDB, then the screen (whose code starts loading as soon as the session says which);
 * the service worker, pending revocations and the fresh configuration wait until the page is idle.
 * The `alga:` marks are milestones in the start-up trace of `npm run bench` (bench/startup.ts).
 */
async function start() {
  const [config] = await Promise.all([loadRuntimeConfig(), restoreSession()]);
  performance.mark("alga:session-restored");
  void (currentSession() ? loadTicketsScreen() : loadSignInScreen());
  const router = createAppRouter(config, callbackParams);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  whenIdle(() => {
    registerServiceWorker();
    // Sessions signed out while offline are revoked as soon as the server can be reached.
    void retryPendingRevocations();
  });
  window.addEventListener("online", () => void retryPendingRevocations());
  void sweepAbandonedAccountData();
}

void start();
