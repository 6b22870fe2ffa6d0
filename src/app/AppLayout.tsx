import { Outlet } from "react-router";
import { useSessionKeeper } from "../auth/use-session-keeper";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { ErrorBoundary } from "./ErrorBoundary";

export function AppLayout() {
  useSessionKeeper();
  return (
    <ErrorBoundary>
      <Outlet />
      <UpdatePrompt />
    </ErrorBoundary>
  );
}
