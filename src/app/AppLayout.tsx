import { Outlet } from "react-router";
import { UpdatePrompt } from "../pwa/UpdatePrompt";
import { ErrorBoundary } from "./ErrorBoundary";

export function AppLayout() {
  return (
    <ErrorBoundary>
      <Outlet />
      <UpdatePrompt />
    </ErrorBoundary>
  );
}
