import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { AppProviders } from "./app/AppProviders";
import { createAppRouter, loadScreenForPath, loadScreenForSession } from "./app/router";
import { loadRuntimeConfig } from "./config/runtime-config";
import { captureCallbackParams } from "./auth/callback-params";
import { sweepAbandonedAccountData } from "./auth/account-data";
import { currentSession, restoreSession, sessionScope } from "./auth/session";
import { removeRetiredKeys } from "./lib/retired-keys";
import { deviceKeys } from "./lib/storage-keys";
import { whenIdle } from "./lib/when-idle";
import { restoreFirstScreen } from "./offline/query-persistence";
import { createQueryClient } from "./app/query-client";
import { startOrExplain } from "./app/StartFailed";
import { startLanguage } from "./i18n/language-choice";
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

// Sessions signed out while offline are revoked as soon as the server can be reached. Its own chunk, like
// the service worker's registration: neither is needed for the first screen.
const retryPendingRevocations = () => void import("./auth/pending-revocations").then((module) => module.retryPendingRevocations());

/**
 * A warm start renders from the device first: the screen's code starts loading at once (guessed from the
 * path), then the configuration of the last run and the session come from the device, and the list saved
 * on the device is restored before the first render, which therefore shows its rows at once; the service worker,
 * pending revocations and the fresh configuration wait until the page is idle.
 * The `alga:` marks are milestones in the start-up trace of `npm run bench` (bench/startup.ts).
 */
async function start() {
  // The language's catalogue (its own chunk) loads alongside the screen's code, never after the first render.
  const languageLoaded = startLanguage();
  loadScreenForPath(location.pathname);
  const [config] = await Promise.all([loadRuntimeConfig(), restoreSession()]);
  performance.mark("alga:session-restored");
  const session = currentSession();
  const screenLoaded = loadScreenForSession(session !== null);
  const queryClient = createQueryClient();
  // The first render waits for the screen's code too: it then renders once, with its rows.
  await Promise.all([languageLoaded, screenLoaded, session && restoreFirstScreen(queryClient, ...sessionScope(session))]);
  const router = createAppRouter(config, callbackParams);
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <AppProviders firstClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  whenIdle(() => {
    void import("./pwa/register-service-worker").then((module) => module.registerServiceWorker());
    retryPendingRevocations();
    removeRetiredKeys();
  });
  window.addEventListener("online", retryPendingRevocations);
  void sweepAbandonedAccountData();
}

// A start that fails (the browser's storage not answering, say) says so instead of leaving the skeleton up.
void startOrExplain(start, document.getElementById("root")!);
