import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import { CallbackScreen } from "../auth/CallbackScreen";
import type { CallbackParams } from "../auth/handoff";
import { SignInScreen } from "../auth/SignInScreen";
import { LastTicketNote } from "../tickets/LastTicketNote";
import { NoTicketSelected, TicketsLayout } from "../tickets/TicketsLayout";
import { AppLayout } from "./AppLayout";
import { NotFoundScreen } from "./NotFoundScreen";
import { RequireSession } from "./RequireSession";
import type { RuntimeConfig } from "../config/runtime-config";

// Loaded on first use (and precached by the service worker, so offline too): the list paints sooner.
const TicketDetailScreen = lazy(() =>
  import("../tickets/detail/TicketDetailScreen").then((module) => ({ default: module.TicketDetailScreen })),
);
const SettingsScreen = lazy(() => import("./SettingsScreen").then((module) => ({ default: module.SettingsScreen })));

/** The browser router, not a hash router: the sign-in callback must be exactly /auth/callback (contract §3.2). */
export function createAppRouter(config: RuntimeConfig, callbackParams: CallbackParams | null) {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: "/", element: <Navigate to="/tickets" replace /> },
        { path: "/signin", element: <SignInScreen config={config} /> },
        { path: "/auth/callback", element: <CallbackScreen params={callbackParams} /> },
        {
          // The manifest's "New note" shortcut.
          path: "/tickets/last/note",
          element: (
            <RequireSession>
              <LastTicketNote />
            </RequireSession>
          ),
        },
        {
          path: "/tickets",
          element: (
            <RequireSession>
              <TicketsLayout />
            </RequireSession>
          ),
          children: [
            { index: true, element: <NoTicketSelected /> },
            { path: ":ticketId", element: <TicketDetailScreen /> },
          ],
        },
        {
          path: "/settings",
          element: (
            <RequireSession>
              <SettingsScreen />
            </RequireSession>
          ),
        },
        { path: "*", element: <NotFoundScreen /> },
      ],
    },
  ]);
}
