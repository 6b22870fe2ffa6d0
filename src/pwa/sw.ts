/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { navigationDenylist } from "./navigation-denylist";
import { receiveShare, SHARE_PATH } from "./share-target";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The app shell only: hashed assets, index.html, icons, manifest. Ticket data lives in IndexedDB,
// scoped to the signed-in user; API and auth responses never enter Cache Storage, because no
// route below matches them and nothing else caches.
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every in-app navigation answers from the precached shell at once, online or off (see navigation-denylist.ts).
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: navigationDenylist }));

// Android's share sheet posts the shared files here (the manifest's share_target).
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === "POST" && url.origin === self.location.origin && url.pathname === SHARE_PATH) {
    event.respondWith(receiveShare(event.request, self.location.origin));
  }
});

// Prompt mode: a new version waits until the user accepts it (src/pwa/UpdatePrompt.tsx).
self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

// The very first install controls the open page straight away, so the first visit already works
// offline. Later versions only take over after the user accepted the update.
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// A tap on a "new activity" notification (tickets/unread/system-notification.ts) opens its ticket in an open window
// of the app, or in a new one. Only this app's own paths: the data was written by the app, not by the server.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = (event.notification.data as { path?: unknown } | null)?.path;
  const url = new URL(typeof path === "string" && path.startsWith("/tickets/") ? path : "/tickets", self.location.origin).href;
  event.waitUntil(
    (async () => {
      const [open] = await self.clients.matchAll({ type: "window" });
      if (!open) return void (await self.clients.openWindow(url));
      await open.focus();
      await open.navigate(url);
    })(),
  );
});
