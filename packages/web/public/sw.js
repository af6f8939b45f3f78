// Spotter service worker, hand-written (no Workbox): the app shell and the client portal's chunks
// are precached at install, hashed /assets are cache-first, and the two API answers the portal
// needs offline (/api/auth/me, /api/me/today) are network-first with the last good copy as
// fallback. The build replaces the two placeholders below (see vite.config.ts).
const VERSION = "__SPOTTER_BUILD__";
const PRECACHE = ["/", "/manifest.webmanifest", "/icons/icon.svg", "/icons/icon-192.png", ...__SPOTTER_PRECACHE__];
const SHELL_CACHE = `spotter-shell-${VERSION}`;
// Keep in sync with src/pwa/offline-cache.ts (the app clears it on sign-out).
const API_CACHE = "spotter-api-v1";
const OFFLINE_API = ["/api/auth/me", "/api/me/today"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((c) => c.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith("spotter-shell-") && k !== SHELL_CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  try {
    const res = await fetch(request);
    if (res.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(fallbackUrl ?? request, res.clone());
    }
    return res;
  } catch (err) {
    const hit = await caches.match(fallbackUrl ?? request);
    if (hit) return hit;
    throw err;
  }
}

async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) (await caches.open(SHELL_CACHE)).put(request, res.clone());
  return res;
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // SPA: every page is index.html; offline, serve the cached shell.
    event.respondWith(networkFirst(req, SHELL_CACHE, "/"));
  } else if (OFFLINE_API.includes(url.pathname)) {
    event.respondWith(networkFirst(req, API_CACHE));
  } else if (url.pathname.startsWith("/assets/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(cacheFirst(req));
  }
});
