import webpush from "web-push";
import type { VapidKeys } from "./push-keys.ts";

/** A subscription as the browser's PushSubscription.toJSON() gives it. */
export type PushTarget = { endpoint: string; keys: { p256dh: string; auth: string } };

/** What the service worker receives (JSON, encrypted end to end by the push protocol). */
export type PushPayload = { id: string; title: string; body: string; url: string; urgency: "normal" | "high" };

/** The push service's answer: its HTTP status (2xx accepted; 404/410 the subscription is gone). */
export type PushSender = (target: PushTarget, payload: PushPayload) => Promise<{ status: number }>;

/** Push services keep an undelivered message this long (the device may be off). */
const TTL_SECONDS = 24 * 3600;
const TIMEOUT_MS = 10_000;

/**
 * Sends through the Web Push protocol: web-push encrypts the payload (aes128gcm, RFC 8291) and
 * signs the VAPID header; the request itself goes out with fetch, so a slow push service fails the
 * attempt after TIMEOUT_MS (retried with backoff) and any endpoint URL can be the target (tests
 * play the push service over plain HTTP; production endpoints are checked by pushEndpointAllowed).
 * A network failure throws; an HTTP answer, even an error, is returned.
 */
export function webPushSender(keys: VapidKeys): PushSender {
  return async (target, payload) => {
    const request = webpush.generateRequestDetails(target, JSON.stringify(payload), {
      vapidDetails: keys,
      TTL: TTL_SECONDS,
      urgency: payload.urgency === "high" ? "high" : "normal",
    });
    const res = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers as Record<string, string>,
      body: new Uint8Array(request.body as Buffer),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.arrayBuffer().catch(() => {});
    return { status: res.status };
  };
}

/**
 * The browsers' push services (Chrome/FCM, Firefox/Mozilla autopush, Safari/Apple, Edge/WNS). A
 * subscription elsewhere is refused: the server would otherwise POST to any URL a member names.
 */
export const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com",
  "android.googleapis.com",
  "updates.push.services.mozilla.com",
  "push.services.mozilla.com",
  "web.push.apple.com",
  "notify.windows.com",
];

/** True when `endpoint` is https on a known push service, or starts with one of `extraOrigins`. */
export function pushEndpointAllowed(endpoint: string, extraOrigins: readonly string[] = []): boolean {
  if (extraOrigins.some((o) => endpoint.startsWith(o.endsWith("/") ? o : `${o}/`))) return true;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port) return false;
  return PUSH_SERVICE_HOSTS.some((h) => url.hostname === h || url.hostname.endsWith(`.${h}`));
}
