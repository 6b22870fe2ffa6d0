import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router";
import type { CallbackParams } from "../auth/callback-params";
import { AppLayout } from "./AppLayout";
import { NotFoundScreen } from "./NotFoundScreen";
import { RequireSession } from "./RequireSession";
import { screenChunk } from "./screen-chunk";
import type { RuntimeConfig } from "../config/runtime-config";

/**
 * Each screen is its own chunk, loaded on first use (and precached by the service worker, so offline
 * too): the sign-in screen does not download the list, the ticket screen or the outbox, and a signed-in
 * start does not download sign-in. main.tsx starts loading the screen it will need before React renders.
 */
const ticketsChunk = screenChunk(() => import("./tickets-chunk"));
const signInChunk = screenChunk(() => import("../auth/SignInScreen"));
const ticketDetailChunk = screenChunk(() => import("../tickets/detail/TicketDetailScreen"));

/**
 * Starts loading the code of the screen at this path, before the session is read: a warm start's chunks
 * then come in parallel with the IndexedDB read instead of after it. Only /signin and the ticket paths are
 * guessed; the paths that need a session but are rarely opened first wait for it (see loadScreenForSession).
 */
export function loadScreenForPath(pathname: string): void {
  const onTicket = /^\/tickets\/[^/]+$/.test(pathname) && pathname !== "/tickets/new";
  if (pathname === "/signin") void signInChunk.load();
  if (pathname === "/" || pathname === "/tickets" || onTicket) void ticketsChunk.load();
  if (onTicket) void ticketDetailChunk.load();
}

/**
 * Once the session is known: a signed-out start goes to sign-in, wherever it was headed. Settles when
 * that chunk has loaded or failed to (a failure shows when the screen renders).
 */
export function loadScreenForSession(signedIn: boolean): Promise<unknown> {
  return (signedIn ? ticketsChunk.load() : signInChunk.load()).catch(() => undefined);
}

const TicketsLayout = ticketsChunk.component((module) => module.TicketsRoute);
const NoTicketSelected = ticketsChunk.component((module) => module.NoTicketSelected);
const SignInScreen = signInChunk.component((module) => module.SignInScreen);
const CallbackScreen = lazy(() => import("../auth/CallbackScreen").then((module) => ({ default: module.CallbackScreen })));
const TicketDetailScreen = ticketDetailChunk.component((module) => module.TicketDetailScreen);
const LastTicketNote = lazy(() => import("../tickets/LastTicketNote").then((module) => ({ default: module.LastTicketNote })));
const ForMeScreen = lazy(() => import("../tickets/for-me/ForMeScreen").then((module) => ({ default: module.ForMeScreen })));
const MyTimeScreen = lazy(() => import("../tickets/time/MyTimeScreen").then((module) => ({ default: module.MyTimeScreen })));
const NewTicketScreen = lazy(() => import("../tickets/new/NewTicketScreen").then((module) => ({ default: module.NewTicketScreen })));
const ShareScreen = lazy(() => import("../tickets/documents/ShareScreen").then((module) => ({ default: module.ShareScreen })));
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
          // A screen of its own, on a tablet too: a form wants the whole width, not the ticket pane.
          path: "/tickets/new",
          element: (
            <RequireSession>
              <NewTicketScreen />
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
          // Files shared into the app (the manifest's share_target, received by the service worker).
          path: "/share",
          element: (
            <RequireSession>
              <ShareScreen />
            </RequireSession>
          ),
        },
        {
          // What needs the technician (also the manifest's "For me" shortcut).
          path: "/for-me",
          element: (
            <RequireSession>
              <ForMeScreen />
            </RequireSession>
          ),
        },
        {
          path: "/time",
          element: (
            <RequireSession>
              <MyTimeScreen />
            </RequireSession>
          ),
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
