import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { createAppRouter } from "./app/router";
import { loadRuntimeConfig } from "./config/runtime-config";
import { captureCallbackParams } from "./auth/handoff";
import { sweepAbandonedAccountData } from "./auth/account-data";
import { retryPendingRevocations } from "./auth/pending-revocations";
import { restoreSession } from "./auth/session";
import { deviceKeys } from "./lib/storage-keys";
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

async function start() {
  const [config] = await Promise.all([loadRuntimeConfig(), restoreSession()]);
  const router = createAppRouter(config, callbackParams);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <AppProviders>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  registerServiceWorker();
  // Sessions signed out while offline are revoked as soon as the server can be reached.
  void retryPendingRevocations();
  window.addEventListener("online", () => void retryPendingRevocations());
  void sweepAbandonedAccountData();
}

void start();
