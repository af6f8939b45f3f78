/** Cache names shared with public/sw.js (keep in sync). */
export const API_CACHE = "spotter-api-v1";

/** Registers the hand-written service worker in production builds only (dev has no sw build). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // No SW means no offline view; the app itself still works.
    });
  });
}

/** Drops cached API answers (today's session, /me) so the next person on this device sees nothing. */
export async function clearOfflineCache(): Promise<void> {
  if (typeof caches === "undefined") return;
  try {
    await caches.delete(API_CACHE);
  } catch {
    // Storage may be unavailable; nothing to clear then.
  }
}
