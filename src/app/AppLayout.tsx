import { Suspense } from "react";
import { Outlet, ScrollRestoration, useLocation } from "react-router";
import { useSession } from "../auth/session";
import { ToastHost } from "../ui/Toast";
import { useSessionKeeper } from "../auth/use-session-keeper";
import { InstallHint } from "../pwa/InstallHint";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { ErrorBoundary } from "./ErrorBoundary";
import { ReplaceStaticShell, ScreenFallback } from "./StaticShell";
import { TimerBar } from "../tickets/timer/TimerBar";
import { useAlgaPreferences } from "./use-alga-preferences";

export function AppLayout() {
  useSessionKeeper();
  useAlgaPreferences();
  // The install hint waits for a signed-in list: over a ticket it would cover the bottom bar.
  const signedIn = useSession() !== null;
  const { pathname } = useLocation();
  const onList = signedIn && pathname === "/tickets";
  return (
    <ErrorBoundary>
      {signedIn ? <TimerBar /> : null}
      <Suspense fallback={<ScreenFallback />}>
        <ReplaceStaticShell />
        <Outlet />
      </Suspense>
      {/* The list keeps its scroll position per view (path and filters), wherever the user came back from. */}
      <ScrollRestoration getKey={(location) => (location.pathname === "/tickets" ? location.pathname + location.search : location.key)} />
      <UpdatePrompt />
      {onList ? <InstallHint /> : null}
      <ToastHost />
    </ErrorBoundary>
  );
}
