import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { api, get, post } from "../api/client.ts";
import { notificationsKey } from "./queries.ts";

/**
 * This browser's Web Push subscription: on after the user opts in (a click: the permission prompt
 * needs one), off again on request or at sign-out. The service worker (public/sw.js) shows what
 * arrives and opens the page it names.
 */
export type PushState = "unsupported" | "denied" | "off" | "on";

export const pushSupported = () =>
  typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

/** The service worker's registration; registered here when the app has not done it yet (dev). */
async function registration(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration();
  if (!existing) await navigator.serviceWorker.register("/sw.js");
  return navigator.serviceWorker.ready;
}

async function current(): Promise<PushSubscription | null> {
  const reg = await navigator.serviceWorker.getRegistration();
  return reg ? reg.pushManager.getSubscription() : null;
}

const base64UrlToBytes = (s: string) => {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

/** Asks permission, subscribes at the browser's push service with the server's key, registers it. */
export async function subscribeThisBrowser(): Promise<void> {
  if ((await Notification.requestPermission()) !== "granted")
    throw new Error("Notifications are blocked for Spotter in this browser's settings.");
  const { publicKey } = await get<{ publicKey: string }>("/api/notifications/push/key");
  const reg = await registration();
  const sub =
    (await reg.pushManager.getSubscription()) ??
    (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
  await post("/api/notifications/push/subscriptions", sub.toJSON());
}

/** Removes this browser's subscription at the server and at the push service. Never throws. */
export async function unsubscribeThisBrowser(): Promise<void> {
  try {
    const sub = pushSupported() ? await current() : null;
    if (!sub) return;
    await api("DELETE", "/api/notifications/push/subscriptions", { endpoint: sub.endpoint }).catch(() => {});
    await sub.unsubscribe();
  } catch {
    // Storage or the push service may be unavailable; the server drops it at the first 404/410.
  }
}

/** The toggle's state and actions; the preferences (device count) refresh after each change. */
export function usePushDevice() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<PushState>("off");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    if (!pushSupported()) return setState("unsupported");
    if (Notification.permission === "denied") return setState("denied");
    setState((await current().catch(() => null)) ? "on" : "off");
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "This browser could not turn notifications on.");
    } finally {
      setBusy(false);
      await refresh();
      await queryClient.invalidateQueries({ queryKey: [...notificationsKey, "preferences"] });
    }
  };
  return { state, busy, error, turnOn: run(subscribeThisBrowser), turnOff: run(unsubscribeThisBrowser) };
}
