import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../auth/session";

/** Sends a signed-out visitor to sign-in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session) return children;
  const returnTo = `${location.pathname}${location.search}`;
  return <Navigate to={`/signin?returnTo=${encodeURIComponent(returnTo)}`} replace />;
}
