import { Suspense } from "react";
import { Outlet, ScrollRestoration } from "react-router";
import { ToastHost } from "../ui/Toast";
import { useSessionKeeper } from "../auth/use-session-keeper";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { ErrorBoundary } from "./ErrorBoundary";
import { ReplaceStaticShell, ScreenFallback } from "./StaticShell";

export function AppLayout() {
  useSessionKeeper();
  return (
    <ErrorBoundary>
      <Suspense fallback={<ScreenFallback />}>
        <ReplaceStaticShell />
        <Outlet />
      </Suspense>
      {/* The list keeps its scroll position per view (path and filters), wherever the user came back from. */}
      <ScrollRestoration getKey={(location) => (location.pathname === "/tickets" ? location.pathname + location.search : location.key)} />
      <UpdatePrompt />
      <ToastHost />
    </ErrorBoundary>
  );
}
