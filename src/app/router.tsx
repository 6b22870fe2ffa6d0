import { createBrowserRouter, Navigate } from "react-router";
import { CallbackScreen } from "../auth/CallbackScreen";
import type { CallbackParams } from "../auth/handoff";
import { SignInScreen } from "../auth/SignInScreen";
import { TicketDetailScreen } from "../tickets/detail/TicketDetailScreen";
import { TicketListScreen } from "../tickets/list/TicketListScreen";
import { AppLayout } from "./AppLayout";
import { NotFoundScreen } from "./NotFoundScreen";
import { RequireSession } from "./RequireSession";
import { SettingsScreen } from "./SettingsScreen";
import type { RuntimeConfig } from "./runtime-config";

/** The browser router, not a hash router: the sign-in callback must be exactly /auth/callback (contract §3.2). */
export function createAppRouter(config: RuntimeConfig, callbackParams: CallbackParams | null) {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: "/", element: <Navigate to="/tickets" replace /> },
        { path: "/signin", element: <SignInScreen config={config} /> },
        { path: "/auth/callback", element: <CallbackScreen params={callbackParams} /> },
        { path: "/tickets", element: <RequireSession><TicketListScreen /></RequireSession> },
        { path: "/tickets/:ticketId", element: <RequireSession><TicketDetailScreen /></RequireSession> },
        { path: "/settings", element: <RequireSession><SettingsScreen /></RequireSession> },
        { path: "*", element: <NotFoundScreen /> },
      ],
    },
  ]);
}
