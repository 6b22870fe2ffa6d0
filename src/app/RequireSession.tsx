import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSessionState } from "../auth/session";

/**
 * Sends a signed-out visitor to sign-in, remembering where they were going — unless someone signed out
 * or another account took over: the next person on a shared device must not land on the last one's ticket.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, endReason } = useSessionState();
  const location = useLocation();
  if (session) return children;
  if (endReason === "signed-out" || endReason === "switched") return <Navigate to="/signin" replace />;
  const returnTo = `${location.pathname}${location.search}`;
  return <Navigate to={`/signin?returnTo=${encodeURIComponent(returnTo)}`} replace />;
}
