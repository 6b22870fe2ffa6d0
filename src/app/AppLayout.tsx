import { Outlet, ScrollRestoration } from "react-router";
import { useSessionKeeper } from "../auth/use-session-keeper";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { ErrorBoundary } from "./ErrorBoundary";

export function AppLayout() {
  useSessionKeeper();
  return (
    <ErrorBoundary>
      <Outlet />
      {/* The list keeps its scroll position per view (path and filters), wherever the user came back from. */}
      <ScrollRestoration getKey={(location) => (location.pathname === "/tickets" ? location.pathname + location.search : location.key)} />
      <UpdatePrompt />
    </ErrorBoundary>
  );
}
