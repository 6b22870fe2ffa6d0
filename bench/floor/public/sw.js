// The floor's service worker: precaches the page and its assets, then answers from the cache.
const CACHE = "floor";

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const html = await (await fetch("/", { cache: "no-store" })).text();
      const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
      const cache = await caches.open(CACHE);
      await cache.put("/", new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } }));
      await cache.addAll(assets);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.mode === "navigate") event.respondWith(caches.match("/"));
  else event.respondWith(caches.match(request).then((hit) => hit ?? fetch(request)));
});
