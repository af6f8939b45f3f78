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

// The copy is written after the answer goes back (waitUntil), so a page never waits for the cache;
// `keep` decides what may be stored (the offline shell must be the app's HTML, never a PDF report or
// an icon someone opened in a tab).
async function networkFirst(event, request, cacheName, fallbackUrl, keep = (res) => res.ok) {
  try {
    const res = await fetch(request);
    if (keep(res)) {
      const copy = res.clone();
      event.waitUntil(caches.open(cacheName).then((cache) => cache.put(fallbackUrl ?? request, copy)));
    }
    return res;
  } catch (err) {
    const hit = await caches.match(fallbackUrl ?? request);
    if (hit) return hit;
    throw err;
  }
}

const isAppHtml = (url) => (res) =>
  res.ok && !url.pathname.startsWith("/api/") && (res.headers.get("content-type") ?? "").startsWith("text/html");

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
    // Downloads opened in a tab (the progress report PDF) pass straight through.
    if (url.pathname.startsWith("/api/")) return;
    event.respondWith(networkFirst(event, req, SHELL_CACHE, "/", isAppHtml(url)));
  } else if (OFFLINE_API.includes(url.pathname)) {
    event.respondWith(networkFirst(event, req, API_CACHE));
  } else if (url.pathname.startsWith("/assets/") || url.pathname.startsWith("/icons/")) {
    event.respondWith(cacheFirst(req));
  }
});

// Browser notifications (Web Push): the server sends {id, title, body, url, urgency}, encrypted for
// this browser (server/src/notifications/push-sender.ts). One notification per Spotter
// notification (tag = its id); a click focuses an open Spotter tab on that page, or opens one.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  const url = typeof data.url === "string" && data.url.startsWith("/") ? data.url : "/notifications";
  event.waitUntil(
    self.registration.showNotification(data.title || "Spotter", {
      body: data.body || "",
      tag: data.id || undefined,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      requireInteraction: data.urgency === "high",
      data: { url },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = event.notification.data?.url || "/notifications";
  const target = new URL(path, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: "window", includeUncontrolled: true }).then(async (tabs) => {
      const tab = tabs.find((c) => new URL(c.url).origin === self.location.origin);
      if (tab) {
        const focused = await tab.focus();
        return (focused ?? tab).navigate(target).catch(() => self.clients.openWindow(target));
      }
      return self.clients.openWindow(target);
    }),
  );
});
